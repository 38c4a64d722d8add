package es.conectaempleo.lti.lti;

/**
 * Why a login or launch was refused. Each value is a stable reason code shown to the person on the
 * error page, written to the launch audit and checked by one negative test. The HTTP status follows
 * the Security Framework: 401 when the message cannot be authenticated, 400 when it is malformed.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#authentication-response-validation">
 *     Security Framework 1.0 §5.1.3</a>
 */
public enum Rejection {
  /** A required OIDC login parameter ({@code iss}, {@code login_hint}, {@code target_link_uri}) is absent. */
  LOGIN_PARAMETER_MISSING(400),
  /** A login parameter is longer than any LMS sends ({@code LoginInitiation.MAX_LENGTH}). */
  LOGIN_PARAMETER_TOO_LONG(400),
  /** No platform is registered for the issuer and client id. */
  UNKNOWN_PLATFORM(401),
  /** The issuer has several registrations and the request did not say which client id. */
  AMBIGUOUS_PLATFORM(400),
  /** {@code target_link_uri} points outside this tool. */
  TARGET_LINK_URI_FOREIGN(400),
  /** The platform answered the authentication request with an OIDC error instead of a token. */
  PLATFORM_ERROR(400),
  /** The launch POST carries no {@code id_token}. */
  TOKEN_MISSING(400),
  /** The launch POST carries no {@code state}. */
  STATE_MISSING(400),
  /** The {@code id_token} is not a JWT. */
  TOKEN_MALFORMED(400),
  /** Not RS256: unsigned ({@code none}), HMAC or any other algorithm. */
  ALGORITHM_NOT_ALLOWED(401),
  /**
   * The token's header names no {@code kid}: every LMS names the key it signs with (the Security
   * Framework selects the platform's key by it, and the certification suite sends such a token to be
   * refused).
   */
  KEY_ID_MISSING(401),
  /** No key of the platform's JWKS has the token's {@code kid}, even after fetching it again. */
  KEY_UNKNOWN(401),
  /** The platform's JWKS could not be fetched. */
  PLATFORM_KEYS_UNAVAILABLE(401),
  /** The signature does not verify with the platform's key. */
  SIGNATURE_INVALID(401),
  /** {@code iss} is not the registered issuer. */
  ISSUER_MISMATCH(401),
  /** {@code aud} does not name this tool's client id, or {@code azp} is wrong. */
  AUDIENCE_MISMATCH(401),
  /** {@code exp} has passed. */
  TOKEN_EXPIRED(401),
  /** {@code iat} is in the future or too far in the past. */
  ISSUED_AT_INVALID(401),
  /** The {@code state} was never issued by this tool, or has been cleaned up. */
  STATE_UNKNOWN(401),
  /** The {@code state} is older than its lifetime. */
  STATE_EXPIRED(401),
  /** The browser holds login cookies of this tool, but none for this {@code state}. */
  STATE_MISMATCH(401),
  /** The {@code nonce} differs from the one sent with this {@code state}. */
  NONCE_MISMATCH(401),
  /** The {@code state} and its {@code nonce} were already used by an earlier launch. */
  NONCE_REPLAYED(401),
  /** The deployment id is not registered for this platform. */
  DEPLOYMENT_UNKNOWN(401),
  /** The {@code version} claim is not {@code 1.3.0}. */
  VERSION_UNSUPPORTED(400),
  /** The {@code message_type} is not one this tool handles. */
  MESSAGE_TYPE_UNSUPPORTED(400),
  /** A claim the message type requires is absent or empty. */
  CLAIM_MISSING(400),
  /** A claim has the wrong shape. */
  CLAIM_INVALID(400),
  /** The launch token of a follow-up request is missing, forged or expired. */
  SESSION_INVALID(401);

  private final int httpStatus;

  Rejection(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The code people and logs see, e.g. {@code nonce-replayed}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
