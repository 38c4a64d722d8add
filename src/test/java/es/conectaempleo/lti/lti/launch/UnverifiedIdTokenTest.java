package es.conectaempleo.lti.lti.launch;

import static es.conectaempleo.lti.lti.launch.LaunchFixtures.canvasLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.moodleLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.newKey;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing the posted id_token before any key is looked up: only RS256 JWS passes (Security
 * Framework 1.0 §5.1.3 step 1 and §5.4 "the Tool MUST NOT accept none"), and only the claims needed
 * to find the registration are read.
 */
class UnverifiedIdTokenTest {
  private static final RSAKey KEY = newKey("moodle-2025");
  private static final Instant NOW = Instant.parse("2025-03-10T09:15:00Z");

  private static void assertRejected(ThrowingCallable call, Rejection reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LaunchRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static String b64(String json) {
    return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Test
  void testParse() throws Exception {
    UnverifiedIdToken token = UnverifiedIdToken.parse(sign(moodleLaunch(NOW).build(), KEY));

    assertThat(token.issuer()).isEqualTo(LaunchFixtures.MOODLE_ISSUER);
    assertThat(token.audiences()).containsExactly(LaunchFixtures.MOODLE_CLIENT_ID);
    assertThat(token.authorizedParty()).isNull();
    assertThat(token.claimedDeploymentId()).isEqualTo("3");
    assertThat(token.claimedSubject()).isEqualTo("5");
    assertThat(token.claimedMessageType()).isEqualTo("LtiResourceLinkRequest");
    assertThat(token.jwt().getHeader().getKeyID()).isEqualTo("moodle-2025");
  }

  @Test
  void testParseAudienceArrayAndAuthorizedParty() throws Exception {
    var claims =
        canvasLaunch(NOW)
            .audience(List.of(LaunchFixtures.CANVAS_CLIENT_ID, "another-tool"))
            .claim("azp", LaunchFixtures.CANVAS_CLIENT_ID)
            .build();

    UnverifiedIdToken token = UnverifiedIdToken.parse(sign(claims, KEY));

    assertThat(token.audiences()).containsExactly(LaunchFixtures.CANVAS_CLIENT_ID, "another-tool");
    assertThat(token.authorizedParty()).isEqualTo(LaunchFixtures.CANVAS_CLIENT_ID);
  }

  @Test
  void testParseWithTypHeader() throws Exception {
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("k").build(),
            moodleLaunch(NOW).build());
    jwt.sign(new RSASSASigner(KEY));

    assertThat(UnverifiedIdToken.parse(jwt.serialize()).issuer()).isEqualTo(LaunchFixtures.MOODLE_ISSUER);
  }

  @Test
  void testParseClaimsAbsentOrOfOtherTypes() throws Exception {
    var claims =
        new JWTClaimsSet.Builder()
            .claim("azp", List.of("x"))
            .claim(LtiClaims.DEPLOYMENT_ID, 3)
            .claim(LtiClaims.MESSAGE_TYPE, List.of("LtiResourceLinkRequest"))
            .build();

    UnverifiedIdToken token = UnverifiedIdToken.parse(sign(claims, KEY));

    assertThat(token.issuer()).isNull();
    assertThat(token.audiences()).isEmpty();
    assertThat(token.authorizedParty()).isNull();
    assertThat(token.claimedDeploymentId()).isNull();
    assertThat(token.claimedSubject()).isNull();
    assertThat(token.claimedMessageType()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "not-a-jwt",
        "a.b",
        "a.b.c",
        "eyJhbGciOiJSUzI1NiJ9",
        "eyJhbGciOiJSUzI1NiJ9..",
        "e30.e30.c2ln",
        "WyJSUzI1NiJd.e30.c2ln",
        "a.b.c.d.e",
        "a.b.c.d"
      })
  void testParseMalformed(String idToken) {
    assertRejected(() -> UnverifiedIdToken.parse(idToken), Rejection.TOKEN_MALFORMED);
  }

  @Test
  void testParsePayloadNotClaims() throws Exception {
    var jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload("hola, Moodle"));
    jws.sign(new RSASSASigner(KEY));

    assertRejected(() -> UnverifiedIdToken.parse(jws.serialize()), Rejection.TOKEN_MALFORMED);
  }

  @Test
  void testParsePayloadWithBadlyTypedRegisteredClaim() throws Exception {
    String header = b64("{\"alg\":\"RS256\",\"kid\":\"moodle-2025\"}");
    String payload = b64("{\"iss\":\"https://campus.conectaempleo.es\",\"aud\":42,\"exp\":\"tomorrow\"}");

    assertRejected(
        () -> UnverifiedIdToken.parse(header + "." + payload + ".c2ln"), Rejection.TOKEN_MALFORMED);
  }

  @Test
  void testParseAlgorithmNoneRejected() {
    String unsigned = new PlainJWT(moodleLaunch(NOW).build()).serialize();

    assertRejected(() -> UnverifiedIdToken.parse(unsigned), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParseAlgorithmNoneWithSignatureRejected() {
    String signed = sign(moodleLaunch(NOW).build(), KEY);
    String forged = b64("{\"alg\":\"none\"}") + signed.substring(signed.indexOf('.'));

    assertRejected(() -> UnverifiedIdToken.parse(forged), Rejection.TOKEN_MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"None", "NONE", "nOnE", "rs256", "RS 256", "", "HS256"})
  void testParseAlgorithmSpellingsRejected(String alg) {
    String signed = sign(moodleLaunch(NOW).build(), KEY);
    String forged = b64("{\"alg\":\"" + alg + "\",\"kid\":\"moodle-2025\"}") + signed.substring(signed.indexOf('.'));

    assertRejected(() -> UnverifiedIdToken.parse(forged), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParseHs256Rejected() throws Exception {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("moodle-2025").build(), moodleLaunch(NOW).build());
    jwt.sign(new MACSigner("a shared secret of at least 256 bits!!".getBytes(StandardCharsets.UTF_8)));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  /** The classic key-confusion attack: HMAC keyed with the platform's published public key. */
  @Test
  void testParseHs256SignedWithPublicKeyRejected() throws Exception {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("moodle-2025").build(), moodleLaunch(NOW).build());
    jwt.sign(new MACSigner(KEY.toRSAPublicKey().getEncoded()));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
    var pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(KEY.toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    var pemJwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), moodleLaunch(NOW).build());
    pemJwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));

    assertRejected(() -> UnverifiedIdToken.parse(pemJwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParseRs512Rejected() throws Exception {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("moodle-2025").build(), moodleLaunch(NOW).build());
    jwt.sign(new RSASSASigner(KEY));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParsePs256Rejected() throws Exception {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("moodle-2025").build(), moodleLaunch(NOW).build());
    jwt.sign(new RSASSASigner(KEY));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParseEs256Rejected() throws Exception {
    var ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), moodleLaunch(NOW).build());
    jwt.sign(new ECDSASigner(ecKey));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void testParseEncryptedRejected() throws Exception {
    var jwt =
        new EncryptedJWT(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM), moodleLaunch(NOW).build());
    jwt.encrypt(new RSAEncrypter(KEY.toRSAPublicKey()));

    assertRejected(() -> UnverifiedIdToken.parse(jwt.serialize()), Rejection.ALGORITHM_NOT_ALLOWED);
  }
}
