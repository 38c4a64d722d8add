package es.conectaempleo.lti.lti.launch;

import static es.conectaempleo.lti.lti.launch.LaunchFixtures.CANVAS_CLIENT_ID;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.MOODLE_CLIENT_ID;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.canvas;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.canvasLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.keySource;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.moodle;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.moodleLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.newKey;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The id_token validation steps of Security Framework 1.0 §5.1.3, each with its accept case and
 * the exact {@link Rejection} of its failure. Tokens are real RS256 JWS signed with keys generated
 * here; the platform's JWKS is an {@code ImmutableJWKSet} of their public halves.
 */
class IdTokenVerifierTest {
  private static final RSAKey MOODLE_KEY = newKey("moodle-2025");
  private static final RSAKey CANVAS_KEY = newKey("2025-03-01T00:00:00Z");
  private static final RSAKey OTHER_KEY = newKey("moodle-2025");

  /** Moodle's own launches are verified at some fixed time, as the API takes one. */
  private static final Instant NOW = Instant.parse("2025-03-10T09:15:00Z");

  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration MAX_AGE = Duration.ofMinutes(10);

  private final IdTokenVerifier verifier = new IdTokenVerifier(SKEW, MAX_AGE);

  private LaunchMessage verifyMoodle(JWTClaimsSet claims) throws LaunchRejectedException {
    return verify(sign(claims, MOODLE_KEY), moodle(), keySource(MOODLE_KEY), NOW);
  }

  private LaunchMessage verifyCanvas(JWTClaimsSet claims) throws LaunchRejectedException {
    return verify(sign(claims, CANVAS_KEY), canvas(), keySource(CANVAS_KEY), NOW);
  }

  private LaunchMessage verify(
      String idToken, PlatformConfig platform, JWKSource<SecurityContext> keys, Instant now)
      throws LaunchRejectedException {
    return verifier.verify(UnverifiedIdToken.parse(idToken), platform, keys, now);
  }

  private void assertMoodleRejected(JWTClaimsSet claims, Rejection reason) {
    assertThatThrownBy(() -> verifyMoodle(claims))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).startsWith("Launch rejected: ");
            });
  }

  private static void assertRejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Rejection reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LaunchRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  // Signature (step 1)

  @Test
  void testSignature() throws Exception {
    LaunchMessage message = verifyMoodle(moodleLaunch(NOW).build());

    assertThat(message.issuer()).isEqualTo(LaunchFixtures.MOODLE_ISSUER);
    assertThat(message.subject()).isEqualTo("5");
    assertThat(message.nonce()).isEqualTo("5f3c1a7e9b2d4c6a8e0f");
  }

  @Test
  void testSignatureWithKeyAmongSeveral() throws Exception {
    var keys = keySource(newKey("2025-02-01T00:00:00Z"), CANVAS_KEY, newKey("2025-04-01T00:00:00Z"));

    LaunchMessage message = verify(sign(canvasLaunch(NOW).build(), CANVAS_KEY), canvas(), keys, NOW);

    assertThat(message.issuer()).isEqualTo(LaunchFixtures.CANVAS_ISSUER);
  }

  @Test
  void testSignatureKeyUnknown() {
    String idToken = sign(moodleLaunch(NOW).build(), MOODLE_KEY, "rotated-away");

    assertRejected(() -> verify(idToken, moodle(), keySource(MOODLE_KEY), NOW), Rejection.KEY_UNKNOWN);
  }

  /** The platform's only key would verify it: refused all the same, as the certification suite expects. */
  @Test
  void testKeyIdMissing() {
    assertRejected(() -> verify(sign(moodleLaunch(NOW).build(), MOODLE_KEY, null), moodle(), keySource(MOODLE_KEY), NOW),
        Rejection.KEY_ID_MISSING);
    assertRejected(() -> verify(sign(moodleLaunch(NOW).build(), MOODLE_KEY, " "), moodle(), keySource(MOODLE_KEY), NOW),
        Rejection.KEY_ID_MISSING);
  }

  @Test
  void testSignatureKeyUnknownInEmptyKeySet() {
    String idToken = sign(moodleLaunch(NOW).build(), MOODLE_KEY);

    assertRejected(() -> verify(idToken, moodle(), keySource(), NOW), Rejection.KEY_UNKNOWN);
  }

  @Test
  void testSignatureRejectedWithOtherKeyOfSameKid() {
    String idToken = sign(moodleLaunch(NOW).build(), OTHER_KEY);

    assertRejected(() -> verify(idToken, moodle(), keySource(MOODLE_KEY), NOW), Rejection.SIGNATURE_INVALID);
  }

  @Test
  void testSignatureRejectedAfterPayloadTampering() {
    String idToken = sign(moodleLaunch(NOW).build(), MOODLE_KEY);
    String[] parts = idToken.split("\\.");
    String tampered =
        Base64URL.encode(
                Base64URL.from(parts[1]).decodeToString().replace("\"sub\":\"5\"", "\"sub\":\"2\"")
                    .getBytes(StandardCharsets.UTF_8))
            .toString();
    assertThat(tampered).isNotEqualTo(parts[1]);

    assertRejected(
        () -> verify(parts[0] + "." + tampered + "." + parts[2], moodle(), keySource(MOODLE_KEY), NOW),
        Rejection.SIGNATURE_INVALID);
  }

  @Test
  void testSignatureRejectedWhenStripped() {
    String idToken = sign(moodleLaunch(NOW).build(), MOODLE_KEY);
    String stripped = idToken.substring(0, idToken.lastIndexOf('.') + 1) + "AAAA";

    assertRejected(() -> verify(stripped, moodle(), keySource(MOODLE_KEY), NOW), Rejection.SIGNATURE_INVALID);
  }

  @Test
  void testSignatureOfOtherPlatformRejected() {
    String idToken = sign(moodleLaunch(NOW).build(), CANVAS_KEY, "moodle-2025");

    assertRejected(() -> verify(idToken, moodle(), keySource(MOODLE_KEY), NOW), Rejection.SIGNATURE_INVALID);
  }

  // Required claims

  @ParameterizedTest
  @ValueSource(strings = {"iss", "aud", "exp", "iat", "nonce"})
  void testRequiredClaimMissing(String claim) {
    var claims = moodleLaunch(NOW).claim(claim, null).build();

    assertMoodleRejected(claims, Rejection.CLAIM_MISSING);
  }

  @Test
  void testAudienceEmptyArrayMissing() {
    assertMoodleRejected(moodleLaunch(NOW).audience(List.of()).build(), Rejection.CLAIM_MISSING);
  }

  // Issuer (step 2)

  @Test
  void testIssuer() throws Exception {
    assertThat(verifyCanvas(canvasLaunch(NOW).build()).issuer()).isEqualTo("https://canvas.instructure.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://campus.conectaempleo.es/",
        "http://campus.conectaempleo.es",
        "https://CAMPUS.conectaempleo.es",
        "https://campus.conectaempleo.es.evil.example",
        "https://canvas.instructure.com",
        " https://campus.conectaempleo.es"
      })
  void testIssuerRejected(String issuer) {
    assertMoodleRejected(moodleLaunch(NOW).issuer(issuer).build(), Rejection.ISSUER_MISMATCH);
  }

  // Audience and authorized party (steps 3 to 5)

  @Test
  void testAudienceString() throws Exception {
    assertThat(verifyMoodle(moodleLaunch(NOW).audience(MOODLE_CLIENT_ID).build())).isNotNull();
  }

  @Test
  void testAudienceArrayOfOne() throws Exception {
    assertThat(verifyMoodle(moodleLaunch(NOW).audience(List.of(MOODLE_CLIENT_ID)).build())).isNotNull();
  }

  @Test
  void testAudienceArrayWithAuthorizedParty() throws Exception {
    var claims =
        canvasLaunch(NOW)
            .audience(List.of(CANVAS_CLIENT_ID, CANVAS_CLIENT_ID))
            .claim("azp", CANVAS_CLIENT_ID)
            .build();

    assertThat(verifyCanvas(claims)).isNotNull();
  }

  @Test
  void testAudienceArrayWithUntrustedAudienceRejected() {
    var claims =
        canvasLaunch(NOW)
            .audience(List.of("another-tool", CANVAS_CLIENT_ID))
            .claim("azp", CANVAS_CLIENT_ID)
            .build();

    assertThatThrownBy(() -> verifyCanvas(claims))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Rejection.AUDIENCE_MISMATCH));
  }

  @Test
  void testAudienceStringWithAuthorizedParty() throws Exception {
    assertThat(verifyCanvas(canvasLaunch(NOW).claim("azp", CANVAS_CLIENT_ID).build())).isNotNull();
  }

  @Test
  void testAudienceRejected() {
    assertMoodleRejected(moodleLaunch(NOW).audience("another-tool").build(), Rejection.AUDIENCE_MISMATCH);
    assertMoodleRejected(
        moodleLaunch(NOW).audience(MOODLE_CLIENT_ID.toLowerCase()).build(), Rejection.AUDIENCE_MISMATCH);
    assertMoodleRejected(
        moodleLaunch(NOW).audience(List.of("another-tool", "a-third-tool")).build(),
        Rejection.AUDIENCE_MISMATCH);
  }

  @Test
  void testAudienceArrayAuthorizedPartyMissing() {
    var claims = moodleLaunch(NOW).audience(List.of(MOODLE_CLIENT_ID, "another-tool")).build();

    assertMoodleRejected(claims, Rejection.AUDIENCE_MISMATCH);
  }

  @Test
  void testAudienceArrayAuthorizedPartyRejected() {
    var claims =
        moodleLaunch(NOW)
            .audience(List.of(MOODLE_CLIENT_ID, "another-tool"))
            .claim("azp", "another-tool")
            .build();

    assertMoodleRejected(claims, Rejection.AUDIENCE_MISMATCH);
  }

  @Test
  void testAudienceStringAuthorizedPartyRejected() {
    assertMoodleRejected(moodleLaunch(NOW).claim("azp", "another-tool").build(), Rejection.AUDIENCE_MISMATCH);
    assertMoodleRejected(
        moodleLaunch(NOW).claim("azp", List.of(MOODLE_CLIENT_ID)).build(), Rejection.AUDIENCE_MISMATCH);
  }

  // Expiry (step 7)

  @Test
  void testExpiry() throws Exception {
    var claims = moodleLaunch(NOW.minusSeconds(59)).build();

    assertThat(verifyMoodle(claims)).isNotNull();
  }

  @Test
  void testExpiryWithinSkew() throws Exception {
    var claims = moodleLaunch(NOW).expirationTime(Date.from(NOW.minus(SKEW).plusSeconds(1))).build();

    assertThat(verifyMoodle(claims)).isNotNull();
  }

  @Test
  void testExpiryRejectedBeyondSkew() {
    var claims = moodleLaunch(NOW).expirationTime(Date.from(NOW.minus(SKEW).minusSeconds(1))).build();

    assertMoodleRejected(claims, Rejection.TOKEN_EXPIRED);
  }

  @Test
  void testExpiryRejectedLongAgo() {
    var claims = moodleLaunch(NOW.minus(Duration.ofMinutes(5))).build();

    assertMoodleRejected(claims, Rejection.TOKEN_EXPIRED);
  }

  @Test
  void testExpiryRejectedWithoutSkew() throws Exception {
    var strict = new IdTokenVerifier(Duration.ZERO, MAX_AGE);
    var expiredOneSecondAgo = moodleLaunch(NOW).expirationTime(Date.from(NOW.minusSeconds(1))).build();
    var validOneSecondMore = moodleLaunch(NOW).expirationTime(Date.from(NOW.plusSeconds(1))).build();

    assertThat(
            strict.verify(
                UnverifiedIdToken.parse(sign(validOneSecondMore, MOODLE_KEY)), moodle(), keySource(MOODLE_KEY), NOW))
        .isNotNull();
    assertRejected(
        () ->
            strict.verify(
                UnverifiedIdToken.parse(sign(expiredOneSecondAgo, MOODLE_KEY)),
                moodle(),
                keySource(MOODLE_KEY),
                NOW),
        Rejection.TOKEN_EXPIRED);
  }

  @Test
  void testNotBeforeRejected() {
    var claims = moodleLaunch(NOW).notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(2)))).build();

    assertMoodleRejected(claims, Rejection.TOKEN_EXPIRED);
  }

  /** The verifier's clock is the {@code now} given, whatever the machine's clock says. */
  @Test
  void testExpiryAgainstGivenTime() throws Exception {
    Instant realNow = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var claims = moodleLaunch(realNow.minus(Duration.ofMinutes(5))).build();

    assertThat(verify(sign(claims, MOODLE_KEY), moodle(), keySource(MOODLE_KEY), realNow.minus(Duration.ofMinutes(5))))
        .isNotNull();
    assertRejected(
        () -> verify(sign(claims, MOODLE_KEY), moodle(), keySource(MOODLE_KEY), realNow), Rejection.TOKEN_EXPIRED);
  }

  // Issue time (step 8)

  @Test
  void testIssuedAt() throws Exception {
    var claims =
        canvasLaunch(NOW.minus(MAX_AGE)).expirationTime(Date.from(NOW.plus(Duration.ofMinutes(50)))).build();

    assertThat(verifyCanvas(claims)).isNotNull();
  }

  @Test
  void testIssuedAtInFutureWithinSkew() throws Exception {
    assertThat(verifyMoodle(moodleLaunch(NOW.plus(SKEW)).build())).isNotNull();
  }

  @Test
  void testIssuedAtInFutureRejected() {
    assertMoodleRejected(moodleLaunch(NOW.plus(SKEW).plusSeconds(1)).build(), Rejection.ISSUED_AT_INVALID);
  }

  @Test
  void testIssuedAtTooOldRejected() {
    var claims =
        canvasLaunch(NOW.minus(MAX_AGE).minusSeconds(1))
            .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(50))))
            .build();

    assertThatThrownBy(() -> verifyCanvas(claims))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Rejection.ISSUED_AT_INVALID));
  }

  // Order of the steps: the first failing one is reported

  @Test
  void testSignatureCheckedBeforeClaims() {
    var claims = moodleLaunch(NOW).issuer("https://evil.example").audience("x").claim("nonce", null).build();
    String idToken = sign(claims, OTHER_KEY);

    assertRejected(() -> verify(idToken, moodle(), keySource(MOODLE_KEY), NOW), Rejection.SIGNATURE_INVALID);
  }

  @Test
  void testIssuerCheckedBeforeAudienceAndTimes() {
    var claims =
        moodleLaunch(NOW.minus(Duration.ofHours(1))).issuer("https://evil.example").audience("x").build();

    assertMoodleRejected(claims, Rejection.ISSUER_MISMATCH);
  }

  @Test
  void testAudienceCheckedBeforeTimes() {
    assertMoodleRejected(
        moodleLaunch(NOW.minus(Duration.ofHours(1))).audience("x").build(), Rejection.AUDIENCE_MISMATCH);
  }

  @Test
  void testRequiredClaimsCheckedBeforeTimes() {
    assertMoodleRejected(
        moodleLaunch(NOW.minus(Duration.ofHours(1))).claim("nonce", null).build(), Rejection.CLAIM_MISSING);
  }
}
