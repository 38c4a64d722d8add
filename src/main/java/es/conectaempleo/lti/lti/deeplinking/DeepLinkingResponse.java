package es.conectaempleo.lti.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The signed {@code LtiDeepLinkingResponse} message: issued by the tool as its client id, for the
 * platform (its issuer), naming the deployment, carrying the chosen items and the request's {@code
 * data} unchanged. An empty item list tells the platform the instructor cancelled.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">DL 2.0 §4.5</a>
 */
public final class DeepLinkingResponse {
  public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
  static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  static final String MESSAGE = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";

  /** Long enough for a slow browser to post it, short enough that a copy is soon worthless. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  static final Duration ISSUED_EARLIER = Duration.ofSeconds(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private DeepLinkingResponse() {}

  /**
   * @param key the tool's active signing key, with its {@code kid}
   * @param clientId the tool's client id at the platform ({@code iss})
   * @param platformIssuer the platform's issuer ({@code aud})
   * @param deploymentId the deployment of the request
   * @param items what the instructor chose; empty to cancel
   * @param data the request's {@code data}; may be {@code null}
   * @param message a message the platform may show; may be {@code null}
   * @return the compact JWT for the form field {@code JWT}
   */
  public static String sign(
      RSAKey key,
      String clientId,
      String platformIssuer,
      String deploymentId,
      List<ResourceLinkItem> items,
      String data,
      String message,
      Instant now) {
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .audience(platformIssuer)
            // Moodle checks iat with no leeway: from a tool whose clock runs a second ahead, "now" is
            // not valid yet there (as for client assertions).
            .issueTime(Date.from(now.minus(ISSUED_EARLIER)))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("nonce", nonce())
            .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
            .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE)
            .claim(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
            .claim(CONTENT_ITEMS, items.stream().map(ResourceLinkItem::toJson).toList());
    if (data != null) {
      claims.claim(DATA, data);
    }
    if (message != null) {
      claims.claim(MESSAGE, message);
    }
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("The tool's key could not sign the deep-linking response", e);
    }
    return jwt.serialize();
  }

  private static String nonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
