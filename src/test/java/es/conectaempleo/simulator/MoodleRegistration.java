package es.conectaempleo.simulator;

import static es.conectaempleo.simulator.RegistrationJson.object;
import static es.conectaempleo.simulator.RegistrationJson.strings;
import static es.conectaempleo.simulator.RegistrationJson.text;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's Dynamic Registration ({@code mod/lti/openid-configuration.php}, {@code
 * openid-registration.php}, LTI-CHECKLIST §1.1, §1.9): a public configuration with {@code
 * messages_supported} as plain strings and no {@code authorization_server}; a registration token
 * that is an RS256 JWT of the site key with the client id to be issued as {@code sub} and scope
 * {@code reg}; and {@code registration_to_config}'s checks, one at a time, in its order. The answer
 * echoes the registration with the client id, the granted scopes and the deployment id (the new
 * tool type's id).
 */
final class MoodleRegistration implements RegistrationRules {
  static final String VERSION = "4.5.1 (Build: 20250113)";
  /**
   * Moodle's {@code lti_get_domain_from_url}: after an optional scheme and an optional {@code www.},
   * everything up to the first slash, so a port is part of the domain and must match too.
   */
  private static final Pattern DOMAIN = Pattern.compile("(?:https?://)?(?:www\\.)?([^/]+)(?:/|$)", Pattern.CASE_INSENSITIVE);

  @Override
  public String configurationPath() {
    return "/mod/lti/openid-configuration.php";
  }

  @Override
  public String registrationPath() {
    return "/mod/lti/openid-registration.php";
  }

  @Override
  public String adminPagePath() {
    return "/mod/lti/toolconfigure.php";
  }

  @Override
  public String adminPageTitle() {
    return "Administrar herramientas";
  }

  @Override
  public boolean configurationNeedsToken() {
    return false;
  }

  @Override
  public JsonObject configuration(SimulatedPlatform platform, String issuer) {
    return Jsonp.createObjectBuilder()
        .add("issuer", issuer)
        .add("token_endpoint", platform.tokenEndpoint().toString())
        .add("token_endpoint_auth_methods_supported", Jsonp.createArrayBuilder(List.of("private_key_jwt")))
        .add("token_endpoint_auth_signing_alg_values_supported", Jsonp.createArrayBuilder(List.of("RS256")))
        .add("jwks_uri", platform.jwksUrl().toString())
        .add("authorization_endpoint", platform.authorizationEndpoint().toString())
        .add("registration_endpoint", platform.url(registrationPath()))
        .add("scopes_supported", Jsonp.createArrayBuilder(scopesSupported()))
        .add("response_types_supported", Jsonp.createArrayBuilder(List.of("id_token")))
        .add("subject_types_supported", Jsonp.createArrayBuilder(List.of("public", "pairwise")))
        .add("id_token_signing_alg_values_supported", Jsonp.createArrayBuilder(List.of("RS256")))
        .add("claims_supported",
            Jsonp.createArrayBuilder(List.of("sub", "iss", "name", "given_name", "family_name", "email")))
        .add(PLATFORM_CONFIGURATION, Jsonp.createObjectBuilder()
            .add("product_family_code", "moodle")
            .add("version", VERSION)
            // Plain strings, unlike the spec's {type, placements} objects: what Moodle sends.
            .add("messages_supported", Jsonp.createArrayBuilder(
                List.of(ClaimNames.RESOURCE_LINK_REQUEST, ClaimNames.DEEP_LINKING_REQUEST)))
            .add("placements", Jsonp.createArrayBuilder(List.of("AddContentMenu")))
            .add("variables", Jsonp.createArrayBuilder(List.of(
                "Context.id", "Context.title", "Context.label", "CourseSection.sourcedId",
                "ResourceLink.id", "ResourceLink.title", "User.id", "User.username", "Person.name.full",
                "Person.name.given", "Person.name.family", "Person.email.primary",
                "Moodle.Person.userGroupIds"))))
        .build();
  }

  @Override
  public Map<String, Object> tokenClaims(SimulatedPlatform platform, Instant now, Instant expiry) {
    var claims = new LinkedHashMap<String, Object>();
    claims.put("sub", platform.clientId());
    claims.put("scope", "reg");
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", expiry.getEpochSecond());
    // Not in Moodle's token, whose sub is a fresh client id each time; here every token has the
    // platform's one client id, and two tokens of the same second would be the same string.
    claims.put("jti", Randoms.hex(16));
    return claims;
  }

  @Override
  public List<String> scopesSupported() {
    return List.of(ClaimNames.SCOPE_LINEITEM_READONLY, ClaimNames.SCOPE_RESULT_READONLY, ClaimNames.SCOPE_SCORE,
        ClaimNames.SCOPE_LINEITEM, NRPS_SCOPE, "openid");
  }

  @Override
  public Refusal check(JsonObject registration) {
    // Moodle reads the domain out of the tool configuration: without the object it has no domain.
    JsonObject tool = object(registration, TOOL_CONFIGURATION);
    String domain = text(tool, "domain");
    if (domain == null) {
      return bad("missing_domain");
    }
    String domainOfDomain = domain(domain);
    if (domainOfDomain == null || !domainOfDomain.equals(domain(targetLinkUri(registration)))) {
      return bad("domain_targetlinkuri_mismatch");
    }
    List<String> responseTypes = strings(registration, "response_types");
    if (responseTypes == null || !responseTypes.contains("id_token")) {
      return bad("invalid_response_types");
    }
    if (RegistrationJson.array(registration, "redirect_uris") == null) {
      return bad("invalid_redirect_uris");
    }
    for (String required : List.of("initiate_login_uri", "client_name", "jwks_uri")) {
      if (text(registration, required) == null) {
        return bad("missing_" + required);
      }
    }
    if (!"private_key_jwt".equals(text(registration, "token_endpoint_auth_method"))) {
      return bad("invalid_token_endpoint_auth_method");
    }
    if (registration.containsKey("application_type") && !"web".equals(text(registration, "application_type"))) {
      return bad("invalid_application_type");
    }
    return null;
  }

  /** {@code target_link_uri}, or {@code https://{domain}} when the tool gave none. */
  @Override
  public String targetLinkUri(JsonObject registration) {
    JsonObject tool = object(registration, TOOL_CONFIGURATION);
    String target = text(tool, "target_link_uri");
    return target != null ? target : "https://" + text(tool, "domain");
  }

  @Override
  public JsonObject answer(SimulatedPlatform platform, JsonObject registration, String grantedScope) {
    var tool = Jsonp.createObjectBuilder(object(registration, TOOL_CONFIGURATION))
        .add("target_link_uri", targetLinkUri(registration))
        .add("deployment_id", platform.deploymentId());
    return Jsonp.createObjectBuilder(registration)
        .add("client_id", platform.clientId())
        .add("scope", grantedScope)
        .add(TOOL_CONFIGURATION, tool)
        .build();
  }

  /**
   * Moodle answers a {@code registration_exception} with its code alone as the body; here the code
   * is wrapped in a JSON object, so that every answer of the endpoint is JSON.
   */
  @Override
  public String errorBody(Refusal refusal) {
    return Jsonp.createObjectBuilder().add("error", refusal.code()).build().toString();
  }

  /** The domain Moodle compares: see {@link #DOMAIN}; {@code null} when there is none. */
  static String domain(String url) {
    Matcher matcher = DOMAIN.matcher(url);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static Refusal bad(String code) {
    return Refusal.of(400, code);
  }
}
