package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Verifies an id_token in the order the Security Framework gives (§5.1.3): signature, issuer,
 * audience and authorized party, expiry, issue time, nonce presence. Each step is one method and one
 * {@link Rejection}. Thread-safe: it holds only its two durations.
 *
 * <p>The {@code nonce} is only required here; whether it matches the login's and was never used is
 * the caller's check, because that needs the stored state.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#authentication-response-validation">
 *     Security Framework 1.0 §5.1.3</a>
 */
public final class IdTokenVerifier {
  private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "aud", "exp", "iat", "nonce");

  private final Duration maxClockSkew;
  private final Duration maxTokenAge;

  /**
   * @param maxClockSkew tolerance on {@code exp} and {@code iat} (Moodle tokens live only 60 s, so
   *     keep this small); never {@code null}
   * @param maxTokenAge the oldest {@code iat} accepted; it bounds how long nonces must be
   *     remembered; never {@code null}
   */
  public IdTokenVerifier(Duration maxClockSkew, Duration maxTokenAge) {
    this.maxClockSkew = maxClockSkew;
    this.maxTokenAge = maxTokenAge;
  }

  /**
   * @param token the parsed token, already known to be RS256; never {@code null}
   * @param platform the registration the token claims to come from; never {@code null}
   * @param platformKeys the keys published at the registration's JWKS URL; never {@code null}
   * @param now the verification time; never {@code null}
   * @return the verified message, whose LTI claims are not checked yet; never {@code null}
   * @throws LaunchRejectedException the first step that fails
   */
  public LaunchMessage verify(
      UnverifiedIdToken token,
      PlatformConfig platform,
      JWKSource<SecurityContext> platformKeys,
      Instant now)
      throws LaunchRejectedException {
    JWTClaimsSet claims = verifySignature(token, platformKeys);
    requireClaims(claims);
    verifyIssuer(claims, platform);
    verifyAudience(claims, platform);
    verifyExpiry(claims, now);
    verifyIssuedAt(claims, now);
    return new LaunchMessage(claims);
  }

  private static JWTClaimsSet verifySignature(
      UnverifiedIdToken token, JWKSource<SecurityContext> platformKeys)
      throws LaunchRejectedException {
    String keyId = token.jwt().getHeader().getKeyID();
    if (keyId == null || keyId.isBlank()) {
      // Without a kid any key of the platform's set would be tried: a platform names the key it signs with.
      throw new LaunchRejectedException(Rejection.KEY_ID_MISSING, "the id_token header names no kid");
    }
    var processor = new DefaultJWTProcessor<SecurityContext>();
    // Only keys from the registered JWKS URL: jku, x5u and embedded jwk headers are never followed.
    processor.setJWSKeySelector(new RsaVerificationKeys(platformKeys));
    processor.setJWTClaimsSetVerifier(null);
    try {
      return processor.process(token.jwt(), null);
    } catch (BadJWSException e) {
      throw new LaunchRejectedException(
          Rejection.SIGNATURE_INVALID, "id_token signature does not verify with the platform's key");
    } catch (BadJOSEException e) {
      throw unknownKey(token);
    } catch (RateLimitReachedException e) {
      throw unknownKey(token);
    } catch (KeySourceException e) {
      throw new LaunchRejectedException(
          Rejection.PLATFORM_KEYS_UNAVAILABLE, "the platform's public keys could not be fetched");
    } catch (JOSEException e) {
      throw new LaunchRejectedException(
          Rejection.SIGNATURE_INVALID, "id_token signature could not be checked");
    }
  }

  private static LaunchRejectedException unknownKey(UnverifiedIdToken token) {
    return new LaunchRejectedException(
        Rejection.KEY_UNKNOWN,
        "the platform's key set has no key " + token.jwt().getHeader().getKeyID());
  }

  private static void requireClaims(JWTClaimsSet claims) throws LaunchRejectedException {
    check(
        new ClaimsCheck(null, null, REQUIRED_CLAIMS),
        claims,
        Rejection.CLAIM_MISSING,
        "id_token lacks one of " + REQUIRED_CLAIMS);
  }

  private static void verifyIssuer(JWTClaimsSet claims, PlatformConfig platform)
      throws LaunchRejectedException {
    check(
        new ClaimsCheck(null, new JWTClaimsSet.Builder().issuer(platform.issuer()).build(), Set.of()),
        claims,
        Rejection.ISSUER_MISMATCH,
        "iss is not the registered issuer");
  }

  /**
   * {@code aud} names our client id and no one else (the tool trusts no other audience, §5.1.3 step
   * 3: a token also meant for another party could have been replayed by it); with several audiences,
   * or whenever {@code azp} is present, {@code azp} must be our client id.
   */
  private static void verifyAudience(JWTClaimsSet claims, PlatformConfig platform)
      throws LaunchRejectedException {
    check(
        new ClaimsCheck(Set.of(platform.clientId()), null, Set.of()),
        claims,
        Rejection.AUDIENCE_MISMATCH,
        "aud does not name this tool's client id");
    List<String> audiences = claims.getAudience();
    if (audiences.stream().anyMatch(audience -> !platform.clientId().equals(audience))) {
      throw new LaunchRejectedException(
          Rejection.AUDIENCE_MISMATCH, "aud names audiences this tool does not trust");
    }
    Object azp = claims.getClaim("azp");
    if ((audiences.size() > 1 || azp != null) && !platform.clientId().equals(azp)) {
      throw new LaunchRejectedException(
          Rejection.AUDIENCE_MISMATCH, "azp must be this tool's client id");
    }
  }

  private void verifyExpiry(JWTClaimsSet claims, Instant now) throws LaunchRejectedException {
    var verifier =
        new DefaultJWTClaimsVerifier<SecurityContext>(null, null) {
          @Override
          protected Date currentTime() {
            return Date.from(now);
          }
        };
    verifier.setMaxClockSkew((int) maxClockSkew.toSeconds());
    try {
      verifier.verify(claims, null);
    } catch (BadJWTException e) {
      throw new LaunchRejectedException(
          Rejection.TOKEN_EXPIRED, "id_token has expired (or its nbf is in the future)");
    }
  }

  private void verifyIssuedAt(JWTClaimsSet claims, Instant now) throws LaunchRejectedException {
    Date issuedAt = claims.getIssueTime();
    Instant iat = issuedAt.toInstant();
    if (iat.isAfter(now.plus(maxClockSkew))) {
      throw new LaunchRejectedException(Rejection.ISSUED_AT_INVALID, "iat is in the future");
    }
    if (iat.isBefore(now.minus(maxTokenAge))) {
      throw new LaunchRejectedException(Rejection.ISSUED_AT_INVALID, "iat is too old");
    }
  }

  /**
   * Nimbus's claims verifier with its clock switched off. Otherwise every step would also check
   * {@code exp} and {@code nbf} against the machine's time (60 s skew), so an expired token would
   * fail an earlier step with the wrong reason. Times are checked against the given {@code now}, in
   * {@link #verifyExpiry} and {@link #verifyIssuedAt} only.
   */
  private static final class ClaimsCheck extends DefaultJWTClaimsVerifier<SecurityContext> {
    ClaimsCheck(Set<String> audience, JWTClaimsSet exactMatch, Set<String> required) {
      super(audience, exactMatch, required, null);
    }

    @Override
    protected Date currentTime() {
      return null;
    }
  }

  private static void check(
      DefaultJWTClaimsVerifier<SecurityContext> verifier,
      JWTClaimsSet claims,
      Rejection reason,
      String detail)
      throws LaunchRejectedException {
    try {
      verifier.verify(claims, null);
    } catch (BadJWTException e) {
      throw new LaunchRejectedException(reason, detail);
    }
  }
}
