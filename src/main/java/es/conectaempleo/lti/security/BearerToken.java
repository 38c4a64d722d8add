package es.conectaempleo.lti.security;

/** Reads the credential of an {@code Authorization: Bearer} header (RFC 6750; the scheme is case-insensitive). */
public final class BearerToken {
  private static final String BEARER = "Bearer ";

  private BearerToken() {}

  /** @return the token, trimmed; {@code null} when the header is absent or of another scheme */
  public static String of(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        ? authorization.substring(BEARER.length()).trim()
        : null;
  }
}
