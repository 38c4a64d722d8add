package es.conectaempleo.lti.keys.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The tool's key pair: RSA of at least 2048 bits, published as a JWK with {@code kid}, {@code alg}
 * and {@code use} (Canvas refuses JWKs without them; Moodle needs {@code kid} in signed headers).
 */
class ToolKeyTest {
  private static final Instant T0 = Instant.parse("2025-03-10T09:15:00Z");
  private static final Instant T1 = Instant.parse("2025-04-10T09:15:00Z");
  private static final Instant T2 = Instant.parse("2025-05-10T09:15:00Z");

  @Test
  void testGenerate() {
    ToolKey key = ToolKey.generate(T0);

    assertThat(key.state()).isEqualTo(KeyState.NEXT);
    assertThat(key.kid()).isNotBlank();
    assertThat(UUID.fromString(key.kid())).isNotNull();
  }

  @Test
  void testPublicKey() {
    ToolKey key = ToolKey.generate(T0);

    RSAKey jwk = key.publicKey();

    assertThat(jwk.getKeyType()).isEqualTo(KeyType.RSA);
    assertThat(jwk.size()).isGreaterThanOrEqualTo(2048);
    assertThat(jwk.getKeyID()).isEqualTo(key.kid());
    assertThat(jwk.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwk.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(jwk.toJSONObject()).containsKeys("kty", "kid", "alg", "use", "n", "e").doesNotContainKeys("d", "p", "q");
  }

  @Test
  void testGenerateNewKeyEachTime() {
    ToolKey first = ToolKey.generate(T0);
    ToolKey second = ToolKey.generate(T0);

    assertThat(first.kid()).isNotEqualTo(second.kid());
    assertThat(first.publicKey().getModulus()).isNotEqualTo(second.publicKey().getModulus());
  }

  @Test
  void testSigningKey() throws Exception {
    ToolKey key = ToolKey.generate(T0);

    RSAKey signing = key.signingKey();

    assertThat(signing.isPrivate()).isTrue();
    assertThat(signing.getKeyID()).isEqualTo(key.kid());
    assertThat(signing.toPublicJWK()).isEqualTo(key.publicKey());
    assertThat(key.signingKey()).isSameAs(signing);
  }

  @Test
  void testSignatureVerifiesWithPublishedKey() throws Exception {
    ToolKey key = ToolKey.generate(T0);
    var claims =
        new JWTClaimsSet.Builder()
            .issuer("GISQB0HdF95ijvc")
            .subject("GISQB0HdF95ijvc")
            .audience("https://campus.conectaempleo.es/mod/lti/token.php")
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 60_000))
            .jwtID(UUID.randomUUID().toString())
            .build();
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).build(), claims);

    jwt.sign(new RSASSASigner(key.signingKey()));
    var received = SignedJWT.parse(jwt.serialize());

    assertThat(received.verify(new RSASSAVerifier(key.publicKey()))).isTrue();
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(key.publicKey()))));
    assertThat(processor.process(received, null).getSubject()).isEqualTo("GISQB0HdF95ijvc");
  }

  @Test
  void testSignatureRejectedWithOtherKey() throws Exception {
    ToolKey key = ToolKey.generate(T0);
    ToolKey other = ToolKey.generate(T0);
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).build(), new JWTClaimsSet.Builder().build());

    jwt.sign(new RSASSASigner(key.signingKey()));

    assertThat(jwt.verify(new RSASSAVerifier(other.publicKey()))).isFalse();
  }

  @Test
  void testActivate() {
    ToolKey key = ToolKey.generate(T0);

    key.activate(T1);

    assertThat(key.state()).isEqualTo(KeyState.ACTIVE);
  }

  @Test
  void testRetire() {
    ToolKey key = ToolKey.generate(T0);
    key.activate(T1);

    key.retire(T2);

    assertThat(key.state()).isEqualTo(KeyState.RETIRED);
  }
}
