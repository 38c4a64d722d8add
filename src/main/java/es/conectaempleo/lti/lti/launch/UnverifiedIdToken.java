package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import java.nio.charset.StandardCharsets;
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
    try {
      Base64URL[] parts = signed.getParsedParts();
      JWTClaimsSet claims = JWTClaimsSet.parse(decode(parts[1]));
      return new UnverifiedIdToken(new ParsedJwt(parts, claims), claims);
    } catch (ParseException e) {
      throw new LaunchRejectedException(
          Rejection.TOKEN_MALFORMED, "id_token payload is not a JSON claims set");
    }
  }

  /**
   * The payload as text. Nimbus decodes Base64 in constant time, right for keys but about a tenth of
   * a launch's CPU for a 2 KB payload that is no secret (the browser carried it); the JDK's decoder
   * gives the same bytes. Text the JDK refuses (Nimbus also takes the other alphabet) goes to Nimbus.
   */
  private static String decode(Base64URL payload) {
    try {
      return new String(java.util.Base64.getUrlDecoder().decode(payload.toString()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return payload.decodeToString();
    }
  }

  /**
   * The parsed token with its claims parsed once, above; the signature is still checked over the
   * token's own header and payload text.
   */
  private static final class ParsedJwt extends SignedJWT {
    private static final long serialVersionUID = 1L;
    private final transient JWTClaimsSet claims;

    ParsedJwt(Base64URL[] parts, JWTClaimsSet claims) throws ParseException {
      super(parts[0], parts[1], parts[2]);
      this.claims = claims;
    }

    @Override
    public JWTClaimsSet getJWTClaimsSet() {
      return claims;
    }
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
