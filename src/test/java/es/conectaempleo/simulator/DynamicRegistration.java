package es.conectaempleo.simulator;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform side of LTI Dynamic Registration 1.0 for a platform that awaits its tool: it mints
 * single-use registration tokens (valid an hour), serves the OpenID configuration and the
 * registration endpoint, and once a registration is accepted gives the platform its {@link
 * ToolConfiguration}. Strict as the LMS is ({@link RegistrationRules}): a registration needs an
 * unused, unexpired token as a bearer token and an {@code application/json} body, and is checked as
 * Moodle or Canvas check it; Canvas shows its configuration only to a GET whose query carries the
 * token (the {@code openid_configuration} URL it passes the tool has it), whatever the headers say.
 * The answer is what the LMS builds from what it stored, never an echo. A token is used up only
 * by a registration the platform accepts; a later registration with a fresh token replaces the
 * first (same client id), as Moodle's update flow does. Everything it served and refused is
 * recorded for tests, and {@link #refuseNext} and {@link #reportIssuer} make it misbehave on
 * purpose. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0 §3</a>
 */
public final class DynamicRegistration {
  private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  /** A token minted for an admin's registration attempt; used once a registration is accepted. */
  private static final class Token {
    final Instant expiry;
    volatile boolean used;

    Token(Instant expiry) {
      this.expiry = expiry;
    }
  }

  /** A refusal a test asked for: answered as given, whatever the request. */
  private record Forced(int status, String body) {}

  private final SimulatedPlatform platform;
  private final RegistrationRules rules;
  private final Clock clock;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final List<Map<String, Object>> accepted = new CopyOnWriteArrayList<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private final AtomicInteger configurationFetches = new AtomicInteger();
  /** Authorization headers of the configuration GETs; a list that takes nulls, guarded by itself. */
  private final List<String> configurationAuthorizations = new ArrayList<>();
  /** The full URIs of the configuration GETs, query included, in order. */
  private final List<URI> configurationRequests = new CopyOnWriteArrayList<>();
  private final AtomicReference<Forced> forced = new AtomicReference<>();
  private final AtomicInteger registrationIds = new AtomicInteger();
  private volatile boolean omitDeploymentId;
  private volatile String reportedIssuer;
  private final Set<String> withdrawnScopes = ConcurrentHashMap.newKeySet();
  private volatile URI registeredJwksUri;
  private volatile String grantedScope;

  DynamicRegistration(SimulatedPlatform platform, RegistrationRules rules, Clock clock) {
    this.platform = platform;
    this.rules = rules;
    this.clock = clock;
  }

  /** The registrations accepted, as the tool posted them, in order. */
  public List<Map<String, Object>> accepted() {
    return List.copyOf(accepted);
  }

  /**
   * The error codes of every refusal, in order: of registrations ({@code missing_registration_token},
   * {@code invalid_application_type}, …, the {@code error} of a {@link #refuseNext} body) and of
   * configuration requests without a valid token (Canvas).
   */
  public List<String> refusals() {
    return List.copyOf(refusals);
  }

  /** How many GETs of the OpenID configuration arrived, refused ones included. */
  public int configurationFetches() {
    return configurationFetches.get();
  }

  /** The {@code Authorization} header of each configuration GET, in order; {@code null} for none. */
  public List<String> configurationAuthorizations() {
    synchronized (configurationAuthorizations) {
      return new ArrayList<>(configurationAuthorizations);
    }
  }

  /**
   * The next registration POST is answered with this status and body (a JSON error) before any
   * check, and nothing is registered; its token stays unused.
   */
  public void refuseNext(int status, String body) {
    forced.set(new Forced(status, Objects.requireNonNull(body)));
  }

  /**
   * From now on the OpenID configuration claims this {@code issuer} instead of the platform's own,
   * as a misconfigured or impersonating LMS would; launches still carry the real one.
   */
  public void reportIssuer(String issuer) {
    reportedIssuer = issuer;
  }

  /**
   * From now on the OpenID configuration leaves these scopes out of {@code scopes_supported}, as a
   * Moodle whose site admin has turned a service off.
   */
  public void withdrawScopes(String... scopes) {
    withdrawnScopes.addAll(List.of(scopes));
  }

  /** The {@code jwks_uri} of the accepted registration; {@code null} before. */
  public URI registeredJwksUri() {
    return registeredJwksUri;
  }

  /**
   * The full URI of each configuration GET, query included, in order: whether the tool kept the
   * {@code registration_token} of the {@code openid_configuration} URL it was given.
   */
  public List<URI> configurationRequests() {
    return List.copyOf(configurationRequests);
  }

  /**
   * From now on the answer to an accepted registration has no top-level {@code deployment_id}, as
   * an older Canvas answers (the deployment appears only when the admin enables the key). Canvas
   * only: Moodle's answer has its deployment id inside the tool configuration, always.
   */
  public void omitDeploymentId() {
    omitDeploymentId = true;
  }

  /**
   * The {@code scope} of the answer to the accepted registration, exactly: the granted scopes,
   * space-separated (on Canvas ending with {@code openid}); {@code null} before.
   */
  public String grantedScope() {
    return grantedScope;
  }

  /** Where the OpenID configuration is served (for Canvas, without the token it needs). */
  URI configurationUrl() {
    return URI.create(platform.url(rules.configurationPath()));
  }

  /**
   * The {@code openid_configuration} the LMS passes the tool with that token: Canvas's carries the
   * token as {@code ?registration_token=}, Moodle's is the plain URL.
   */
  URI configurationUrl(String registrationToken) {
    return rules.configurationNeedsToken()
        ? URI.create(configurationUrl() + "?registration_token="
            + URLEncoder.encode(registrationToken, StandardCharsets.UTF_8))
        : configurationUrl();
  }

  /**
   * What the LMS opens when an admin enters the tool's registration URL: that URL with {@code
   * openid_configuration} and a fresh {@code registration_token} (DR §3.3).
   */
  URI start(String toolRegistrationUrl) {
    String url = toolRegistrationUrl;
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String base = hash < 0 ? url : url.substring(0, hash);
    String separator = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
    String token = mintToken();
    return URI.create(base + separator
        + "openid_configuration=" + URLEncoder.encode(configurationUrl(token).toString(), StandardCharsets.UTF_8)
        + "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
        + fragment);
  }

  /** A registration token: a JWT signed with the platform's key, valid an hour, single use. */
  String mintToken() {
    Instant now = clock.instant();
    Instant expiry = now.plus(TOKEN_LIFETIME);
    String payload = Jsonp.createObjectBuilder(rules.tokenClaims(platform, now, expiry)).build().toString();
    String token = platform.keys().sign(payload, Tampering.of());
    tokens.put(token, new Token(expiry));
    return token;
  }

  RegistrationRules rules() {
    return rules;
  }

  void handleConfiguration(Exchange exchange) throws IOException {
    if (!"GET".equals(exchange.method())) {
      exchange.http().getResponseHeaders().set("Allow", "GET");
      exchange.json(405, rules.errorBody(RegistrationRules.Refusal.of(405, "method_not_allowed")));
      return;
    }
    String authorization = exchange.http().getRequestHeaders().getFirst("Authorization");
    configurationFetches.incrementAndGet();
    synchronized (configurationAuthorizations) {
      configurationAuthorizations.add(authorization);
    }
    configurationRequests.add(requestUri(exchange));
    if (rules.configurationNeedsToken()) {
      // Canvas reads the token from the query only; an Authorization header does not count.
      String queryToken = Exchange.decode(exchange.http().getRequestURI().getRawQuery()).get("registration_token");
      RegistrationRules.Refusal refusal = tokenRefusal(queryToken == null || queryToken.isBlank() ? null : queryToken);
      if (refusal != null) {
        refuse(exchange, refusal);
        return;
      }
    }
    String issuer = reportedIssuer != null ? reportedIssuer : platform.issuer();
    JsonObject configuration = rules.configuration(platform, issuer);
    if (!withdrawnScopes.isEmpty()) {
      var offered = rules.scopesSupported().stream().filter(scope -> !withdrawnScopes.contains(scope)).toList();
      configuration =
          Jsonp.createObjectBuilder(configuration).add("scopes_supported", Jsonp.createArrayBuilder(offered)).build();
    }
    exchange.json(200, configuration.toString());
  }

  void handleRegistration(Exchange exchange) throws IOException {
    if (!"POST".equals(exchange.method())) {
      exchange.http().getResponseHeaders().set("Allow", "POST");
      exchange.json(405, rules.errorBody(RegistrationRules.Refusal.of(405, "method_not_allowed")));
      return;
    }
    Forced refusal = forced.getAndSet(null);
    if (refusal != null) {
      refusals.add(errorCode(refusal));
      exchange.json(refusal.status(), refusal.body());
      return;
    }
    String body = exchange.body();
    String authorization = exchange.http().getRequestHeaders().getFirst("Authorization");
    JsonObject answer;
    // One registration at a time: checking the token and using it up must not interleave.
    synchronized (this) {
      RegistrationRules.Refusal fault = tokenRefusal(bearer(authorization));
      if (fault == null) {
        fault = contentTypeRefusal(exchange.http().getRequestHeaders().getFirst("Content-Type"));
      }
      JsonObject registration = null;
      if (fault == null) {
        registration = parse(body);
        fault = registration == null
            ? RegistrationRules.Refusal.of(rules.invalidStatus(), "invalid_client_metadata")
            : rules.check(registration);
      }
      URI jwks = null;
      if (fault == null) {
        // The LMS stores any text; the simulator needs a URI to fetch the keys from later.
        jwks = uri(RegistrationJson.text(registration, "jwks_uri"));
        fault = jwks == null ? RegistrationRules.Refusal.of(rules.invalidStatus(), "invalid_jwks_uri") : null;
      }
      if (fault != null) {
        refuse(exchange, fault);
        return;
      }
      tokens.get(bearer(authorization)).used = true;
      String scope = rules.grantedScope(registration);
      answer = rules.answer(platform, registration, new RegistrationRules.Answer(
          scope, String.valueOf(registrationIds.incrementAndGet()), !omitDeploymentId));
      accepted.add(RegistrationJson.plain(registration));
      registeredJwksUri = jwks;
      grantedScope = scope;
      platform.registered(new ToolConfiguration(
          RegistrationJson.text(registration, "initiate_login_uri"),
          rules.targetLinkUri(registration),
          RegistrationJson.strings(registration, "redirect_uris")));
    }
    exchange.json(200, answer.toString());
  }

  /** Why the token (or none) does not allow a registration, or {@code null} when it does. */
  private RegistrationRules.Refusal tokenRefusal(String bearer) {
    if (bearer == null) {
      return RegistrationRules.Refusal.of(401, "missing_registration_token");
    }
    Token token = tokens.get(bearer);
    if (token == null || !clock.instant().isBefore(token.expiry)) {
      return RegistrationRules.Refusal.of(401, "invalid_registration_token");
    }
    if (token.used) {
      return RegistrationRules.Refusal.of(401, "token_already_used");
    }
    return null;
  }

  /** {@code application/json}, any parameters after {@code ;} ignored; else 415. */
  private static RegistrationRules.Refusal contentTypeRefusal(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return "application/json".equals(type) ? null : RegistrationRules.Refusal.of(415, "unsupported_media_type");
  }

  /** The token of a {@code Bearer} header (scheme case-insensitive), or {@code null}. */
  private static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /** The request's full URI: the platform's scheme and authority, the path and query as received. */
  private URI requestUri(Exchange exchange) {
    URI base = URI.create(platform.url(""));
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + exchange.http().getRequestURI().toString());
  }

  private static URI uri(String text) {
    try {
      return text == null ? null : URI.create(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The body as a JSON object, or {@code null} when it is not one. */
  private static JsonObject parse(String body) {
    try (var reader = Jsonp.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private void refuse(Exchange exchange, RegistrationRules.Refusal refusal) throws IOException {
    refusals.add(refusal.code());
    if (refusal.status() == 401) {
      exchange.http().getResponseHeaders().set("WWW-Authenticate", "Bearer");
    }
    exchange.json(refusal.status(), rules.errorBody(refusal));
  }

  /**
   * The code of a forced refusal: its JSON body's {@code error}, or the body itself when it is a bare
   * code (Moodle's shape), else {@code refused_<status>}.
   */
  private static String errorCode(Forced refusal) {
    JsonObject body = parse(refusal.body());
    String error = RegistrationJson.text(body, "error");
    if (error != null) {
      return error;
    }
    String bare = refusal.body().trim();
    return body == null && bare.matches("[a-z][a-z0-9_]*") ? bare : "refused_" + refusal.status();
  }
}
