package es.conectaempleo.lti.lti.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ServiceHttp;
import es.conectaempleo.lti.lti.ToolFaultException;
import es.conectaempleo.lti.lti.claims.ServiceMediaTypes;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Access tokens for the LTI Advantage services: the OAuth 2 client-credentials grant, the tool
 * authenticating with a JWT signed by its own key ({@code private_key_jwt}). Thread-safe.
 *
 * <p>Tokens are cached per (issuer, client id, token URL, set of scopes asked for) until {@link
 * #EXPIRY_MARGIN} before {@code expires_in} runs out (at most half the lifetime): Canvas throttles
 * tools that fetch a token per call, and a key without the client id mixes registrations that share
 * an issuer. Concurrent callers for the same key wait for one request instead of sending fifty. A
 * token the platform refuses (401) is dropped with {@link #invalidate}, so the next {@link #token}
 * call fetches a new one; refreshing once and then giving up is the caller's policy.
 *
 * <p>The client assertion: header {@code alg=RS256} and the key's {@code kid} (Moodle requires it);
 * {@code iss} = {@code sub} = client id; {@code aud} = the token URL exactly as registered (Canvas
 * refuses a trailing slash it was not given); a fresh random {@code jti}; {@code iat} {@link
 * #ISSUED_EARLIER} before now, for platforms that allow no clock skew; {@code exp} {@link
 * #ASSERTION_LIFETIME} after now.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">
 *     Security Framework 1.0 §4.1.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3</a>
 */
public final class ServiceTokens {
  /** How long before {@code expires_in} runs out a cached token is replaced. */
  public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

  /** How long a client assertion is valid: long enough for clock skew, short against replay. */
  public static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

  /**
   * How far in the past a client assertion says it was issued. Moodle checks {@code iat} with no
   * leeway (php-jwt): from a tool whose clock runs a second ahead of Moodle's, an assertion issued
   * "now" is "not yet valid" and the token request fails with 400.
   */
  public static final Duration ISSUED_EARLIER = Duration.ofSeconds(5);

  /** The lifetime assumed when a platform leaves out {@code expires_in}; a 401 corrects it. */
  public static final Duration LIFETIME_WHEN_UNKNOWN = Duration.ofMinutes(5);

  private final ConcurrentMap<CacheKey, CompletableFuture<ServiceToken>> tokens =
      new ConcurrentHashMap<>();
  private final ServiceHttp http;

  /**
   * @param http the shared transport, whose clock also times the tokens; never {@code null}
   */
  public ServiceTokens(ServiceHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * A token for the scopes: the cached one while fresh, else one new token request shared by every
   * concurrent caller with the same platform and scope set.
   *
   * @param platform the registration: issuer, client id and token URL; never {@code null}
   * @param signingKey the tool's current RSA key, with private part and {@code kid}; never {@code
   *     null}
   * @param scopes the scopes to ask for, in any order; never {@code null} or empty
   * @return a token; its {@link ServiceToken#scopes()} are those granted, possibly fewer; never
   *     {@code null}
   * @throws ServiceCallException the token endpoint refused (e.g. 400 {@code invalid_scope}, 401
   *     {@code invalid_client}), failed, or answered something that is not a bearer token
   * @throws ToolFaultException the key cannot sign
   */
  public ServiceToken token(PlatformConfig platform, RSAKey signingKey, Set<String> scopes)
      throws ServiceCallException {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("No scope asked for");
    }
    CacheKey key = CacheKey.of(platform, scopes);
    while (true) {
      CompletableFuture<ServiceToken> current = tokens.get(key);
      if (current != null) {
        if (!current.isDone()) {
          return await(current, key);
        }
        // A failed flight may still be seen here for an instant after its leader removed it.
        ServiceToken cached = current.isCompletedExceptionally() ? null : current.getNow(null);
        if (cached != null && http.clock().instant().isBefore(cached.refreshAt())) {
          return cached;
        }
      }
      var mine = new CompletableFuture<ServiceToken>();
      boolean claimed =
          current == null
              ? tokens.putIfAbsent(key, mine) == null
              : tokens.replace(key, current, mine);
      if (claimed) {
        return fetchInto(mine, key, platform, signingKey);
      }
    }
  }

  /**
   * Forgets a token the platform refused (401), unless a newer one has replaced it already; so
   * fifty calls failing with the same token lead to one new token, not fifty.
   *
   * @param refused never {@code null}
   */
  public void invalidate(ServiceToken refused) {
    if (refused.key() == null) {
      return;
    }
    tokens.computeIfPresent(
        refused.key(),
        (key, future) ->
            future.isDone()
                    && !future.isCompletedExceptionally()
                    && future.getNow(null).value().equals(refused.value())
                ? null
                : future);
  }

  private ServiceToken fetchInto(
      CompletableFuture<ServiceToken> mine,
      CacheKey key,
      PlatformConfig platform,
      RSAKey signingKey)
      throws ServiceCallException {
    try {
      ServiceToken token = fetch(key, platform, signingKey);
      mine.complete(token);
      return token;
    } catch (ServiceCallException | RuntimeException | Error e) {
      // Waiting callers share this failure; the next call after it tries again.
      tokens.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static ServiceToken await(CompletableFuture<ServiceToken> inFlight, CacheKey key)
      throws ServiceCallException {
    try {
      return inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceCallException(
          ServiceFailure.connection("POST", URI.create(key.tokenUrl()), "interrupted"), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ServiceCallException failed) {
        throw new ServiceCallException(failed.failure(), failed);
      }
      if (cause instanceof ToolFaultException fault) {
        throw new ToolFaultException(fault.getMessage(), fault);
      }
      throw new IllegalStateException("Access token request failed", cause);
    }
  }

  private ServiceToken fetch(CacheKey key, PlatformConfig platform, RSAKey signingKey)
      throws ServiceCallException {
    Instant sentAt = http.clock().instant();
    URI tokenUrl = platform.accessTokenUrl();
    var request =
        new TokenRequest(
            tokenUrl,
            clientAssertion(platform, signingKey, sentAt),
            new ClientCredentialsGrant(),
            new Scope(key.scopes().toArray(String[]::new)));
    String form = request.toHTTPRequest().getBody();
    ServiceHttp.Response response =
        http.post(tokenUrl, ServiceMediaTypes.FORM, form, ServiceMediaTypes.JSON, null);
    AccessToken accessToken;
    try {
      // Parsed from the body alone: a platform's Content-Type is not trusted to say JSON.
      accessToken =
          AccessTokenResponse.parse(JSONObjectUtils.parse(response.body()))
              .getTokens()
              .getAccessToken();
    } catch (ParseException e) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              "POST",
              tokenUrl,
              response.status(),
              null,
              "not a bearer token response: " + e.getMessage()),
          e);
    }
    if (!AccessTokenType.BEARER.equals(accessToken.getType())) {
      // LTI services take bearer tokens only; a DPoP token would need proofs we do not send.
      throw new ServiceCallException(
          ServiceFailure.malformed(
              "POST", tokenUrl, response.status(), null, "token_type is not Bearer"));
    }
    Duration lifetime =
        accessToken.getLifetime() > 0
            ? Duration.ofSeconds(accessToken.getLifetime())
            : LIFETIME_WHEN_UNKNOWN;
    Duration margin =
        EXPIRY_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? EXPIRY_MARGIN : lifetime.dividedBy(2);
    Set<String> granted =
        accessToken.getScope() == null
            ? key.scopes()
            : Set.copyOf(accessToken.getScope().toStringList());
    Instant expiresAt = sentAt.plus(lifetime);
    return new ServiceToken(
        accessToken.getValue(), granted, expiresAt, expiresAt.minus(margin), key);
  }

  /**
   * The signed client assertion.
   *
   * @throws ToolFaultException the key has no private part or no {@code kid}, or cannot sign
   */
  static PrivateKeyJWT clientAssertion(PlatformConfig platform, RSAKey signingKey, Instant now) {
    if (!signingKey.isPrivate()) {
      throw new ToolFaultException("The tool's signing key has no private part");
    }
    if (signingKey.getKeyID() == null || signingKey.getKeyID().isBlank()) {
      // Moodle: "kid must be provided in JWT header".
      throw new ToolFaultException("The tool's signing key has no kid");
    }
    var claims =
        new JWTAuthenticationClaimsSet(
            new ClientID(platform.clientId()),
            List.of(new Audience(platform.accessTokenUrl().toString())),
            Date.from(now.plus(ASSERTION_LIFETIME)),
            null,
            Date.from(now.minus(ISSUED_EARLIER)),
            new JWTID());
    try {
      PrivateKey privateKey = signingKey.toPrivateKey();
      return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, privateKey, signingKey.getKeyID(), null);
    } catch (JOSEException e) {
      throw new ToolFaultException("The client assertion could not be signed", e);
    }
  }

  /** What a cached token is for. The scopes are a set: their order never splits the cache. */
  record CacheKey(String issuer, String clientId, String tokenUrl, Set<String> scopes) {
    static CacheKey of(PlatformConfig platform, Set<String> scopes) {
      return new CacheKey(
          platform.issuer(),
          platform.clientId(),
          platform.accessTokenUrl().toString(),
          Collections.unmodifiableSet(new TreeSet<>(scopes)));
    }
  }
}
