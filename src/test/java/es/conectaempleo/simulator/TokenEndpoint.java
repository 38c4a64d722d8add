package es.conectaempleo.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The platform's OAuth 2 token endpoint for the LTI services (Moodle {@code mod/lti/token.php},
 * Canvas {@code /login/oauth2/token}), stricter than either: a form POST with {@code
 * grant_type=client_credentials} and a {@code private_key_jwt} client assertion, RS256 with a
 * {@code kid} that the tool's JWKS publishes (fetched again once for an unknown {@code kid}, as
 * Moodle does), {@code iss} = {@code sub} = the client id, {@code aud} exactly this URL (Canvas
 * refuses a trailing slash), {@code exp} in the future and a {@code jti} never seen before. It grants
 * the requested scopes the platform allows ({@code invalid_scope} when none) and issues opaque bearer
 * tokens for an hour, which the platform's service endpoints check with {@link #authorize}.
 * Thread-safe.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">
 *     Security Framework 1.0 §4.1.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3</a>
 */
public final class TokenEndpoint {
  static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** What a service endpoint makes of a request's {@code Authorization} header. */
  public enum Access {
    GRANTED,
    /** No bearer token, or one this endpoint did not issue, or expired or revoked: 401. */
    INVALID_TOKEN,
    /** A valid token without the scope: 403. */
    INSUFFICIENT_SCOPE
  }

  /** One token request and how it ended. */
  public record Request(Instant at, int status, String error, Set<String> scopesAsked) {}

  private record Grant(Set<String> scopes, Instant expiresAt, int generation) {}

  private final SimulatedPlatform platform;
  private final URI toolJwks;
  private final Clock clock;
  private final Set<String> allowedScopes = ConcurrentHashMap.newKeySet();
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> seenJtis = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger generation = new AtomicInteger();
  private volatile JWKSet toolKeys = new JWKSet();
  private final AtomicInteger refusals = new AtomicInteger();
  private volatile Duration behind = Duration.ZERO;

  TokenEndpoint(SimulatedPlatform platform, URI toolJwks, Clock clock) {
    this.platform = platform;
    this.toolJwks = toolJwks;
    this.clock = clock;
    allowedScopes.addAll(List.of(ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY,
        ClaimNames.SCOPE_RESULT_READONLY, ClaimNames.SCOPE_SCORE, NRPS_SCOPE));
  }

  /** Only these scopes are granted from now on (the LMS admin unticked the others). */
  public TokenEndpoint allowScopes(String... scopes) {
    allowedScopes.clear();
    allowedScopes.addAll(Arrays.asList(scopes));
    return this;
  }

  /**
   * The next {@code count} token requests are refused as an assertion the platform could not verify
   * (Moodle when it cannot fetch the tool's key set just then, Canvas while a developer key is being
   * fixed): {@code invalid_client}, 400 on Moodle (its token.php answers 400 to every refusal), 401
   * elsewhere.
   */
  public TokenEndpoint refuseNext(int count) {
    refusals.addAndGet(count);
    return this;
  }

  /** The platform's clock runs this much behind the real one (the tool's). */
  public TokenEndpoint clockBehind(Duration behind) {
    this.behind = behind;
    return this;
  }

  /** Every token issued so far is refused from now on (the platform restarted, or revoked them). */
  public void revokeTokens() {
    generation.incrementAndGet();
  }

  /** Every token request so far, refused ones included, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many tokens were issued. */
  public long issued() {
    return requests.stream().filter(r -> r.status() == 200).count();
  }

  /**
   * @param authorization the request's {@code Authorization} header; may be {@code null}
   * @param scope the scope the service needs
   */
  public Access authorize(String authorization, String scope) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Access.INVALID_TOKEN;
    }
    Grant grant = tokens.get(authorization.substring("Bearer ".length()).trim());
    if (grant == null || grant.generation() != generation.get() || !clock.instant().isBefore(grant.expiresAt())) {
      return Access.INVALID_TOKEN;
    }
    return grant.scopes().contains(scope) ? Access.GRANTED : Access.INSUFFICIENT_SCOPE;
  }

  void handle(Exchange exchange) throws IOException {
    if (!"POST".equals(exchange.method())) {
      exchange.http().getResponseHeaders().set("Allow", "POST");
      refuse(exchange, 405, "invalid_request", "POST only", Set.of());
      return;
    }
    String type = exchange.http().getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      refuse(exchange, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded", Set.of());
      return;
    }
    Map<String, String> form = Exchange.decode(exchange.body());
    Set<String> asked =
        form.get("scope") == null
            ? Set.of()
            : Arrays.stream(form.get("scope").trim().split(" +")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    if (!"client_credentials".equals(form.get("grant_type"))) {
      refuse(exchange, 400, "unsupported_grant_type", "grant_type must be client_credentials", asked);
      return;
    }
    if (!CLIENT_ASSERTION_TYPE.equals(form.get("client_assertion_type")) || form.get("client_assertion") == null) {
      refuse(exchange, 400, "invalid_request", "a jwt-bearer client_assertion is required", asked);
      return;
    }
    String fault = refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0
        ? "the tool's key set could not be fetched"
        : assertionFault(form.get("client_assertion"));
    if (fault != null) {
      refuse(exchange, moodle() ? 400 : 401, "invalid_client", fault, asked);
      return;
    }
    Set<String> granted = asked.stream().filter(allowedScopes::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    if (granted.isEmpty()) {
      refuse(exchange, 400, "invalid_scope", "no requested scope is allowed", asked);
      return;
    }
    String token = Randoms.hex(24);
    tokens.put(token, new Grant(Set.copyOf(granted), clock.instant().plus(TOKEN_LIFETIME), generation.get()));
    requests.add(new Request(clock.instant(), 200, null, asked));
    exchange.json(
        200,
        Jsonp.createObjectBuilder()
            .add("access_token", token)
            .add("token_type", "Bearer")
            .add("expires_in", TOKEN_LIFETIME.toSeconds())
            .add("scope", String.join(" ", granted))
            .build()
            .toString());
  }

  /** What is wrong with the client assertion, or {@code null} when it authenticates the tool. */
  private String assertionFault(String assertion) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(assertion);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return "the client assertion is not a signed JWT";
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      return "alg must be RS256";
    }
    String kid = jwt.getHeader().getKeyID();
    if (kid == null || kid.isBlank()) {
      return "kid must be provided in JWT header"; // Moodle's words
    }
    RSAKey key = toolKey(kid);
    if (key == null) {
      return "no key " + kid + " in the tool's JWKS";
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(key))) {
        return "signature does not verify";
      }
    } catch (JOSEException e) {
      return "signature cannot be verified: " + e.getMessage();
    }
    if (!platform.clientId().equals(claims.getIssuer()) || !platform.clientId().equals(claims.getSubject())) {
      return "iss and sub must be the client id";
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(platform.tokenEndpoint().toString())) {
      return "the 'aud' is invalid"; // Canvas's words
    }
    Instant now = clock.instant().minus(behind);
    // Moodle checks with php-jwt and no leeway: an assertion issued a second after Moodle's "now"
    // is not valid yet.
    Duration skew = moodle() ? Duration.ZERO : CLOCK_SKEW;
    Date exp = claims.getExpirationTime();
    if (exp == null || !now.minus(skew).isBefore(exp.toInstant())) {
      return "the assertion has expired";
    }
    Date iat = claims.getIssueTime();
    if (iat != null && iat.toInstant().isAfter(now.plus(skew))) {
      return "Cannot handle token prior to " + iat.toInstant(); // php-jwt's words
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank()) {
      return "jti is required";
    }
    seenJtis.values().removeIf(expiry -> expiry.isBefore(now.minus(CLOCK_SKEW)));
    if (seenJtis.putIfAbsent(jti, exp.toInstant()) != null) {
      return "jti " + jti + " was used before";
    }
    return null;
  }

  /** The tool's key of that {@code kid}, fetching the JWKS again when it is not known yet. */
  private RSAKey toolKey(String kid) {
    JWK key = toolKeys.getKeyByKeyId(kid);
    if (key == null) {
      toolKeys = fetchToolKeys();
      key = toolKeys.getKeyByKeyId(kid);
    }
    return key instanceof RSAKey rsa ? rsa : null;
  }

  private JWKSet fetchToolKeys() {
    try {
      HttpResponse<String> response =
          HTTP.send(HttpRequest.newBuilder(toolJwks).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? JWKSet.parse(response.body()) : new JWKSet();
    } catch (IOException | ParseException e) {
      return new JWKSet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new JWKSet();
    }
  }

  private boolean moodle() {
    return platform.lms() instanceof Moodle;
  }

  private void refuse(Exchange exchange, int status, String error, String description, Set<String> asked)
      throws IOException {
    requests.add(new Request(clock.instant(), status, error + ": " + description, asked));
    exchange.json(
        status, Jsonp.createObjectBuilder().add("error", error).add("error_description", description).build().toString());
  }
}
