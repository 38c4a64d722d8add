package es.conectaempleo.simulator;

import static es.conectaempleo.simulator.RegistrationJson.object;
import static es.conectaempleo.simulator.RegistrationJson.strings;
import static es.conectaempleo.simulator.RegistrationJson.text;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
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
 * {@code reg}; and {@code registration_to_config}'s checks, one at a time, in its order: the
 * required attributes first, then the domain and the target link. A refusal's body is the bare
 * error code, sent as {@code application/json} as Moodle does. The answer is no echo: {@code
 * registration_helper::config_to_registration} rebuilds it from the tool type Moodle stored, with
 * the client id, the granted scopes and, inside the tool configuration, the deployment id (the new
 * tool type's id) and of the messages only the deep-linking one.
 */
final class MoodleRegistration implements RegistrationRules {
  static final String VERSION = "4.5.1 (Build: 20250113)";
  /**
   * Moodle's {@code lti_get_domain_from_url}: after an optional scheme and an optional {@code www.},
   * everything up to the first slash, so a port is part of the domain and must match too.
   */
  /** What {@code registration_to_config} reads without a default, in its order. */
  private static final List<String> REQUIRED = List.of("response_types", "initiate_login_uri", "redirect_uris",
      "client_name", "jwks_uri", "token_endpoint_auth_method");
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
  public boolean closeNeedsToolOrigin() {
    return false;
  }

  @Override
  public int invalidStatus() {
    return 400;
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

  /** Required attributes first, in the order Moodle reads them; then the domain and the values. */
  @Override
  public Refusal check(JsonObject registration) {
    for (String required : REQUIRED) {
      if (!registration.containsKey(required) || registration.get(required).getValueType() == JsonValue.ValueType.NULL) {
        return bad("missing_" + required);
      }
    }
    JsonObject tool = object(registration, TOOL_CONFIGURATION);
    if (tool == null) {
      return bad("missing_lti_tool_configuration");
    }
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

  /** The requested scopes Moodle supports, once each, in the order asked. */
  @Override
  public String grantedScope(JsonObject registration) {
    return String.join(" ", RegistrationJson.scopes(text(registration, "scope")).stream()
        .filter(scopesSupported()::contains).toList());
  }

  /**
   * {@code config_to_registration}: the fixed values Moodle supports, what it stored of the tool,
   * and a tool configuration with its version, the deployment id, the www-less domain, the claims
   * it sends (from its "share name" and "share email" settings) and only the deep-linking message.
   */
  @Override
  public JsonObject answer(SimulatedPlatform platform, JsonObject registration, Answer answer) {
    JsonObject registered = object(registration, TOOL_CONFIGURATION);
    var tool = Jsonp.createObjectBuilder()
        .add("version", "1.3.0")
        .add("deployment_id", platform.deploymentId())
        .add("target_link_uri", targetLinkUri(registration))
        .add("domain", domain(text(registered, "domain")))
        .add("description", registered.get("description") instanceof JsonString description ? description.getString() : "")
        .add("claims", Jsonp.createArrayBuilder(claims(strings(registered, "claims"))));
    JsonArray messages = RegistrationJson.array(registered, "messages");
    if (messages != null) {
      for (JsonValue message : messages) {
        if (message instanceof JsonObject object && ClaimNames.DEEP_LINKING_REQUEST.equals(text(object, "type"))) {
          var deepLinking = Jsonp.createObjectBuilder().add("type", ClaimNames.DEEP_LINKING_REQUEST);
          String target = text(object, "target_link_uri");
          if (target != null) {
            deepLinking.add("target_link_uri", target);
          }
          tool.add("messages", Jsonp.createArrayBuilder().add(deepLinking));
          break;
        }
      }
    }
    if (object(registered, "custom_parameters") != null) {
      tool.add("custom_parameters", object(registered, "custom_parameters"));
    }
    var built = Jsonp.createObjectBuilder()
        .add("client_id", platform.clientId())
        .add("response_types", Jsonp.createArrayBuilder(List.of("id_token")))
        .add("jwks_uri", text(registration, "jwks_uri"))
        .add("initiate_login_uri", text(registration, "initiate_login_uri"))
        .add("grant_types", Jsonp.createArrayBuilder(List.of("client_credentials", "implicit")))
        .add("redirect_uris", Jsonp.createArrayBuilder(strings(registration, "redirect_uris")))
        .add("application_type", "web")
        .add("token_endpoint_auth_method", "private_key_jwt")
        .add("client_name", text(registration, "client_name"));
    if (text(registration, "logo_uri") != null) {
      built.add("logo_uri", text(registration, "logo_uri"));
    }
    return built.add("scope", answer.grantedScope()).add(TOOL_CONFIGURATION, tool).build();
  }

  /** The claims Moodle sends: always {@code iss} and {@code sub}, the names and email if asked for. */
  private static List<String> claims(List<String> requested) {
    List<String> asked = requested == null ? List.of() : requested;
    var claims = new ArrayList<>(List.of("iss", "sub"));
    if (asked.stream().anyMatch(List.of("name", "given_name", "family_name")::contains)) {
      claims.addAll(List.of("name", "family_name", "given_name"));
    }
    if (asked.contains("email")) {
      claims.add("email");
    }
    return claims;
  }

  /** Moodle answers a {@code registration_exception} with its code alone as the body. */
  @Override
  public String errorBody(Refusal refusal) {
    return refusal.code();
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
