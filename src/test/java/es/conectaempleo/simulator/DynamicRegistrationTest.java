package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform side of LTI Dynamic Registration on its own: the test plays the tool with a plain
 * HTTP client, as the DR spec and Moodle's and Canvas's code say a tool must behave. One accepted
 * registration per LMS, then the refusals, rule by rule.
 */
class DynamicRegistrationTest {
  private static final String TOOL = "http://127.0.0.1:9";
  private static final String DOMAIN = "127.0.0.1:9";
  private static final String TOOL_CONFIGURATION = RegistrationRules.TOOL_CONFIGURATION;
  private static final String PLATFORM_CONFIGURATION = RegistrationRules.PLATFORM_CONFIGURATION;
  private static final String NRPS = TokenEndpoint.NRPS_SCOPE;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static PlatformSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = new PlatformSimulator();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void testMoodleConfigurationIsPublicWithPlainStringMessages() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    assertThat(moodle.tool()).isNull();

    HttpResponse<String> response = get(moodle.openIdConfigurationUrl(), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(moodle.openIdConfigurationUrl().toString()).isEqualTo(moodle.issuer() + "/mod/lti/openid-configuration.php");
    JsonObject configuration = json(response.body());
    assertThat(configuration.getString("issuer")).isEqualTo(moodle.issuer());
    assertThat(configuration.getString("token_endpoint")).isEqualTo(moodle.tokenEndpoint().toString());
    assertThat(configuration.getString("jwks_uri")).isEqualTo(moodle.jwksUrl().toString());
    assertThat(configuration.getString("authorization_endpoint")).isEqualTo(moodle.authorizationEndpoint().toString());
    assertThat(configuration.getString("registration_endpoint")).isEqualTo(moodle.issuer() + "/mod/lti/openid-registration.php");
    assertThat(strings(configuration, "scopes_supported"))
        .contains(ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY, ClaimNames.SCOPE_RESULT_READONLY,
            ClaimNames.SCOPE_SCORE, NRPS, "openid");
    assertThat(strings(configuration, "token_endpoint_auth_methods_supported")).containsExactly("private_key_jwt");
    assertThat(configuration).doesNotContainKey("authorization_server");
    JsonObject platform = configuration.getJsonObject(PLATFORM_CONFIGURATION);
    assertThat(platform.getString("product_family_code")).isEqualTo("moodle");
    assertThat(strings(platform, "messages_supported")).containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
    assertThat(platform.getJsonArray("messages_supported")).allMatch(JsonString.class::isInstance);

    assertThat(get(moodle.openIdConfigurationUrl(), "Bearer whatever").statusCode()).isEqualTo(200);
    assertThat(moodle.registrations().configurationFetches()).isEqualTo(2);
    assertThat(moodle.registrations().configurationAuthorizations()).containsExactly(null, "Bearer whatever");
  }

  @Test
  void testCanvasConfigurationOnlyWithTheRegistrationToken() throws Exception {
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();
    assertThat(canvas.issuer()).isEqualTo(canvas.url("")).startsWith(simulator.baseUri() + "/canvas-");
    String token = token(canvas);

    assertThat(get(canvas.openIdConfigurationUrl(), null).statusCode()).isEqualTo(401);
    assertThat(get(canvas.openIdConfigurationUrl(), "Bearer forged").statusCode()).isEqualTo(401);
    HttpResponse<String> response = get(canvas.openIdConfigurationUrl(), "Bearer " + token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(canvas.openIdConfigurationUrl().getPath()).endsWith("/api/lti/security/openid-configuration");
    JsonObject configuration = json(response.body());
    assertThat(configuration.getString("issuer")).isEqualTo(canvas.issuer());
    assertThat(configuration.getString("registration_endpoint")).isEqualTo(canvas.url("/api/lti/registrations"));
    assertThat(configuration.getString("token_endpoint")).isEqualTo(canvas.tokenEndpoint().toString());
    assertThat(configuration.getString("authorization_server")).isEqualTo(canvas.hostName());
    assertThat(strings(configuration, "scopes_supported")).contains(ClaimNames.SCOPE_SCORE, ClaimNames.SCOPE_LINEITEM, NRPS);
    JsonObject platform = configuration.getJsonObject(PLATFORM_CONFIGURATION);
    assertThat(platform.getString("product_family_code")).isEqualTo("canvas");
    assertThat(platform.getJsonArray("messages_supported").getJsonObject(0).getString("type")).isEqualTo("LtiResourceLinkRequest");
    assertThat(strings(platform.getJsonArray("messages_supported").getJsonObject(1), "placements")).contains("link_selection");
    assertThat(platform).containsKeys("https://canvas.instructure.com/lti/account_name",
        "https://canvas.instructure.com/lti/account_lti_guid");
    assertThat(canvas.registrations().refusals()).containsExactly("missing_registration_token", "invalid_registration_token");
    assertThat(canvas.registrations().configurationAuthorizations()).containsExactly(null, "Bearer forged", "Bearer " + token);
  }

  @Test
  void testMoodleRegistrationAcceptedOnceThenTheToolLaunches() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    String token = token(moodle);
    Map<String, Object> registration = registration();
    registration.put("scope", ClaimNames.SCOPE_SCORE + " " + NRPS + " https://example.org/unsupported");

    HttpResponse<String> response = register(moodle, token, registration);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonObject answer = json(response.body());
    assertThat(answer.getString("client_id")).isEqualTo(moodle.clientId());
    assertThat(answer.getString("scope")).isEqualTo(ClaimNames.SCOPE_SCORE + " " + NRPS);
    assertThat(answer.getJsonObject(TOOL_CONFIGURATION).getString("deployment_id")).isEqualTo(moodle.deploymentId());
    assertThat(answer.getString("client_name")).isEqualTo("Conecta Empleo");
    DynamicRegistration registrations = moodle.registrations();
    assertThat(registrations.grantedScope()).isEqualTo(ClaimNames.SCOPE_SCORE + " " + NRPS);
    assertThat(registrations.registeredJwksUri()).isEqualTo(URI.create(TOOL + "/jwks"));
    assertThat(registrations.accepted()).hasSize(1);
    assertThat(registrations.accepted().get(0)).containsEntry("client_name", "Conecta Empleo");
    assertThat(moodle.tool())
        .isEqualTo(new ToolConfiguration(TOOL + "/lti/login", TOOL + "/lti/launch", List.of(TOOL + "/lti/launch")));

    HttpResponse<String> again = register(moodle, token, registration());
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(json(again.body()).getString("error")).isEqualTo("token_already_used");
    assertThat(registrations.refusals()).containsExactly("token_already_used");
    assertThat(registrations.accepted()).hasSize(1);

    LmsUser learner = moodle.newLearner("Ana", "García");
    LoginInitiation login = moodle.initiateLogin(learner, moodle.newPlacement());
    assertThat(login.loginUrl()).isEqualTo(URI.create(TOOL + "/lti/login"));
    assertThat(login.parameters()).containsEntry("client_id", moodle.clientId())
        .containsEntry("target_link_uri", TOOL + "/lti/launch")
        .containsEntry("lti_deployment_id", moodle.deploymentId());
    Page authorized = new Browser().get(URI.create(moodle.authorizationEndpoint() + "?" + Exchange.encode(
        authenticationRequest(login, TOOL + "/lti/launch"))));
    assertThat(authorized.autoPostForm().orElseThrow().fields()).containsKey("id_token");
  }

  @Test
  void testNoLaunchBeforeRegistration() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();

    assertThatThrownBy(moodle::newPlacement).isInstanceOf(IllegalStateException.class);
    Page page = new Browser().get(URI.create(moodle.authorizationEndpoint() + "?" + Exchange.encode(
        Map.of("scope", "openid", "response_type", "id_token", "redirect_uri", TOOL + "/lti/launch"))));
    assertThat(page.status()).isEqualTo(400);
    assertThatThrownBy(() -> simulator.moodle(new ToolConfiguration(TOOL, TOOL, List.of())).registrations())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void testMoodleRefusesEachRuleWithItsCode() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    String token = token(moodle);
    var expected = new ArrayList<String>();

    assertThat(post(endpoint(moodle), null, "application/json", body(registration())).statusCode()).isEqualTo(401);
    expected.add("missing_registration_token");
    assertThat(post(endpoint(moodle), "Bearer " + token + "x", "application/json", body(registration())).statusCode())
        .isEqualTo(401);
    expected.add("invalid_registration_token");
    assertThat(post(endpoint(moodle), "Bearer " + token, "application/x-www-form-urlencoded", body(registration()))
        .statusCode()).isEqualTo(415);
    expected.add("unsupported_media_type");
    assertThat(post(endpoint(moodle), "Bearer " + token, "application/json", "[]").statusCode()).isEqualTo(400);
    expected.add("invalid_client_metadata");

    List<Rule> rules = List.of(
        new Rule("missing_domain", r -> r.remove(TOOL_CONFIGURATION)),
        new Rule("missing_domain", r -> tool(r).put("domain", "")),
        new Rule("domain_targetlinkuri_mismatch", r -> tool(r).put("target_link_uri", "https://other.example/lti/launch")),
        // The port is part of Moodle's domain, on either side.
        new Rule("domain_targetlinkuri_mismatch", r -> tool(r).put("domain", "127.0.0.1")),
        new Rule("domain_targetlinkuri_mismatch", r -> {
          tool(r).put("domain", "tool.example");
          tool(r).put("target_link_uri", "https://tool.example:8443/lti/launch");
        }),
        new Rule("invalid_response_types", r -> r.put("response_types", List.of("code"))),
        new Rule("invalid_redirect_uris", r -> r.put("redirect_uris", TOOL + "/lti/launch")),
        new Rule("missing_initiate_login_uri", r -> r.remove("initiate_login_uri")),
        new Rule("missing_client_name", r -> r.remove("client_name")),
        new Rule("missing_jwks_uri", r -> r.remove("jwks_uri")),
        new Rule("invalid_token_endpoint_auth_method", r -> r.put("token_endpoint_auth_method", "client_secret_basic")),
        new Rule("invalid_application_type", r -> r.put("application_type", "native")));
    for (Rule rule : rules) {
      Map<String, Object> registration = registration();
      rule.edit().accept(registration);
      HttpResponse<String> response = register(moodle, token, registration);
      assertThat(response.statusCode()).as(rule.code()).isEqualTo(400);
      assertThat(json(response.body()).getString("error")).as(rule.code()).isEqualTo(rule.code());
      expected.add(rule.code());
    }
    assertThat(moodle.registrations().refusals()).containsExactlyElementsOf(expected);
    assertThat(moodle.tool()).isNull();

    // Refusals do not use the token up; www. is ignored and the default target link is https://{domain}.
    Map<String, Object> registration = registration();
    tool(registration).put("domain", "www." + DOMAIN);
    tool(registration).remove("target_link_uri");
    registration.remove("application_type");
    assertThat(register(moodle, token, registration).statusCode()).isEqualTo(200);
    assertThat(moodle.tool().targetLinkUri()).isEqualTo("https://www." + DOMAIN);
  }

  @Test
  void testMoodleExpiredTokenIsInvalid() throws Exception {
    var clock = new SettableClock();
    try (var late = new PlatformSimulator(clock)) {
      SimulatedPlatform moodle = late.moodleAwaitingRegistration();
      String token = token(moodle);
      clock.advance(Duration.ofMinutes(61));

      HttpResponse<String> response = register(moodle, token, registration());

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(moodle.registrations().refusals()).containsExactly("invalid_registration_token");
    }
  }

  @Test
  void testCanvasRegistrationWithoutDeploymentId() throws Exception {
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();
    String token = token(canvas);
    Map<String, Object> registration = registration();
    registration.put("scope", ClaimNames.SCOPE_LINEITEM + " " + ClaimNames.SCOPE_SCORE + " openid");

    HttpResponse<String> response = register(canvas, token, registration);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject answer = json(response.body());
    assertThat(answer.getString("client_id")).isEqualTo(canvas.clientId());
    assertThat(answer.getString("scope")).isEqualTo(ClaimNames.SCOPE_LINEITEM + " " + ClaimNames.SCOPE_SCORE);
    assertThat(answer.getJsonObject(TOOL_CONFIGURATION)).doesNotContainKey("deployment_id");
    assertThat(canvas.tool().redirectUris()).containsExactly(TOOL + "/lti/launch");
    assertThat(canvas.registrations().grantedScope()).isEqualTo(ClaimNames.SCOPE_LINEITEM + " " + ClaimNames.SCOPE_SCORE);
    assertThat(get(canvas.openIdConfigurationUrl(), "Bearer " + token).statusCode()).isEqualTo(401);
    assertThat(register(canvas, token, registration()).statusCode()).isEqualTo(401);
    assertThat(canvas.registrations().refusals()).containsExactly("token_already_used", "token_already_used");
  }

  @Test
  void testCanvasRequiresClaimsMessagesAndItsSchema() throws Exception {
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();
    String token = token(canvas);

    Map<String, Consumer<Map<String, Object>>> rules = new LinkedHashMap<>();
    rules.put("missing_claims", r -> tool(r).remove("claims"));
    rules.put("missing_messages", r -> tool(r).remove("messages"));
    rules.put("invalid_messages", r -> tool(r).put("messages", List.of(Map.of("type", "LtiSubmissionReviewRequest"))));
    rules.put("invalid_application_type", r -> r.remove("application_type"));
    rules.put("invalid_grant_types", r -> r.put("grant_types", List.of("implicit")));
    rules.put("invalid_redirect_uris", r -> r.put("redirect_uris", List.of()));
    rules.put("missing_scope", r -> r.remove("scope"));
    rules.put("missing_target_link_uri", r -> tool(r).remove("target_link_uri"));
    for (var rule : rules.entrySet()) {
      Map<String, Object> registration = registration();
      rule.getValue().accept(registration);
      HttpResponse<String> response = register(canvas, token, registration);
      assertThat(response.statusCode()).as(rule.getKey()).isEqualTo(400);
      assertThat(json(response.body()).getJsonArray("errors").getJsonObject(0).getString("error_code"))
          .as(rule.getKey()).isEqualTo(rule.getKey());
    }
    assertThat(canvas.registrations().refusals()).containsExactlyElementsOf(rules.keySet());

    Map<String, Object> both = registration();
    tool(both).remove("claims");
    tool(both).remove("messages");
    JsonObject errors = json(register(canvas, token, both).body());
    assertThat(errors.getJsonArray("errors")).hasSize(2);

    Map<String, Object> empty = registration();
    empty.put("scope", "");
    assertThat(register(canvas, token, empty).statusCode()).isEqualTo(200);
    assertThat(canvas.registrations().grantedScope()).isEmpty();
  }

  @Test
  void testRefuseNext() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    String token = token(moodle);
    moodle.registrations().refuseNext(503, "{\"error\":\"temporarily_unavailable\"}");

    HttpResponse<String> refused = register(moodle, token, registration());

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).isEqualTo("{\"error\":\"temporarily_unavailable\"}");
    assertThat(moodle.registrations().refusals()).containsExactly("temporarily_unavailable");
    assertThat(moodle.tool()).isNull();
    assertThat(moodle.registrations().registeredJwksUri()).isNull();
    assertThat(moodle.registrations().grantedScope()).isNull();
    assertThat(register(moodle, token, registration()).statusCode()).isEqualTo(200);
  }

  @Test
  void testReportedIssuer() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    moodle.registrations().reportIssuer("https://moodle.elsewhere.example");

    assertThat(json(get(moodle.openIdConfigurationUrl(), null).body()).getString("issuer"))
        .isEqualTo("https://moodle.elsewhere.example");
    assertThat(moodle.issuer()).startsWith(simulator.baseUri().toString());
  }

  @Test
  void testRegistrationStartUrl() {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();

    URI plain = moodle.registrationStart(TOOL + "/lti/register");
    URI withQuery = moodle.registrationStart(TOOL + "/lti/register?lms=moodle");

    assertThat(plain.toString()).startsWith(TOOL + "/lti/register?openid_configuration=");
    assertThat(withQuery.toString()).startsWith(TOOL + "/lti/register?lms=moodle&openid_configuration=");
    Map<String, String> query = Exchange.decode(plain.getRawQuery());
    assertThat(query.keySet()).containsExactly("openid_configuration", "registration_token");
    assertThat(query.get("openid_configuration")).isEqualTo(moodle.openIdConfigurationUrl().toString());
    Map<String, String> other = Exchange.decode(withQuery.getRawQuery());
    assertThat(other.get("registration_token")).isNotEqualTo(query.get("registration_token"));
    assertThat(plain.getRawQuery()).contains("openid_configuration=http%3A%2F%2F127.0.0.1%3A");
  }

  @Test
  void testMoodleRegistrationTokenIsTheSiteSignedJwt() throws Exception {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    var jwt = com.nimbusds.jwt.SignedJWT.parse(token(moodle));

    assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(moodle.keys().signingKey()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(moodle.clientId());
    assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("reg");
    assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime())
        .isEqualTo(3_600_000);
  }

  @Test
  void testRegistrationPageFramesTheStartAndListens() throws Exception {
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();

    URI page = canvas.registrationPage(TOOL + "/lti/register");

    assertThat(page.getHost()).isEqualTo("localhost");
    // Fetched on 127.0.0.1, where the simulator listens, whatever localhost resolves to here.
    HttpResponse<String> response = get(URI.create(page.toString().replace("//localhost:", "//127.0.0.1:")), null);
    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(response.body());
    Element frame = html.selectFirst("iframe#contentframe");
    assertThat(frame).isNotNull();
    assertThat(frame.attr("name")).isEqualTo("contentframe");
    URI start = URI.create(frame.attr("src"));
    assertThat(start.toString()).startsWith(TOOL + "/lti/register?openid_configuration=");
    String token = Exchange.decode(start.getRawQuery()).get("registration_token");
    assertThat(get(canvas.openIdConfigurationUrl(), "Bearer " + token).statusCode()).isEqualTo(200);
    assertThat(html.selectFirst("p#lti-status")).isNotNull();
    String script = html.select("script").html();
    assertThat(script).contains("window.ltiMessages = []", "window.addEventListener('message'",
        "window.ltiMessages.push(e.data)", "org.imsglobal.lti.close", "'closed'");
  }

  /** A change to a valid registration, and the error code it must get. */
  private record Rule(String code, Consumer<Map<String, Object>> edit) {}

  /** A registration both LMSs accept, as a tool at {@link #TOOL} sends it. */
  private static Map<String, Object> registration() {
    var tool = new LinkedHashMap<String, Object>();
    tool.put("domain", DOMAIN);
    tool.put("target_link_uri", TOOL + "/lti/launch");
    tool.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
    tool.put("messages", List.of(Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", TOOL + "/lti/launch")));
    var registration = new LinkedHashMap<String, Object>();
    registration.put("application_type", "web");
    registration.put("response_types", List.of("id_token"));
    registration.put("grant_types", List.of("implicit", "client_credentials"));
    registration.put("initiate_login_uri", TOOL + "/lti/login");
    registration.put("redirect_uris", List.of(TOOL + "/lti/launch"));
    registration.put("client_name", "Conecta Empleo");
    registration.put("jwks_uri", TOOL + "/jwks");
    registration.put("token_endpoint_auth_method", "private_key_jwt");
    registration.put("scope", ClaimNames.SCOPE_SCORE);
    registration.put(TOOL_CONFIGURATION, tool);
    return registration;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tool(Map<String, Object> registration) {
    return (Map<String, Object>) registration.get(TOOL_CONFIGURATION);
  }

  private static Map<String, String> authenticationRequest(LoginInitiation login, String redirectUri) {
    var request = new LinkedHashMap<String, String>();
    request.put("scope", "openid");
    request.put("response_type", "id_token");
    request.put("response_mode", "form_post");
    request.put("prompt", "none");
    request.put("client_id", login.parameters().get("client_id"));
    request.put("redirect_uri", redirectUri);
    request.put("login_hint", login.parameters().get("login_hint"));
    request.put("lti_message_hint", login.messageHint());
    request.put("state", "s");
    request.put("nonce", "n");
    return request;
  }

  /** A fresh registration token, as the tool reads it from its registration URL. */
  private static String token(SimulatedPlatform platform) {
    URI start = platform.registrationStart(TOOL + "/lti/register");
    return Exchange.decode(start.getRawQuery()).get("registration_token");
  }

  /** The registration endpoint, read from the configuration as a tool does. */
  private static URI endpoint(SimulatedPlatform platform) throws Exception {
    return URI.create(json(get(platform.openIdConfigurationUrl(), null).body()).getString("registration_endpoint"));
  }

  private static HttpResponse<String> register(SimulatedPlatform platform, String token, Map<String, Object> registration)
      throws Exception {
    String auth = "Bearer " + token;
    URI endpoint = URI.create(platform.url(platform.lms().registrationRules().registrationPath()));
    return post(endpoint, auth, "application/json; charset=utf-8", body(registration));
  }

  private static String body(Map<String, Object> registration) {
    return Jsonp.createObjectBuilder(registration).build().toString();
  }

  private static HttpResponse<String> get(URI uri, String authorization) throws Exception {
    var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI uri, String authorization, String contentType, String body)
      throws Exception {
    var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Jsonp.createReader(new StringReader(body)).readObject();
  }

  private static List<String> strings(JsonObject object, String name) {
    return RegistrationJson.strings(object, name);
  }

  /** A clock a test moves forward. */
  private static final class SettableClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
