package es.conectaempleo.lti.lti.dynreg;

import com.nimbusds.jose.util.JSONObjectUtils;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.claims.NrpsScopes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's client registration (DR §3.5.2): the same URLs, scopes, messages and Canvas placements
 * as the published manual configuration ({@code lti-config/}), so a tool registered either way
 * behaves the same. Fields Moodle or Canvas require are all present: Moodle checks that {@code
 * domain} is the host (and port, if written) of {@code target_link_uri}; Canvas requires {@code
 * grant_types}, {@code scope}, {@code messages} and {@code claims}.
 *
 * @param base the tool's public base URL without trailing slash, e.g. {@code https://lti.example.org}
 * @param loginUrl its OIDC login initiation URL
 * @param launchUrl its launch URL (redirect_uri and target_link_uri of every message)
 * @param jwksUrl its JWKS URL
 */
public record ToolRegistrationRequest(
    String clientName, String description, String base, String loginUrl, String launchUrl, String jwksUrl) {
  static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  private static final String CANVAS = "https://canvas.instructure.com/lti/";

  /** The services the tool uses: grades (its own columns, scores) and rosters. */
  public static final List<String> WANTED_SCOPES =
      List.of(
          AgsScopes.LINEITEM,
          AgsScopes.LINEITEM_READONLY,
          AgsScopes.SCORE,
          NrpsScopes.CONTEXT_MEMBERSHIP_READONLY);

  /** The registration JSON for that platform: only scopes and messages it supports. */
  public String toJson(PlatformConfiguration platform) {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("domain", domain(URI.create(launchUrl)));
    tool.put("target_link_uri", launchUrl);
    tool.put("description", description);
    tool.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale"));
    tool.put("messages", messages(platform));
    tool.put(CANVAS + "privacy_level", "public");

    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("application_type", "web");
    registration.put("response_types", List.of("id_token"));
    registration.put("grant_types", List.of("implicit", "client_credentials"));
    registration.put("initiate_login_uri", loginUrl);
    registration.put("redirect_uris", List.of(launchUrl));
    registration.put("client_name", clientName);
    registration.put("jwks_uri", jwksUrl);
    registration.put("token_endpoint_auth_method", "private_key_jwt");
    registration.put("scope", String.join(" ", platform.supportedOf(WANTED_SCOPES)));
    registration.put(TOOL_CONFIGURATION, tool);
    return JSONObjectUtils.toJSONString(registration);
  }

  /**
   * Host, with the port when the URL names one: what Moodle compares with the host and port of
   * {@code target_link_uri} (its {@code lti_get_domain_from_url} keeps whatever port the URL writes).
   */
  static String domain(URI url) {
    return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
  }

  /**
   * Course navigation launches (Canvas: off until a teacher enables it), and, where the platform
   * takes them, deep-linking requests from the places instructors add content.
   */
  private List<Object> messages(PlatformConfiguration platform) {
    Map<String, Object> launch = new LinkedHashMap<>();
    launch.put("type", "LtiResourceLinkRequest");
    launch.put("target_link_uri", launchUrl);
    launch.put("label", clientName);
    launch.put("placements", List.of("course_navigation"));
    launch.put(CANVAS + "course_navigation/default_enabled", false);
    launch.put(CANVAS + "visibility", "members");
    if (!platform.supportsDeepLinking()) {
      return List.of(launch);
    }
    Map<String, Object> deepLinking = new LinkedHashMap<>();
    deepLinking.put("type", "LtiDeepLinkingRequest");
    deepLinking.put("target_link_uri", launchUrl);
    deepLinking.put("label", clientName);
    deepLinking.put("placements", List.of("link_selection", "assignment_selection"));
    return List.of(launch, deepLinking);
  }
}
