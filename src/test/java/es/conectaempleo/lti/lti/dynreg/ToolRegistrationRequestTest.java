package es.conectaempleo.lti.lti.dynreg;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolRegistrationRequestTest {
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";

  private static ToolRegistrationRequest tool(String base) {
    return new ToolRegistrationRequest(
        "Conecta Empleo", "Cursos", base, base + "/lti/login", base + "/lti/launch", base + "/.well-known/jwks.json");
  }

  @Test
  @SuppressWarnings("unchecked")
  void testRegistrationHasWhatMoodleAndCanvasRequire() throws Exception {
    var platform = PlatformConfiguration.fromJson(PlatformConfigurationTest.canvas());

    Map<String, Object> json = JSONObjectUtils.parse(tool("https://lti.example.org").toJson(platform));

    assertThat(json.get("application_type")).isEqualTo("web");
    assertThat(json.get("response_types")).isEqualTo(List.of("id_token"));
    assertThat((List<Object>) json.get("grant_types")).containsExactlyInAnyOrder("implicit", "client_credentials");
    assertThat(json.get("initiate_login_uri")).isEqualTo("https://lti.example.org/lti/login");
    assertThat(json.get("redirect_uris")).isEqualTo(List.of("https://lti.example.org/lti/launch"));
    assertThat(json.get("jwks_uri")).isEqualTo("https://lti.example.org/.well-known/jwks.json");
    assertThat(json.get("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
    assertThat(json.get("client_name")).isEqualTo("Conecta Empleo");
    // Canvas says nothing of its scopes here: every scope the tool uses is asked for.
    assertThat(((String) json.get("scope")).split(" "))
        .containsExactly(
            AGS + "lineitem", AGS + "lineitem.readonly", AGS + "score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) json.get(ToolRegistrationRequest.TOOL_CONFIGURATION);
    assertThat(config.get("domain")).isEqualTo("lti.example.org");
    assertThat(config.get("target_link_uri")).isEqualTo("https://lti.example.org/lti/launch");
    assertThat((List<Object>) config.get("claims")).contains("sub", "iss", "name", "email");
    List<?> messages = (List<?>) config.get("messages");
    assertThat(messages.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("type"))).toList())
        .containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
  }

  @Test
  void testDomainCarriesThePortTheLaunchUrlWrites() {
    assertThat(ToolRegistrationRequest.domain(URI.create("https://lti.example.org/lti/launch"))).isEqualTo("lti.example.org");
    // Moodle compares with the launch URL's host and port as written.
    assertThat(ToolRegistrationRequest.domain(URI.create("https://lti.example.org:443/lti/launch"))).isEqualTo("lti.example.org:443");
    assertThat(ToolRegistrationRequest.domain(URI.create("https://lti.example.org:8443/x"))).isEqualTo("lti.example.org:8443");
    assertThat(ToolRegistrationRequest.domain(URI.create("http://127.0.0.1:8080/lti/launch"))).isEqualTo("127.0.0.1:8080");
  }

  @Test
  void testOnlyWhatThePlatformSupportsIsAskedFor() throws Exception {
    Map<String, Object> moodleJson = PlatformConfigurationTest.moodle();
    @SuppressWarnings("unchecked")
    var platformConfig = new java.util.HashMap<String, Object>(
        (Map<String, Object>) moodleJson.get(PlatformConfiguration.PLATFORM_CONFIGURATION));
    platformConfig.put("messages_supported", List.of("LtiResourceLinkRequest"));
    moodleJson.put(PlatformConfiguration.PLATFORM_CONFIGURATION, platformConfig);

    Map<String, Object> json =
        JSONObjectUtils.parse(tool("https://lti.example.org").toJson(PlatformConfiguration.fromJson(moodleJson)));

    assertThat(((String) json.get("scope")).split(" ")).containsExactly(AGS + "lineitem", AGS + "score");
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) json.get(ToolRegistrationRequest.TOOL_CONFIGURATION);
    assertThat((List<?>) config.get("messages")).hasSize(1);
  }
}
