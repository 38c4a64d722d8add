package es.conectaempleo.lti.lti.dynreg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformConfigurationTest {
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";

  /** Moodle's openid-configuration.php: messages as plain strings, no account name. */
  static Map<String, Object> moodle() {
    var json = new HashMap<String, Object>();
    json.put("issuer", "https://campus.example.org");
    json.put("authorization_endpoint", "https://campus.example.org/mod/lti/auth.php");
    json.put("token_endpoint", "https://campus.example.org/mod/lti/token.php");
    json.put("jwks_uri", "https://campus.example.org/mod/lti/certs.php");
    json.put("registration_endpoint", "https://campus.example.org/mod/lti/openid-registration.php");
    json.put("scopes_supported", List.of(AGS + "lineitem", AGS + "score", "openid"));
    json.put(
        PlatformConfiguration.PLATFORM_CONFIGURATION,
        Map.of(
            "product_family_code", "moodle",
            "version", "4.5.1",
            "messages_supported", List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest")));
    return json;
  }

  /** Canvas: messages as objects with placements, the account name in the platform object. */
  static Map<String, Object> canvas() {
    var json = new HashMap<String, Object>();
    json.put("issuer", "https://canvas.instructure.com");
    json.put("authorization_endpoint", "https://sso.canvaslms.com/api/lti/authorize_redirect");
    json.put("token_endpoint", "https://sso.canvaslms.com/login/oauth2/token");
    json.put("jwks_uri", "https://sso.canvaslms.com/api/lti/security/jwks");
    json.put("registration_endpoint", "https://school.instructure.com/api/lti/registrations");
    json.put(
        PlatformConfiguration.PLATFORM_CONFIGURATION,
        Map.of(
            "product_family_code", "canvas",
            PlatformConfiguration.CANVAS_ACCOUNT_NAME, "Escuela de Adultos",
            "messages_supported",
            List.of(
                Map.of("type", "LtiResourceLinkRequest", "placements", List.of("course_navigation")),
                Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("link_selection")))));
    return json;
  }

  @Test
  void testMoodleConfigurationWithStringMessages() throws Exception {
    PlatformConfiguration platform = PlatformConfiguration.fromJson(moodle());

    assertThat(platform.issuer()).isEqualTo("https://campus.example.org");
    assertThat(platform.registrationEndpoint())
        .isEqualTo(URI.create("https://campus.example.org/mod/lti/openid-registration.php"));
    assertThat(platform.messagesSupported()).containsExactlyInAnyOrder("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
    assertThat(platform.supportsDeepLinking()).isTrue();
    assertThat(platform.isCanvas()).isFalse();
    assertThat(platform.displayName()).isEqualTo("Moodle campus.example.org");
  }

  @Test
  void testCanvasConfigurationWithObjectMessages() throws Exception {
    PlatformConfiguration platform = PlatformConfiguration.fromJson(canvas());

    assertThat(platform.messagesSupported()).containsExactlyInAnyOrder("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
    assertThat(platform.isCanvas()).isTrue();
    assertThat(platform.displayName()).isEqualTo("Escuela de Adultos (canvas.instructure.com)");
    assertThat(platform.scopesSupported()).isEmpty();
    assertThat(platform.supportedOf(List.of("a", "b"))).containsExactly("a", "b");
  }

  @Test
  void testOnlySupportedScopesAreAskedFor() throws Exception {
    PlatformConfiguration platform = PlatformConfiguration.fromJson(moodle());

    assertThat(platform.supportedOf(List.of(AGS + "lineitem", AGS + "lineitem.readonly", AGS + "score")))
        .containsExactly(AGS + "lineitem", AGS + "score");
  }

  @Test
  void testScopesThePlatformDoesNotOfferAreNamed() throws Exception {
    PlatformConfiguration moodle = PlatformConfiguration.fromJson(moodle());
    PlatformConfiguration canvas = PlatformConfiguration.fromJson(canvas());

    assertThat(moodle.unsupportedOf(List.of(AGS + "lineitem", AGS + "score", AGS + "lineitem.readonly")))
        .containsExactly(AGS + "lineitem.readonly");
    assertThat(canvas.unsupportedOf(List.of(AGS + "score"))).as("a platform that lists no scopes").isEmpty();
  }

  @Test
  void testMissingOrUnusableMembersAreNamed() {
    for (String member :
        List.of("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint",
            PlatformConfiguration.PLATFORM_CONFIGURATION)) {
      var json = moodle();
      json.remove(member);
      assertThatThrownBy(() -> PlatformConfiguration.fromJson(json))
          .isInstanceOf(PlatformConfiguration.InvalidConfiguration.class)
          .satisfies(e -> assertThat(((PlatformConfiguration.InvalidConfiguration) e).member()).isEqualTo(member));
    }
    var plainHttp = moodle();
    plainHttp.put("token_endpoint", "http://campus.example.org/mod/lti/token.php");
    assertThatThrownBy(() -> PlatformConfiguration.fromJson(plainHttp))
        .hasMessageContaining("token_endpoint");
    var longIssuer = moodle();
    longIssuer.put("issuer", "https://campus.example.org/" + "x".repeat(300));
    assertThatThrownBy(() -> PlatformConfiguration.fromJson(longIssuer)).hasMessageContaining("issuer");
  }

  @Test
  void testIssuerMatchesItsOwnHostAndSubdomains() {
    URI moodle = URI.create("https://campus.example.org/mod/lti/openid-configuration.php");
    assertThat(PlatformConfiguration.issuerMatches("https://campus.example.org", moodle)).isTrue();
    assertThat(PlatformConfiguration.issuerMatches("https://CAMPUS.example.org/moodle", moodle)).isTrue();
    assertThat(PlatformConfiguration.issuerMatches("http://127.0.0.1:8081/moodle-x", URI.create("http://127.0.0.1:8081/moodle-x/c")))
        .isTrue();
  }

  @Test
  void testCanvasCloudServesItsConfigurationFromItsIssuersHost() {
    URI cloud = URI.create("https://canvas.instructure.com/api/lti/security/openid-configuration?registration_token=x");
    assertThat(PlatformConfiguration.issuerMatches("https://canvas.instructure.com", cloud)).isTrue();
    assertThat(PlatformConfiguration.issuerMatches("https://canvas.beta.instructure.com", URI.create("https://canvas.beta.instructure.com/c")))
        .isTrue();
  }

  @Test
  void testIssuerOfAnotherDomainDoesNotMatch() {
    URI attacker = URI.create("https://lms.attacker.example/openid-configuration");
    assertThat(PlatformConfiguration.issuerMatches("https://campus.example.org", attacker)).isFalse();
    assertThat(PlatformConfiguration.issuerMatches("https://canvas.instructure.com", attacker)).isFalse();
    // A neighbour under the same parent domain does not speak for the LMS.
    assertThat(PlatformConfiguration.issuerMatches("https://campus.uni.es", URI.create("https://blog.uni.es/c"))).isFalse();
    assertThat(PlatformConfiguration.issuerMatches("https://canvas.instructure.com", URI.create("https://school.instructure.com/c")))
        .isFalse();
    assertThat(PlatformConfiguration.issuerMatches("https://example.org", URI.create("https://other.org/c"))).isFalse();
    assertThat(PlatformConfiguration.issuerMatches("https://moodle.org", URI.create("https://evil.org/c"))).isFalse();
    assertThat(PlatformConfiguration.issuerMatches("http://127.0.0.1:8081", URI.create("http://127.0.0.2:8081/c"))).isFalse();
  }
}
