package es.conectaempleo.lti.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void testSignedResponseNamesToolPlatformDeploymentAndItems() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("tool-1").generate();
    var item =
        new ResourceLinkItem(
            "Excel", "Hojas de cálculo", "https://lti.example.org/lti/launch", Map.of("course", "excel"),
            new ResourceLinkItem.GradeColumn("Excel", 100, "excel", "conecta-course"));

    String jwt = DeepLinkingResponse.sign(key, "client-7", "https://moodle.example.org", "3", List.of(item), "opaque", null, NOW);

    SignedJWT signed = SignedJWT.parse(jwt);
    assertThat(signed.getHeader().getKeyID()).isEqualTo("tool-1");
    assertThat(signed.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
    JWTClaimsSet claims = signed.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("client-7");
    assertThat(claims.getAudience()).containsExactly("https://moodle.example.org");
    assertThat(claims.getIssueTime().toInstant()).as("5 s back, for Moodle's clock check").isEqualTo(NOW.minusSeconds(5));
    assertThat(claims.getExpirationTime().toInstant()).isAfter(NOW);
    assertThat(claims.getStringClaim("nonce")).isNotBlank();
    assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo("3");
    assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
    assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/version")).isEqualTo("1.3.0");
    assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("opaque");
    assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "type", "ltiResourceLink", "title", "Excel", "text", "Hojas de cálculo",
                "url", "https://lti.example.org/lti/launch", "custom", Map.of("course", "excel"),
                "lineItem", Map.of("label", "Excel", "scoreMaximum", 100L, "resourceId", "excel", "tag", "conecta-course")));
  }

  @Test
  void testCancelIsAnEmptyListAndNoDataWhenNoneCame() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("tool-1").generate();

    JWTClaimsSet claims =
        SignedJWT.parse(DeepLinkingResponse.sign(key, "c", "https://canvas.instructure.com", "d", List.of(), null, null, NOW))
            .getJWTClaimsSet();

    assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).isEmpty();
    assertThat(claims.getClaims()).doesNotContainKey("https://purl.imsglobal.org/spec/lti-dl/claim/data");
  }
}
