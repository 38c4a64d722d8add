package es.conectaempleo.lti.launch.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;

/**
 * Compact JWS with HMAC-SHA256 over the tool's launch-token secret: the launch tokens and the
 * deep-linking tickets. Each kind names an audience of its own, checked by its owner, so that one
 * never passes as the other. Thread-safe.
 */
final class HmacTokens {
  private final MACSigner signer;
  private final MACVerifier verifier;

  /** @throws IllegalStateException when the secret is shorter than 256 bits */
  HmacTokens(byte[] secret) {
    try {
      signer = new MACSigner(secret);
      verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException("The launch-token secret is shorter than 256 bits", e);
    }
  }

  String sign(JWTClaimsSet claims) {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HMAC signing failed", e);
    }
    return jwt.serialize();
  }

  /** The claims of a token signed here with HS256; empty when garbled, forged or of another algorithm. */
  Optional<JWTClaimsSet> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      return Optional.of(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
