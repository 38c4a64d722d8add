package es.conectaempleo.lti.lti.token;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2 bearer access token for the LTI Advantage services of one platform registration.
 * Immutable and thread-safe; {@link #toString()} never shows the token.
 */
public final class ServiceToken {
  private final String value;
  private final Set<String> scopes;
  private final Instant expiresAt;
  private final Instant refreshAt;
  private final ServiceTokens.CacheKey key;

  ServiceToken(
      String value,
      Set<String> scopes,
      Instant expiresAt,
      Instant refreshAt,
      ServiceTokens.CacheKey key) {
    this.value = Objects.requireNonNull(value, "value");
    this.scopes = Set.copyOf(scopes);
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.refreshAt = Objects.requireNonNull(refreshAt, "refreshAt");
    this.key = key;
  }

  /**
   * A token obtained elsewhere (tests, a simulator); {@link ServiceTokens#invalidate} ignores it.
   *
   * @param value the access token; never {@code null}
   * @param scopes the granted scopes; never {@code null}
   * @param expiresAt never {@code null}
   */
  public static ServiceToken bearer(String value, Set<String> scopes, Instant expiresAt) {
    return new ServiceToken(value, scopes, expiresAt, expiresAt, null);
  }

  /** The access token itself. Never log it. */
  public String value() {
    return value;
  }

  /** The {@code Authorization} header value: {@code Bearer <token>}. */
  public String authorization() {
    return "Bearer " + value;
  }

  /** The scopes the platform granted; may be fewer than asked for. */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * @param scope never {@code null}
   * @return whether the platform granted it
   */
  public boolean allows(String scope) {
    return scopes.contains(scope);
  }

  /**
   * When the platform said the token expires (from {@code expires_in}, counted from the request).
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  Instant refreshAt() {
    return refreshAt;
  }

  ServiceTokens.CacheKey key() {
    return key;
  }

  @Override
  public String toString() {
    return "ServiceToken[scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
  }
}
