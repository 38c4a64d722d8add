package es.conectaempleo.simulator;

import static es.conectaempleo.simulator.RegistrationJson.array;
import static es.conectaempleo.simulator.RegistrationJson.object;
import static es.conectaempleo.simulator.RegistrationJson.strings;
import static es.conectaempleo.simulator.RegistrationJson.text;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * configuration is shown only to a request whose query carries the registration token (the {@code
 * openid_configuration} Canvas passes the tool has it: {@code SecurityController#openid_configuration}),
 * and its platform configuration object names the account being installed into and lists {@code
 * messages_supported} as {@code {type, placements}} objects. The registration schema ({@code
 * lti_tool_configuration.rb}) requires every field its table marks "yes", {@code messages} and
 * {@code claims} included, allows each message type its own placements, and knows its privacy
 * levels, visibilities and scopes; Canvas reports all the faults of a request at once, as {@code
 * {"errors":[…]}} with status 422, and token faults as {@code {"errorMessage":…}} with 401. The
 * answer is built by Canvas ({@code render_registration}): the developer key's id as client id, what
 * it stored, the granted scopes plus {@code openid}, where the registration is and, as modern Canvas
 * creates the deployment at registration, a top-level {@code deployment_id} (older Canvas: none,
 * {@link DynamicRegistration#omitDeploymentId()}).
 */
final class CanvasRegistration implements RegistrationRules {
  static final String EXTENSION = "https://canvas.instructure.com/lti/";
  static final String PRIVACY_LEVEL = EXTENSION + "privacy_level";
  static final String VISIBILITY = EXTENSION + "visibility";
  static final String DEFAULT_ENABLED = EXTENSION + "course_navigation/default_enabled";
  static final String ACCOUNT_NAME = EXTENSION + "account_name";
  static final String ACCOUNT_LTI_GUID = EXTENSION + "account_lti_guid";

  /** The placements Canvas allows each message type, in the order its configuration lists them. */
  static final Map<String, List<String>> PLACEMENTS = Map.of(
      ClaimNames.RESOURCE_LINK_REQUEST, List.of("course_navigation", "account_navigation", "user_navigation",
          "link_selection", "assignment_selection", "module_index_menu_modal", "editor_button",
          "homework_submission", "course_assignments_menu", "assignment_menu", "module_menu",
          "resource_selection", "wiki_page_menu"),
      ClaimNames.DEEP_LINKING_REQUEST, List.of("link_selection", "assignment_selection", "editor_button",
          "homework_submission", "module_index_menu_modal", "course_assignments_menu", "migration_selection",
          "submission_type_selection"));
  private static final List<String> MESSAGE_TYPES =
      List.of(ClaimNames.RESOURCE_LINK_REQUEST, ClaimNames.DEEP_LINKING_REQUEST);
  private static final List<String> PRIVACY_LEVELS = List.of("public", "name_only", "email_only", "anonymous");
  private static final List<String> VISIBILITIES = List.of("admins", "members", "public");
  /** What Canvas stores of the tool configuration ({@code expected_registration_params}). */
  private static final List<String> STORED_TOOL = List.of("domain", "messages", "claims", "target_link_uri",
      "custom_parameters", PRIVACY_LEVEL);
  private static final List<String> STORED_MESSAGE = List.of("type", "target_link_uri", "label", "icon_uri",
      "custom_parameters", "roles", "placements", DEFAULT_ENABLED, VISIBILITY);

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
  public boolean closeNeedsToolOrigin() {
    return true;
  }

  @Override
  public int invalidStatus() {
    return 422;
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
                    .add("placements", Jsonp.createArrayBuilder(PLACEMENTS.get(ClaimNames.RESOURCE_LINK_REQUEST))))
                .add(Jsonp.createObjectBuilder()
                    .add("type", ClaimNames.DEEP_LINKING_REQUEST)
                    .add("placements", Jsonp.createArrayBuilder(PLACEMENTS.get(ClaimNames.DEEP_LINKING_REQUEST)))))
            .add("variables", Jsonp.createArrayBuilder(List.of(
                "ResourceLink.id", "ResourceLink.title", "Context.id", "Context.title", "User.id",
                "Person.name.full", "Person.email.primary", "Canvas.course.id", "Canvas.user.locale",
                "Canvas.environment.test")))
            // Inside the platform configuration, where Canvas puts them, not at the top level.
            .add(ACCOUNT_NAME, "Conecta Empleo University")
            .add(ACCOUNT_LTI_GUID, Randoms.alphanumeric(40) + ":canvas-lms"))
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
    return List.of("openid", ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY, ClaimNames.SCOPE_RESULT_READONLY,
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
      JsonArray messages = array(tool, "messages");
      if (messages != null) {
        for (JsonValue message : messages) {
          if (message instanceof JsonObject object && knownMessage(object)) {
            faults.addAll(messageFaults(object));
          }
        }
      }
      if (tool.containsKey(PRIVACY_LEVEL) && !PRIVACY_LEVELS.contains(text(tool, PRIVACY_LEVEL))) {
        faults.add("invalid_privacy_level");
      }
    }
    if (registration.get("scope") instanceof JsonString scope
        && !scopesSupported().containsAll(RegistrationJson.scopes(scope.getString()))) {
      faults.add("invalid_scopes");
    }
    return faults.isEmpty() ? null : new Refusal(invalidStatus(), faults.stream().distinct().toList());
  }

  /** The faults of a message Canvas knows the type of: its placements and its extensions. */
  private static List<String> messageFaults(JsonObject message) {
    var faults = new ArrayList<String>();
    if (message.containsKey("placements")) {
      JsonArray placements = array(message, "placements");
      List<String> allowed = PLACEMENTS.get(text(message, "type"));
      if (placements == null || !placements.stream()
          .allMatch(p -> p instanceof JsonString name && allowed.contains(name.getString()))) {
        faults.add("invalid_placement");
      }
    }
    if (message.containsKey(VISIBILITY) && !VISIBILITIES.contains(text(message, VISIBILITY))) {
      faults.add("invalid_visibility");
    }
    if (message.containsKey(DEFAULT_ENABLED)
        && message.get(DEFAULT_ENABLED).getValueType() != JsonValue.ValueType.TRUE
        && message.get(DEFAULT_ENABLED).getValueType() != JsonValue.ValueType.FALSE) {
      faults.add("invalid_default_enabled");
    }
    return faults;
  }

  private static boolean knownMessage(JsonValue message) {
    return message instanceof JsonObject object && MESSAGE_TYPES.contains(text(object, "type"));
  }

  @Override
  public String targetLinkUri(JsonObject registration) {
    return text(object(registration, TOOL_CONFIGURATION), "target_link_uri");
  }

  /** The scopes asked for (all known, or the registration is refused), then {@code openid}. */
  @Override
  public String grantedScope(JsonObject registration) {
    var scopes = new ArrayList<>(RegistrationJson.scopes(text(registration, "scope")));
    scopes.remove("openid");
    scopes.add("openid");
    return String.join(" ", scopes);
  }

  /** {@code render_registration}: what Canvas stored, in its order, not what the tool sent. */
  @Override
  public JsonObject answer(SimulatedPlatform platform, JsonObject registration, Answer answer) {
    var built = Jsonp.createObjectBuilder()
        .add("client_id", platform.clientId())
        .add("application_type", text(registration, "application_type"))
        .add("grant_types", array(registration, "grant_types"))
        .add("initiate_login_uri", text(registration, "initiate_login_uri"))
        .add("redirect_uris", array(registration, "redirect_uris"))
        .add("response_types", array(registration, "response_types"))
        .add("client_name", text(registration, "client_name"))
        .add("jwks_uri", text(registration, "jwks_uri"));
    if (text(registration, "logo_uri") != null) {
      built.add("logo_uri", text(registration, "logo_uri"));
    }
    built.add("token_endpoint_auth_method", text(registration, "token_endpoint_auth_method"))
        .add("scope", answer.grantedScope())
        .add("registration_client_uri", platform.url(registrationPath() + "/" + answer.registrationId()))
        .add(TOOL_CONFIGURATION, stored(object(registration, TOOL_CONFIGURATION))
            .add(EXTENSION + "registration_config_url",
                platform.url(registrationPath() + "/" + answer.registrationId() + "/view")));
    if (answer.withDeploymentId()) {
      built.add("deployment_id", platform.deploymentId());
    }
    return built.build();
  }

  /** The tool configuration as Canvas keeps it: the members its parameters permit, nothing else. */
  private static JsonObjectBuilder stored(JsonObject tool) {
    var kept = Jsonp.createObjectBuilder();
    for (String name : STORED_TOOL) {
      if (!tool.containsKey(name)) {
        continue;
      }
      if ("messages".equals(name)) {
        var messages = Jsonp.createArrayBuilder();
        for (JsonValue message : tool.getJsonArray(name)) {
          var keptMessage = Jsonp.createObjectBuilder();
          STORED_MESSAGE.stream().filter(message.asJsonObject()::containsKey)
              .forEach(member -> keptMessage.add(member, message.asJsonObject().get(member)));
          messages.add(keptMessage);
        }
        kept.add(name, messages);
      } else {
        kept.add(name, tool.get(name));
      }
    }
    return kept;
  }

  /**
   * Canvas's error shapes: a refused schema ({@code 422}, or {@code 400}) lists every fault, each
   * with a code; anything else, a token fault above all, is one {@code errorMessage}.
   */
  @Override
  public String errorBody(Refusal refusal) {
    if (refusal.status() == 422 || refusal.status() == 400) {
      var errors = Jsonp.createArrayBuilder();
      for (String code : refusal.codes()) {
        errors.add(Jsonp.createObjectBuilder().add("error_code", code).add("message", code.replace('_', ' ')));
      }
      return Jsonp.createObjectBuilder().add("errors", errors).build().toString();
    }
    String message = refusal.code().replace('_', ' ');
    return Jsonp.createObjectBuilder()
        .add("errorMessage", Character.toUpperCase(message.charAt(0)) + message.substring(1))
        .build().toString();
  }
}
