package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated token endpoint on its own: a test plays the tool, publishing its key set on a
 * route of the simulator and signing client assertions with Nimbus. One accept test, then one
 * refusal per rule.
 */
class TokenEndpointTest {
  private static final ToolConfiguration NO_TOOL =
      new ToolConfiguration("http://127.0.0.1:9/login", "http://127.0.0.1:9/launch", List.of("http://127.0.0.1:9/launch"));
  private static final String NRPS = TokenEndpoint.NRPS_SCOPE;

  private static PlatformSimulator simulator;
  private static ToolCredentials tool;
  private static RSAKey toolKey;

  private SimulatedPlatform moodle;
  private TokenEndpoint tokens;

  @BeforeAll
  static void start() {
    simulator = new PlatformSimulator();
    tool = ToolCredentials.servedBy(simulator, NO_TOOL);
    toolKey = tool.key();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void platform() {
    moodle = simulator.moodle(NO_TOOL);
    tokens = moodle.serveTokens(tool.jwks());
  }

  @Test
  void testTokenIssuedForAllowedScopes() {
    tokens.allowScopes(NRPS, ClaimNames.SCOPE_SCORE);

    Page page = post(form(assertion(c -> {}), NRPS + " " + ClaimNames.SCOPE_LINEITEM));

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    JsonObject json = json(page);
    assertThat(json.getString("token_type")).isEqualTo("Bearer");
    assertThat(json.getInt("expires_in")).isEqualTo(3600);
    assertThat(json.getString("scope")).isEqualTo(NRPS);
    String bearer = "Bearer " + json.getString("access_token");
    assertThat(tokens.authorize(bearer, NRPS)).isEqualTo(TokenEndpoint.Access.GRANTED);
    assertThat(tokens.authorize(bearer, ClaimNames.SCOPE_LINEITEM)).isEqualTo(TokenEndpoint.Access.INSUFFICIENT_SCOPE);
    assertThat(tokens.authorize("Bearer nope", NRPS)).isEqualTo(TokenEndpoint.Access.INVALID_TOKEN);
    assertThat(tokens.authorize(null, NRPS)).isEqualTo(TokenEndpoint.Access.INVALID_TOKEN);
    assertThat(tokens.issued()).isEqualTo(1);

    tokens.revokeTokens();
    assertThat(tokens.authorize(bearer, NRPS)).isEqualTo(TokenEndpoint.Access.INVALID_TOKEN);
  }

  @Test
  void testJwtIdReplayRejected() {
    Map<String, String> form = form(assertion(c -> {}), NRPS);
    assertThat(post(form).status()).isEqualTo(200);

    assertRefused(post(form), 400, "invalid_client");
  }

  @Test
  void testAudienceRejected() {
    assertRefused(post(form(assertion(c -> c.audience(moodle.tokenEndpoint() + "/")), NRPS)), 400, "invalid_client");
    assertRefused(post(form(assertion(c -> c.audience(moodle.issuer())), NRPS)), 400, "invalid_client");
  }

  @Test
  void testIssuerAndSubjectRejected() {
    assertRefused(post(form(assertion(c -> c.issuer("another-client")), NRPS)), 400, "invalid_client");
    assertRefused(post(form(assertion(c -> c.subject("another-client")), NRPS)), 400, "invalid_client");
  }

  @Test
  void testExpiryRejected() {
    assertRefused(post(form(assertion(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(60)))), NRPS)), 400, "invalid_client");
  }

  @Test
  void testJwtIdMissing() {
    assertRefused(post(form(assertion(c -> c.jwtID(null)), NRPS)), 400, "invalid_client");
  }

  @Test
  void testKeyIdMissingOrUnknownRejected() throws Exception {
    assertRefused(post(form(sign(toolKey, null, claims(c -> {})), NRPS)), 400, "invalid_client");
    assertRefused(post(form(sign(toolKey, "never-published", claims(c -> {})), NRPS)), 400, "invalid_client");
  }

  @Test
  void testSignatureRejected() throws Exception {
    RSAKey unpublished = PlatformKeys.generate(toolKey.getKeyID());
    assertRefused(post(form(sign(unpublished, toolKey.getKeyID(), claims(c -> {})), NRPS)), 400, "invalid_client");
  }

  @Test
  void testRefusedWhileThePlatformCannotVerifyTheTool() {
    tokens.refuseNext(2);
    assertRefused(post(form(assertion(c -> {}), NRPS)), 400, "invalid_client");
    assertRefused(post(form(assertion(c -> {}), NRPS)), 400, "invalid_client");
    assertThat(post(form(assertion(c -> {}), NRPS)).status()).isEqualTo(200);
    assertThat(tokens.requests()).extracting(TokenEndpoint.Request::status).containsExactly(400, 400, 200);
  }

  @Test
  void testMoodleAllowsNoClockSkew() {
    tokens.clockBehind(java.time.Duration.ofSeconds(2)); // the tool's clock is 2 s ahead of Moodle's
    assertRefused(post(form(assertion(c -> c.issueTime(new Date())), NRPS)), 400, "invalid_client");
    assertThat(tokens.requests().get(0).error()).contains("Cannot handle token prior to");
    assertThat(post(form(assertion(c -> c.issueTime(Date.from(Instant.now().minusSeconds(5)))), NRPS)).status())
        .isEqualTo(200);
  }

  @Test
  void testCanvasRefusesAnAssertionWith401AndAllowsSomeSkew() {
    moodle = simulator.canvas(NO_TOOL); // the helpers post to this platform
    tokens = moodle.serveTokens(tool.jwks());
    assertRefused(post(form(assertion(c -> c.audience(moodle.tokenEndpoint() + "/")), NRPS)), 401, "invalid_client");
    tokens.clockBehind(java.time.Duration.ofSeconds(2));
    assertThat(post(form(assertion(c -> c.issueTime(new Date())), NRPS)).status()).isEqualTo(200);
  }

  @Test
  void testRequestShapeRejected() {
    var wrongGrant = new LinkedHashMap<>(form(assertion(c -> {}), NRPS));
    wrongGrant.put("grant_type", "password");
    assertRefused(post(wrongGrant), 400, "unsupported_grant_type");

    var noAssertion = new LinkedHashMap<>(form(assertion(c -> {}), NRPS));
    noAssertion.remove("client_assertion");
    assertRefused(post(noAssertion), 400, "invalid_request");

    assertRefused(post(form(assertion(c -> {}), "https://example.org/scope/other")), 400, "invalid_scope");
    assertThat(new Browser().get(moodle.tokenEndpoint()).status()).isEqualTo(405);
    assertThat(tokens.requests()).extracting(TokenEndpoint.Request::status).containsExactly(400, 400, 400, 405);
    assertThat(tokens.issued()).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private Page post(Map<String, String> form) {
    return new Browser().post(moodle.tokenEndpoint(), form);
  }

  private static Map<String, String> form(String assertion, String scope) {
    var form = new LinkedHashMap<String, String>();
    form.put("grant_type", "client_credentials");
    form.put("client_assertion_type", TokenEndpoint.CLIENT_ASSERTION_TYPE);
    form.put("client_assertion", assertion);
    form.put("scope", scope);
    return form;
  }

  /** A client assertion as the tool should send it, then changed by the edit. */
  private String assertion(Consumer<JWTClaimsSet.Builder> edit) {
    try {
      return sign(toolKey, toolKey.getKeyID(), claims(edit));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> edit) {
    var claims = ToolCredentials.assertionClaims(moodle);
    edit.accept(claims);
    return claims.build();
  }

  private static String sign(RSAKey key, String kid, JWTClaimsSet claims) throws Exception {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static JsonObject json(Page page) {
    return Json.createReader(new StringReader(page.body())).readObject();
  }

  private void assertRefused(Page page, int status, String error) {
    assertThat(page.status()).as("%s", page).isEqualTo(status);
    assertThat(json(page).getString("error")).isEqualTo(error);
    assertThat(json(page).containsKey("access_token")).isFalse();
  }
}
