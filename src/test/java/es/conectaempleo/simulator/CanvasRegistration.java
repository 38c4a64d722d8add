package es.conectaempleo.simulator;

import static es.conectaempleo.simulator.RegistrationJson.array;
import static es.conectaempleo.simulator.RegistrationJson.object;
import static es.conectaempleo.simulator.RegistrationJson.strings;
import static es.conectaempleo.simulator.RegistrationJson.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Canvas's Dynamic Registration ({@code /api/lti/security/openid-configuration}, {@code
 * /api/lti/registrations}, canvas-lms {@code doc/api/registration.md}, LTI-CHECKLIST §2.7): the
 * configuration is shown only to a request bearing the registration token, names the account being
 * installed into and lists {@code messages_supported} as {@code {type, placements}} objects; the
 * registration schema requires every field its table marks "yes", {@code messages} and {@code claims}
 * included, and Canvas reports all the faults of a request at once, as {@code {"errors":[…]}}. The
 * answer echoes the registration with the client id (the developer key's id) and the granted
 * scopes, and no deployment id: the deployment appears when the admin enables the key.
 */
final class CanvasRegistration implements RegistrationRules {
  private static final List<String> MESSAGE_TYPES =
      List.of(ClaimNames.RESOURCE_LINK_REQUEST, ClaimNames.DEEP_LINKING_REQUEST);

  @Override
  public String configurationPath() {
    return "/api/lti/security/openid-configuration";
  }

  @Override
  public String registrationPath() {
    return "/api/lti/registrations";
  }

  @Override
  public String adminPagePath() {
    return "/accounts/1/developer_keys";
  }

  @Override
  public String adminPageTitle() {
    return "Developer Keys";
  }

  @Override
  public boolean configurationNeedsToken() {
    return true;
  }

  @Override
  public JsonObject configuration(SimulatedPlatform platform, String issuer) {
    return Jsonp.createObjectBuilder()
        .add("issuer", issuer)
        .add("authorization_endpoint", platform.authorizationEndpoint().toString())
        .add("registration_endpoint", platform.url(registrationPath()))
        .add("jwks_uri", platform.jwksUrl().toString())
        .add("token_endpoint", platform.tokenEndpoint().toString())
        .add("token_endpoint_auth_methods_supported", Jsonp.createArrayBuilder(List.of("private_key_jwt")))
        .add("token_endpoint_auth_signing_alg_values_supported", Jsonp.createArrayBuilder(List.of("RS256")))
        .add("scopes_supported", Jsonp.createArrayBuilder(scopesSupported()))
        .add("response_types_supported", Jsonp.createArrayBuilder(List.of("id_token")))
        .add("id_token_signing_alg_values_supported", Jsonp.createArrayBuilder(List.of("RS256")))
        .add("claims_supported", Jsonp.createArrayBuilder(
            List.of("sub", "picture", "email", "name", "given_name", "family_name", "locale")))
        .add("subject_types_supported", Jsonp.createArrayBuilder(List.of("public")))
        // The host the token endpoint is on, as Canvas names its own domain (with the port, if any).
        .add("authorization_server", platform.tokenEndpoint().getRawAuthority())
        .add(PLATFORM_CONFIGURATION, Jsonp.createObjectBuilder()
            .add("product_family_code", "canvas")
            .add("version", "OpenSource")
            .add("messages_supported", Jsonp.createArrayBuilder()
                .add(Jsonp.createObjectBuilder()
                    .add("type", ClaimNames.RESOURCE_LINK_REQUEST)
                    .add("placements", Jsonp.createArrayBuilder(List.of(
                        "account_navigation", "assignment_menu", "course_navigation", "link_selection",
                        "module_menu", "user_navigation", "wiki_page_menu"))))
                .add(Jsonp.createObjectBuilder()
                    .add("type", ClaimNames.DEEP_LINKING_REQUEST)
                    .add("placements", Jsonp.createArrayBuilder(
                        List.of("link_selection", "assignment_selection", "editor_button")))))
            .add("variables", Jsonp.createArrayBuilder(List.of(
                "ResourceLink.id", "ResourceLink.title", "Context.id", "Context.title", "User.id",
                "Person.name.full", "Person.email.primary", "Canvas.course.id", "Canvas.user.locale",
                "Canvas.environment.test")))
            .add("https://canvas.instructure.com/lti/account_name", "Conecta Empleo University")
            .add("https://canvas.instructure.com/lti/account_lti_guid", Randoms.alphanumeric(40) + ":canvas-lms"))
        .build();
  }

  /** Canvas's token names the registration being made and who started it. */
  @Override
  public Map<String, Object> tokenClaims(SimulatedPlatform platform, Instant now, Instant expiry) {
    var claims = new LinkedHashMap<String, Object>();
    claims.put("uuid", UUID.randomUUID().toString());
    claims.put("initiated_at", now.toString());
    claims.put("user_id", "1");
    claims.put("root_account_global_id", "10000000000001");
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", expiry.getEpochSecond());
    return claims;
  }

  @Override
  public List<String> scopesSupported() {
    return List.of(ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY, ClaimNames.SCOPE_RESULT_READONLY,
        ClaimNames.SCOPE_SCORE, NRPS_SCOPE, "https://canvas.instructure.com/lti/public_jwk/scope/update",
        "https://canvas.instructure.com/lti/account_lookup/scope/show",
        "https://canvas.instructure.com/lti-ags/progress/scope/show");
  }

  /** Every fault of the registration, in the order of Canvas's schema table. */
  @Override
  public Refusal check(JsonObject registration) {
    var faults = new ArrayList<String>();
    if (!"web".equals(text(registration, "application_type"))) {
      faults.add("invalid_application_type");
    }
    List<String> grants = strings(registration, "grant_types");
    if (grants == null || !grants.containsAll(List.of("client_credentials", "implicit"))) {
      faults.add("invalid_grant_types");
    }
    if (text(registration, "initiate_login_uri") == null) {
      faults.add("missing_initiate_login_uri");
    }
    List<String> redirects = strings(registration, "redirect_uris");
    if (redirects == null || redirects.isEmpty()) {
      faults.add("invalid_redirect_uris");
    }
    List<String> responseTypes = strings(registration, "response_types");
    if (responseTypes == null || !responseTypes.contains("id_token")) {
      faults.add("invalid_response_types");
    }
    for (String required : List.of("client_name", "jwks_uri")) {
      if (text(registration, required) == null) {
        faults.add("missing_" + required);
      }
    }
    if (!"private_key_jwt".equals(text(registration, "token_endpoint_auth_method"))) {
      faults.add("invalid_token_endpoint_auth_method");
    }
    if (!(registration.get("scope") instanceof JsonString)) {
      faults.add("missing_scope"); // required, though it may be empty
    }
    JsonObject tool = object(registration, TOOL_CONFIGURATION);
    if (tool == null) {
      faults.add("missing_tool_configuration");
    } else {
      for (String required : List.of("domain", "target_link_uri")) {
        if (text(tool, required) == null) {
          faults.add("missing_" + required);
        }
      }
      if (array(tool, "messages") == null) {
        faults.add("missing_messages");
      } else if (!array(tool, "messages").stream().allMatch(CanvasRegistration::knownMessage)) {
        faults.add("invalid_messages");
      }
      if (array(tool, "claims") == null) {
        faults.add("missing_claims");
      }
    }
    return faults.isEmpty() ? null : new Refusal(400, faults);
  }

  private static boolean knownMessage(JsonValue message) {
    return message instanceof JsonObject object && MESSAGE_TYPES.contains(text(object, "type"));
  }

  @Override
  public String targetLinkUri(JsonObject registration) {
    return text(object(registration, TOOL_CONFIGURATION), "target_link_uri");
  }

  @Override
  public JsonObject answer(SimulatedPlatform platform, JsonObject registration, String grantedScope) {
    return Jsonp.createObjectBuilder(registration)
        .add("client_id", platform.clientId())
        .add("scope", grantedScope)
        .build();
  }

  /** Canvas's API error shape: one entry per fault, each with a code. */
  @Override
  public String errorBody(Refusal refusal) {
    var errors = Jsonp.createArrayBuilder();
    for (String code : refusal.codes()) {
      errors.add(Jsonp.createObjectBuilder().add("error_code", code).add("message", code.replace('_', ' ')));
    }
    return Jsonp.createObjectBuilder().add("errors", errors).build().toString();
  }
}
