package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import java.text.ParseException;
import java.util.List;

/**
 * A parsed but not yet trusted id_token. Only its issuer and audience may be read, and only to find
 * the registration whose keys then verify it. Immutable.
 */
public final class UnverifiedIdToken {
  private final SignedJWT jwt;
  private final JWTClaimsSet claims;

  private UnverifiedIdToken(SignedJWT jwt, JWTClaimsSet claims) {
    this.jwt = jwt;
    this.claims = claims;
  }

  /**
   * Parses a compact JWS and refuses every algorithm but RS256 before any key is looked up: an
   * unsigned token ({@code alg: none}), an HMAC one (which would make the platform's public key a
   * shared secret) and anything else.
   *
   * @param idToken the {@code id_token} form field; never {@code null}
   * @throws LaunchRejectedException {@link Rejection#TOKEN_MALFORMED} or {@link
   *     Rejection#ALGORITHM_NOT_ALLOWED}
   */
  public static UnverifiedIdToken parse(String idToken) throws LaunchRejectedException {
    JWT parsed;
    try {
      parsed = JWTParser.parse(idToken);
    } catch (ParseException e) {
      throw new LaunchRejectedException(Rejection.TOKEN_MALFORMED, "id_token is not a valid JWT");
    }
    if (!(parsed instanceof SignedJWT signed)) {
      throw new LaunchRejectedException(
          Rejection.ALGORITHM_NOT_ALLOWED,
          "id_token is not signed (alg " + parsed.getHeader().getAlgorithm() + ")");
    }
    if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
      throw new LaunchRejectedException(
          Rejection.ALGORITHM_NOT_ALLOWED,
          "id_token algorithm " + signed.getHeader().getAlgorithm() + " is not RS256");
    }
    JWTClaimsSet claims;
    try {
      claims = signed.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new LaunchRejectedException(
          Rejection.TOKEN_MALFORMED, "id_token payload is not a JSON claims set");
    }
    return new UnverifiedIdToken(signed, claims);
  }

  SignedJWT jwt() {
    return jwt;
  }

  /** The claimed issuer; may be {@code null}. */
  public String issuer() {
    return claims.getIssuer();
  }

  /** The claimed audiences; never {@code null}, may be empty. */
  public List<String> audiences() {
    return claims.getAudience();
  }

  /** The claimed {@code azp}; may be {@code null}. */
  public String authorizedParty() {
    Object azp = claims.getClaim("azp");
    return azp instanceof String value ? value : null;
  }

  /** The claimed deployment id, for the audit of a rejected launch; may be {@code null}. */
  public String claimedDeploymentId() {
    Object value = claims.getClaim(LtiClaims.DEPLOYMENT_ID);
    return value instanceof String s ? s : null;
  }

  /** The claimed subject, for the audit of a rejected launch; may be {@code null}. */
  public String claimedSubject() {
    return claims.getSubject();
  }

  /** The claimed message type, for the audit of a rejected launch; may be {@code null}. */
  public String claimedMessageType() {
    Object value = claims.getClaim(LtiClaims.MESSAGE_TYPE);
    return value instanceof String s ? s : null;
  }
}
