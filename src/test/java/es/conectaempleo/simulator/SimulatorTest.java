package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator on its own, against the specs and the checklist: no tool involved. */
class SimulatorTest {
  private static final String TOOL = "http://127.0.0.1:9";
  private static final String REDIRECT_URI = TOOL + "/lti/launch";
  private static final ToolConfiguration TOOL_CONFIGURATION =
      new ToolConfiguration(TOOL + "/lti/login", TOOL + "/lti/launch", List.of(REDIRECT_URI));

  private static PlatformSimulator simulator;
  private final Browser browser = new Browser();

  @BeforeAll
  static void start() {
    simulator = new PlatformSimulator();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void testJwks() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    Page page = browser.get(moodle.jwksUrl());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).hasValue("application/json");
    JsonObject key = Json.createReader(new StringReader(page.body())).readObject().getJsonArray("keys").getJsonObject(0);
    assertThat(key.getString("kty")).isEqualTo("RSA");
    assertThat(key.getString("kid")).isEqualTo(moodle.keys().signingKey().getKeyID());
    assertThat(key.getString("alg")).isEqualTo("RS256");
    assertThat(key.getString("use")).isEqualTo("sig");
    assertThat(key.keySet()).contains("n", "e").doesNotContain("d", "p", "q");
    assertThat(moodle.keys().jwksFetches()).isEqualTo(1);
    assertThat(moodle.jwksUrl().toString()).isEqualTo(moodle.issuer() + "/mod/lti/certs.php");
  }

  @Test
  void testMoodleLoginInitiation() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LmsUser learner = moodle.newLearner("Ana", "García");
    LoginInitiation login = moodle.initiateLogin(learner, moodle.newPlacement());
    assertThat(login.method()).isEqualTo("POST");
    assertThat(login.loginUrl()).isEqualTo(URI.create(TOOL + "/lti/login"));
    assertThat(login.parameters().keySet())
        .containsExactly("iss", "target_link_uri", "login_hint", "lti_message_hint", "client_id", "lti_deployment_id");
    assertThat(moodle.issuer()).startsWith(simulator.baseUri() + "/moodle-").doesNotEndWith("/");
    assertThat(login.parameters().get("login_hint")).isEqualTo(learner.sub()).containsOnlyDigits();
    assertThat(moodle.clientId()).hasSize(15).matches("[A-Za-z0-9]+");
    assertThat(login.parameters().get("lti_deployment_id")).isEqualTo(moodle.deploymentId()).containsOnlyDigits();
    JsonObject hint = Json.createReader(new StringReader(login.messageHint())).readObject();
    assertThat(hint.getInt("cmid")).isPositive();
    assertThat(hint.getString("launchid")).startsWith("ltilaunch");
  }

  @Test
  void testMoodleIdTokenVerifiesWithPublishedKey() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LmsUser learner = moodle.newLearner("Ana", "García");
    Placement placement = moodle.newPlacement().withCustom("Course", "programacion").withGradeService().withRosterService();
    LoginInitiation login = moodle.initiateLogin(learner, placement);

    AutoPostForm response = authorize(moodle, login, Map.of()).autoPostForm().orElseThrow();

    assertThat(response.action()).isEqualTo(URI.create(REDIRECT_URI));
    assertThat(response.fields()).containsOnlyKeys("id_token", "state").containsEntry("state", "the-state");
    SignedJWT token = verified(moodle, response.field("id_token"));
    assertThat(token.getHeader().getKeyID()).isEqualTo(moodle.keys().signingKey().getKeyID());
    JWTClaimsSet claims = token.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(moodle.issuer());
    assertThat(token.getPayload().toJSONObject().get("aud")).isEqualTo(moodle.clientId());
    assertThat(claims.getClaim("azp")).isNull();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(60_000);
    assertThat(claims.getStringClaim("nonce")).isEqualTo("the-nonce");
    assertThat(claims.getSubject()).isEqualTo(learner.sub());
    assertThat(claims.getStringClaim(ClaimNames.MESSAGE_TYPE)).isEqualTo("LtiResourceLinkRequest");
    assertThat(claims.getStringClaim(ClaimNames.VERSION)).isEqualTo("1.3.0");
    assertThat(claims.getStringClaim(ClaimNames.DEPLOYMENT_ID)).isEqualTo(moodle.deploymentId());
    assertThat(claims.getStringListClaim(ClaimNames.ROLES)).containsExactly(ClaimNames.ROLE_LEARNER);
    assertThat(claims.getJSONObjectClaim(ClaimNames.CONTEXT).get("type")).isEqualTo(List.of("CourseSection"));
    assertThat(claims.getJSONObjectClaim(ClaimNames.LAUNCH_PRESENTATION)).containsEntry("locale", "es_mx");
    assertThat(claims.getClaim(ClaimNames.CANVAS_LOCALE)).isNull();
    assertThat(claims.getJSONObjectClaim(ClaimNames.CUSTOM)).containsEntry("course", "programacion");
    assertThat(claims.getJSONObjectClaim(ClaimNames.RESOURCE_LINK)).containsEntry("id", placement.resourceLinkId());
    assertThat(claims.getJSONObjectClaim(ClaimNames.EXT)).containsEntry("lms", "moodle-2");
    assertThat(claims.getJSONObjectClaim(ClaimNames.AGS_ENDPOINT).get("lineitems").toString()).endsWith("?type_id=" + moodle.deploymentId());
    assertThat(claims.getJSONObjectClaim(ClaimNames.NRPS).get("service_versions")).isEqualTo(List.of("1.0", "2.0"));
    assertThat(claims.getClaims()).containsKeys(ClaimNames.TOOL_PLATFORM, ClaimNames.LIS, "email", "given_name");
  }

  @Test
  void testMoodleDeepLinkingRequest() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LoginInitiation login = moodle.initiateLogin(moodle.newInstructor("Luis", "Pérez"), moodle.newPlacement().deepLinking());
    assertThat(Json.createReader(new StringReader(login.messageHint())).readObject().getString("launchid"))
        .startsWith("ltilaunch_LtiDeepLinkingRequest");

    JWTClaimsSet claims = verified(moodle, authorize(moodle, login, Map.of()).autoPostForm().orElseThrow().field("id_token")).getJWTClaimsSet();

    assertThat(claims.getStringClaim(ClaimNames.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
    assertThat(claims.getClaim(ClaimNames.RESOURCE_LINK)).isNull();
    Map<String, Object> settings = claims.getJSONObjectClaim(ClaimNames.DEEP_LINKING_SETTINGS);
    assertThat(settings).containsEntry("accept_types", List.of("ltiResourceLink"))
        .containsEntry("accept_presentation_document_targets", List.of("frame", "iframe", "window"))
        .containsEntry("accept_multiple", true)
        .containsKey("deep_link_return_url");
  }

  @Test
  void testCanvasLaunch() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(TOOL_CONFIGURATION);
    LmsUser learner = canvas.newLearner("Ann", "Smith").withLocale("es-MX");
    LoginInitiation login = canvas.initiateLogin(learner, canvas.newPlacement().initiatedByGet());

    assertThat(canvas.issuer()).isEqualTo("https://canvas.instructure.com");
    assertThat(canvas.clientId()).matches("1\\d{13}");
    assertThat(login.method()).isEqualTo("GET");
    assertThat(login.withQuery().toString()).startsWith(TOOL + "/lti/login?iss=");
    assertThat(login.parameters()).containsKeys("deployment_id", "canvas_environment", "canvas_region", "lti_storage_target")
        .doesNotContainKey("lti_deployment_id");
    assertThat(canvas.deploymentId()).matches("\\d+:[0-9a-f]{40}");
    assertThat(login.parameters().get("login_hint")).isNotEqualTo(learner.sub()).matches("[0-9a-f]{40}");
    assertThat(JWSObject.parse(login.messageHint()).getPayload().toJSONObject()).containsKeys("verifier", "exp");

    AutoPostForm response = authorize(canvas, login, Map.of()).autoPostForm().orElseThrow();
    assertThat(response.fields()).containsEntry("lti_storage_target", "post_message_forwarding");
    JWTClaimsSet claims = verified(canvas, response.field("id_token")).getJWTClaimsSet();
    assertThat(claims.getAudience()).containsExactly(canvas.clientId());
    assertThat(claims.getStringClaim("azp")).isEqualTo(canvas.clientId());
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
    assertThat(UUID.fromString(claims.getSubject())).isNotNull();
    assertThat(claims.getStringClaim(ClaimNames.CANVAS_LOCALE)).isEqualTo("es-MX");
    assertThat(claims.getJSONObjectClaim(ClaimNames.LAUNCH_PRESENTATION)).containsEntry("locale", "es-MX");
    assertThat(claims.getJSONObjectClaim(ClaimNames.CONTEXT).get("type")).isEqualTo(List.of(ClaimNames.CONTEXT_COURSE_OFFERING));
    assertThat(claims.getStringListClaim(ClaimNames.ROLES))
        .containsExactlyInAnyOrder(ClaimNames.ROLE_LEARNER, ClaimNames.ROLE_INSTITUTION_STUDENT, ClaimNames.ROLE_SYSTEM_USER);
    assertThat(claims.getStringClaim(ClaimNames.CANVAS_PLACEMENT)).isEqualTo("course_navigation");
    assertThat(claims.getStringClaim(ClaimNames.LTI11_LEGACY_USER_ID)).isEqualTo(learner.loginHint());
    assertThat(claims.getJSONObjectClaim(ClaimNames.RESOURCE_LINK)).containsEntry("description", null);
  }

  @Test
  void testAuthorizationByPost() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LoginInitiation login = moodle.initiateLogin(moodle.newLearner("Ana", "García"), moodle.newPlacement());
    Page page = browser.post(moodle.authorizationEndpoint(), request(moodle, login, Map.of()));
    assertThat(page.autoPostForm().orElseThrow().fields()).containsKey("id_token");
  }

  @Test
  void testRedirectUriRejected() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LoginInitiation login = moodle.initiateLogin(moodle.newLearner("Ana", "García"), moodle.newPlacement());
    // A trailing slash is enough: the match is byte for byte.
    Page page = authorize(moodle, login, Map.of("redirect_uri", REDIRECT_URI + "/"));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("Invalid request");
    assertThat(page.autoPostForm()).isEmpty();
  }

  @Test
  void testClientIdRejected() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LoginInitiation login = moodle.initiateLogin(moodle.newLearner("Ana", "García"), moodle.newPlacement());
    AutoPostForm response = authorize(moodle, login, Map.of("client_id", "someoneElse0000")).autoPostForm().orElseThrow();
    assertThat(response.action()).isEqualTo(URI.create(REDIRECT_URI));
    assertThat(response.fields()).containsEntry("error", "unauthorized_client").containsEntry("state", "the-state")
        .doesNotContainKey("id_token");
  }

  @Test
  void testAuthenticationRequestRejected() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LmsUser learner = moodle.newLearner("Ana", "García");
    Map<Map<String, String>, String> cases = new LinkedHashMap<>();
    cases.put(Map.of("scope", "profile"), "invalid_scope");
    cases.put(Map.of("response_type", "code"), "unsupported_response_type");
    cases.put(Map.of("response_mode", "query"), "invalid_request");
    cases.put(Map.of("prompt", "login"), "invalid_request");
    cases.put(Map.of("nonce", ""), "invalid_request");
    cases.put(Map.of("login_hint", "999999"), "access_denied");
    cases.forEach(
        (override, error) -> {
          LoginInitiation login = moodle.initiateLogin(learner, moodle.newPlacement());
          assertThat(authorize(moodle, login, override).autoPostForm().orElseThrow().fields())
              .as("%s", override)
              .containsEntry("error", error)
              .doesNotContainKey("id_token");
        });
    LoginInitiation login = moodle.initiateLogin(learner, moodle.newPlacement());
    moodle.logOut(learner);
    assertThat(authorize(moodle, login, Map.of()).autoPostForm().orElseThrow().fields()).containsEntry("error", "access_denied");
  }

  @Test
  void testMessageHintIsSingleUse() {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LoginInitiation login = moodle.initiateLogin(moodle.newLearner("Ana", "García"), moodle.newPlacement());
    assertThat(authorize(moodle, login, Map.of()).autoPostForm().orElseThrow().fields()).containsKey("id_token");
    assertThat(authorize(moodle, login, Map.of()).autoPostForm().orElseThrow().fields())
        .containsEntry("error", "invalid_request").doesNotContainKey("id_token");

    SimulatedPlatform canvas = simulator.canvas(TOOL_CONFIGURATION);
    LoginInitiation canvasLogin = canvas.initiateLogin(canvas.newLearner("Ann", "Smith"), canvas.newPlacement());
    assertThat(authorize(canvas, canvasLogin, Map.of()).autoPostForm().orElseThrow().fields()).containsKey("id_token");
    assertThat(authorize(canvas, canvasLogin, Map.of()).autoPostForm().orElseThrow().fields())
        .containsEntry("error", "launch_no_longer_valid");
    // A hint changed on the way is no hint at all.
    LoginInitiation changed = canvas.initiateLogin(canvas.newLearner("Ann", "Smith"), canvas.newPlacement());
    assertThat(authorize(canvas, changed, Map.of("lti_message_hint", changed.messageHint() + "x")).autoPostForm().orElseThrow().fields())
        .containsEntry("error", "launch_no_longer_valid");
  }

  @Test
  void testTampering() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(TOOL_CONFIGURATION);
    LmsUser learner = moodle.newLearner("Ana", "García");
    RSAKey published = moodle.keys().signingKey();

    moodle.tamperNextIdToken(Tampering.of().expired(120).claim("aud", List.of("a", "b")).without(ClaimNames.ROLES)
        .member(ClaimNames.RESOURCE_LINK, "id", null));
    SignedJWT expired = verified(moodle, idToken(moodle, learner));
    assertThat(expired.getJWTClaimsSet().getExpirationTime()).isInThePast();
    assertThat(expired.getJWTClaimsSet().getAudience()).containsExactly("a", "b");
    assertThat(expired.getJWTClaimsSet().getClaims()).doesNotContainKey(ClaimNames.ROLES);
    assertThat(expired.getJWTClaimsSet().getJSONObjectClaim(ClaimNames.RESOURCE_LINK)).doesNotContainKey("id").containsKey("title");
    // One token only.
    assertThat(verified(moodle, idToken(moodle, learner)).getJWTClaimsSet().getExpirationTime()).isInTheFuture();

    moodle.tamperNextIdToken(Tampering.of().signature(Tampering.Signature.NONE));
    String unsigned = idToken(moodle, learner);
    assertThat(unsigned).endsWith(".");
    assertThat(com.nimbusds.jwt.PlainJWT.parse(unsigned).getHeader().getAlgorithm().getName()).isEqualTo("none");

    moodle.tamperNextIdToken(Tampering.of().signature(Tampering.Signature.HMAC_WITH_PUBLIC_KEY));
    assertThat(SignedJWT.parse(idToken(moodle, learner)).getHeader().getAlgorithm().getName()).isEqualTo("HS256");

    moodle.tamperNextIdToken(Tampering.of().signature(Tampering.Signature.CORRUPTED));
    assertThat(SignedJWT.parse(idToken(moodle, learner)).verify(new RSASSAVerifier(published))).isFalse();

    moodle.tamperNextIdToken(Tampering.of().signature(Tampering.Signature.UNPUBLISHED_KEY));
    SignedJWT foreign = SignedJWT.parse(idToken(moodle, learner));
    assertThat(foreign.getHeader().getKeyID()).isEqualTo(published.getKeyID());
    assertThat(foreign.verify(new RSASSAVerifier(published))).isFalse();

    moodle.tamperNextIdToken(Tampering.of().unknownKeyId());
    assertThat(SignedJWT.parse(idToken(moodle, learner)).getHeader().getKeyID()).startsWith("never-published-");
  }

  @Test
  void testKeyRotation() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(TOOL_CONFIGURATION);
    LmsUser learner = canvas.newLearner("Ann", "Smith");
    String first = canvas.keys().signingKey().getKeyID();

    RSAKey second = canvas.keys().rotate(true);
    assertThat(jwks(canvas).getKeys()).extracting(k -> k.getKeyID()).containsExactly(first, second.getKeyID());
    assertThat(verified(canvas, idToken(canvas, learner)).getHeader().getKeyID()).isEqualTo(second.getKeyID());

    RSAKey third = canvas.keys().rotate(false);
    assertThat(jwks(canvas).getKeys()).extracting(k -> k.getKeyID()).containsExactly(third.getKeyID());
    assertThat(canvas.keys().jwksFetches()).isEqualTo(3);
  }

  /** The authentication request a conforming tool sends, with some parameters overridden. */
  private static Map<String, String> request(SimulatedPlatform platform, LoginInitiation login, Map<String, String> override) {
    var request = new LinkedHashMap<String, String>();
    request.put("scope", "openid");
    request.put("response_type", "id_token");
    request.put("response_mode", "form_post");
    request.put("prompt", "none");
    request.put("client_id", login.parameters().get("client_id"));
    request.put("redirect_uri", REDIRECT_URI);
    request.put("login_hint", login.parameters().get("login_hint"));
    request.put("lti_message_hint", login.messageHint());
    request.put("state", "the-state");
    request.put("nonce", "the-nonce");
    request.putAll(override);
    return request;
  }

  private Page authorize(SimulatedPlatform platform, LoginInitiation login, Map<String, String> override) {
    var query = new StringBuilder();
    request(platform, login, override).forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&')
        .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
    return browser.get(URI.create(platform.authorizationEndpoint() + query.toString()));
  }

  private String idToken(SimulatedPlatform platform, LmsUser user) {
    LoginInitiation login = platform.initiateLogin(user, platform.newPlacement());
    return authorize(platform, login, Map.of()).autoPostForm().orElseThrow().field("id_token");
  }

  private JWKSet jwks(SimulatedPlatform platform) throws Exception {
    return JWKSet.parse(browser.get(platform.jwksUrl()).body());
  }

  /** Parses the token and checks its signature with the key the JWKS endpoint publishes for its kid. */
  private SignedJWT verified(SimulatedPlatform platform, String idToken) throws Exception {
    SignedJWT token = SignedJWT.parse(idToken);
    RSAKey key = (RSAKey) jwks(platform).getKeyByKeyId(token.getHeader().getKeyID());
    assertThat(key).as("published key %s", token.getHeader().getKeyID()).isNotNull();
    assertThat(token.verify(new RSASSAVerifier(key))).as("signature").isTrue();
    return token;
  }
}
