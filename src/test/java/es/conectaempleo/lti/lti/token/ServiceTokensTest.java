package es.conectaempleo.lti.lti.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.LoopbackPlatform;
import es.conectaempleo.lti.lti.LoopbackPlatform.Exchange;
import es.conectaempleo.lti.lti.LoopbackPlatform.Reply;
import es.conectaempleo.lti.lti.MutableClock;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ToolFaultException;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.claims.NrpsScopes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String ISSUER = "https://moodle.example.org";
  private static final String CLIENT_ID = "GISQB0HdF95ijvc";
  private static final Set<String> SCORE_AND_LINEITEM = Set.of(AgsScopes.SCORE, AgsScopes.LINEITEM);

  private static RSAKey toolKey;

  @BeforeAll
  static void generateKey() throws Exception {
    toolKey = new RSAKeyGenerator(2048).keyID("tool-2026-11").generate();
  }

  private static PlatformConfig platform(URI tokenUrl, String clientId) {
    return new PlatformConfig(
        ISSUER,
        clientId,
        URI.create(ISSUER + "/mod/lti/auth.php"),
        tokenUrl,
        URI.create(ISSUER + "/mod/lti/certs.php"));
  }

  /**
   * A strict token endpoint, as Moodle's token.php: POST, form-encoded, the four parameters, and an
   * assertion signed by the tool's key whose aud is this very URL.
   */
  private static Reply strictTokenEndpoint(Exchange exchange, URI tokenUrl, String answer)
      throws Exception {
    if (!"POST".equals(exchange.method())) {
      return Reply.of(405, "");
    }
    if (!"application/x-www-form-urlencoded".equals(exchange.header("Content-Type"))) {
      return Reply.of(400, "{\"error\":\"invalid_request\"}");
    }
    Map<String, String> form = exchange.form();
    if (!"client_credentials".equals(form.get("grant_type"))
        || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            .equals(form.get("client_assertion_type"))
        || form.get("scope") == null) {
      return Reply.of(400, "{\"error\":\"invalid_request\"}");
    }
    SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
    if (!assertion.verify(new RSASSAVerifier(toolKey.toRSAPublicKey()))
        || !List.of(tokenUrl.toString()).equals(assertion.getJWTClaimsSet().getAudience())) {
      return Reply.of(401, "{\"error\":\"invalid_client\"}");
    }
    return Reply.of(200, answer).header("Content-Type", "application/json; charset=utf-8");
  }

  private static String bearer(String token, int expiresIn, String scope) {
    return "{\"access_token\":\""
        + token
        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn
        + ",\"scope\":\""
        + scope
        + "\"}";
  }

  @Test
  void testClientAssertion() throws Exception {
    // Exactly as registered: Canvas refuses an aud with a slash it was not given, and vice versa.
    URI tokenUrl = URI.create("https://canvas.example.com/login/oauth2/token/");

    SignedJWT jwt =
        ServiceTokens.clientAssertion(platform(tokenUrl, CLIENT_ID), toolKey, NOW)
            .getClientAssertion();

    assertThat(jwt.verify(new RSASSAVerifier(toolKey.toRSAPublicKey()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("tool-2026-11");
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
    assertThat(claims.getSubject()).isEqualTo(CLIENT_ID);
    assertThat(claims.getAudience())
        .containsExactly("https://canvas.example.com/login/oauth2/token/");
    assertThat(jwt.getPayload().toJSONObject().get("aud"))
        .isEqualTo("https://canvas.example.com/login/oauth2/token/");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW.minus(ServiceTokens.ISSUED_EARLIER));
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(NOW.plus(ServiceTokens.ASSERTION_LIFETIME));
    assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void testClientAssertionJtiUnique() throws Exception {
    PlatformConfig platform = platform(URI.create(ISSUER + "/mod/lti/token.php"), CLIENT_ID);

    String first =
        ServiceTokens.clientAssertion(platform, toolKey, NOW)
            .getClientAssertion()
            .getJWTClaimsSet()
            .getJWTID();
    String second =
        ServiceTokens.clientAssertion(platform, toolKey, NOW)
            .getClientAssertion()
            .getJWTClaimsSet()
            .getJWTID();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void testClientAssertionKeyRejected() throws Exception {
    PlatformConfig platform = platform(URI.create(ISSUER + "/mod/lti/token.php"), CLIENT_ID);
    RSAKey withoutKid = new RSAKeyGenerator(2048).generate();

    assertThatThrownBy(() -> ServiceTokens.clientAssertion(platform, toolKey.toPublicJWK(), NOW))
        .isInstanceOf(ToolFaultException.class)
        .hasMessageContaining("private");
    assertThatThrownBy(() -> ServiceTokens.clientAssertion(platform, withoutKid, NOW))
        .isInstanceOf(ToolFaultException.class)
        .hasMessageContaining("kid");
  }

  @Test
  void testTokenRequest() throws Exception {
    try (var endpoint = new Endpoint("/mod/lti/token.php", bearer("t-1", 3600, AgsScopes.SCORE))) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));

      ServiceToken token = tokens.token(endpoint.platform(CLIENT_ID), toolKey, SCORE_AND_LINEITEM);

      assertThat(token.value()).isEqualTo("t-1");
      assertThat(token.authorization()).isEqualTo("Bearer t-1");
      assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
      // The platform granted less than asked ("grade sync only" in Moodle).
      assertThat(token.scopes()).containsExactly(AgsScopes.SCORE);
      assertThat(token.allows(AgsScopes.LINEITEM)).isFalse();
      assertThat(token.toString()).doesNotContain("t-1");
      Map<String, String> form = endpoint.platform.exchanges().get(0).form();
      assertThat(form.get("scope")).isEqualTo(AgsScopes.LINEITEM + " " + AgsScopes.SCORE);
      assertThat(endpoint.platform.exchanges().get(0).header("Accept"))
          .isEqualTo("application/json");
    }
  }

  @Test
  void testTokenScopeOmittedMeansAsked() throws Exception {
    try (var endpoint =
        new Endpoint(
            "/token", "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":3600}")) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));

      ServiceToken token = tokens.token(endpoint.platform(CLIENT_ID), toolKey, SCORE_AND_LINEITEM);

      assertThat(token.scopes()).isEqualTo(SCORE_AND_LINEITEM);
    }
  }

  @Test
  void testCachedPerScopeSet() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);

      ServiceToken first =
          tokens.token(platform, toolKey, Set.of(AgsScopes.SCORE, AgsScopes.LINEITEM));
      ServiceToken sameSet =
          tokens.token(platform, toolKey, Set.of(AgsScopes.LINEITEM, AgsScopes.SCORE));
      ServiceToken roster =
          tokens.token(platform, toolKey, Set.of(NrpsScopes.CONTEXT_MEMBERSHIP_READONLY));

      assertThat(sameSet).isSameAs(first);
      assertThat(roster.value()).isNotEqualTo(first.value());
      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  /** Registrations sharing an issuer (Canvas cloud) never share tokens (pylti1p3next #55). */
  @Test
  void testCachedPerClientId() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));

      ServiceToken first =
          tokens.token(endpoint.platform("10000000000011"), toolKey, SCORE_AND_LINEITEM);
      ServiceToken other =
          tokens.token(endpoint.platform("10000000000012"), toolKey, SCORE_AND_LINEITEM);
      ServiceToken again =
          tokens.token(endpoint.platform("10000000000011"), toolKey, SCORE_AND_LINEITEM);

      assertThat(other.value()).isNotEqualTo(first.value());
      assertThat(again).isSameAs(first);
      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  @Test
  void testExpiryMargin() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      var clock = new MutableClock(NOW);
      var tokens = new ServiceTokens(LoopbackPlatform.http(clock));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);

      ServiceToken first = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);
      clock.advance(Duration.ofSeconds(3600).minus(ServiceTokens.EXPIRY_MARGIN).minusSeconds(1));
      ServiceToken stillCached = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);
      clock.advance(Duration.ofSeconds(2));
      ServiceToken renewed = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);

      assertThat(stillCached).isSameAs(first);
      assertThat(renewed.value()).isNotEqualTo(first.value());
      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  /** A short-lived token is kept for half its life, not refetched on every call. */
  @Test
  void testExpiryMarginShortLifetime() throws Exception {
    try (var endpoint = new Endpoint("/token", bearer("short", 40, AgsScopes.SCORE))) {
      var clock = new MutableClock(NOW);
      var tokens = new ServiceTokens(LoopbackPlatform.http(clock));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);

      tokens.token(platform, toolKey, Set.of(AgsScopes.SCORE));
      clock.advance(Duration.ofSeconds(19));
      tokens.token(platform, toolKey, Set.of(AgsScopes.SCORE));
      clock.advance(Duration.ofSeconds(2));
      tokens.token(platform, toolKey, Set.of(AgsScopes.SCORE));

      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  @Test
  void testSingleFlight() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      endpoint.delay = Duration.ofMillis(300);
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);
      ExecutorService callers = Executors.newFixedThreadPool(50);
      var start = new CountDownLatch(1);
      try {
        List<Future<ServiceToken>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          results.add(
              callers.submit(
                  () -> {
                    start.await();
                    return tokens.token(platform, toolKey, SCORE_AND_LINEITEM);
                  }));
        }
        start.countDown();
        for (Future<ServiceToken> result : results) {
          assertThat(result.get(10, TimeUnit.SECONDS).value()).isEqualTo("token-1");
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(endpoint.requests()).isEqualTo(1);
    }
  }

  @Test
  void testInvalidate() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);

      ServiceToken refused = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);
      tokens.invalidate(refused);
      ServiceToken renewed = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);
      // A second caller that also saw the old token fail must not throw away the new one.
      tokens.invalidate(refused);
      ServiceToken reused = tokens.token(platform, toolKey, SCORE_AND_LINEITEM);

      assertThat(renewed.value()).isNotEqualTo(refused.value());
      assertThat(reused).isSameAs(renewed);
      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  @Test
  void testTokenEndpointRefuses() throws Exception {
    try (var endpoint = new Endpoint("/token", null)) {
      endpoint.answer = "{\"error\":\"invalid_scope\"}";
      endpoint.status = 400;
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));
      PlatformConfig platform = endpoint.platform(CLIENT_ID);

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> tokens.token(platform, toolKey, SCORE_AND_LINEITEM));
      // Failures are not cached: the next call asks again.
      catchThrowableOfType(
          ServiceCallException.class, () -> tokens.token(platform, toolKey, SCORE_AND_LINEITEM));

      assertThat(e.isPermanent()).isTrue();
      assertThat(e.failure().body()).contains("invalid_scope");
      assertThat(endpoint.requests()).isEqualTo(2);
    }
  }

  @Test
  void testTokenResponseMalformed() throws Exception {
    try (var endpoint = new Endpoint("/token", "{\"token_type\":\"Bearer\"}")) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> tokens.token(endpoint.platform(CLIENT_ID), toolKey, SCORE_AND_LINEITEM));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
    }
  }

  @Test
  void testTokenTypeNotBearer() throws Exception {
    try (var endpoint =
        new Endpoint(
            "/token", "{\"access_token\":\"t\",\"token_type\":\"DPoP\",\"expires_in\":3600}")) {
      var tokens = new ServiceTokens(LoopbackPlatform.http(new MutableClock(NOW)));

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> tokens.token(endpoint.platform(CLIENT_ID), toolKey, SCORE_AND_LINEITEM));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
    }
  }

  /** A strict token endpoint that numbers the tokens it issues. */
  private static final class Endpoint implements AutoCloseable {
    final LoopbackPlatform platform;
    final URI tokenUrl;
    final AtomicInteger issued = new AtomicInteger();
    volatile String answer;
    volatile int status = 200;
    volatile Duration delay = Duration.ZERO;

    Endpoint(String path, String answer) throws Exception {
      this.answer = answer;
      var holder = new URI[1];
      platform =
          LoopbackPlatform.start(
              exchange -> {
                Thread.sleep(delay.toMillis());
                String body =
                    this.answer != null
                        ? this.answer
                        : bearer(
                            "token-" + issued.incrementAndGet(),
                            3600,
                            exchange.form().get("scope"));
                Reply reply = strictTokenEndpoint(exchange, holder[0], body);
                return reply.status() == 200 ? new Reply(status, reply.headers(), body) : reply;
              });
      tokenUrl = platform.uri(path);
      holder[0] = tokenUrl;
    }

    PlatformConfig platform(String clientId) {
      return ServiceTokensTest.platform(tokenUrl, clientId);
    }

    int requests() {
      return platform.exchanges().size();
    }

    @Override
    public void close() {
      platform.close();
    }
  }
}
