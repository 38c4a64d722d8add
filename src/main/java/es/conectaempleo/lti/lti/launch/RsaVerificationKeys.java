package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Selects the RS256 verification keys of a platform for a JWS header, as Nimbus's {@code
 * JWSVerificationKeySelector} does (same matcher, same key source), but converts each JWK to a Java
 * public key once rather than on every launch: the conversion decodes the modulus and builds the key,
 * which cost more than the signature check itself. Conversions are remembered by JWK value, so a
 * refetched, changed key set is converted again. Thread-safe.
 */
final class RsaVerificationKeys implements JWSKeySelector<SecurityContext> {
  private static final int MAX_CONVERTED = 256;
  private static final Map<JWK, List<PublicKey>> CONVERTED = new ConcurrentHashMap<>();

  private final JWKSource<SecurityContext> source;

  /** @param source the platform's key set, from its registered JWKS URL only; never {@code null} */
  RsaVerificationKeys(JWKSource<SecurityContext> source) {
    this.source = source;
  }

  @Override
  public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      return List.of();
    }
    JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
    if (matcher == null) {
      return List.of();
    }
    List<PublicKey> keys = new ArrayList<>();
    for (JWK jwk : source.get(new JWKSelector(matcher), context)) {
      keys.addAll(publicKeys(jwk));
    }
    return keys;
  }

  private static List<PublicKey> publicKeys(JWK jwk) {
    List<PublicKey> keys = CONVERTED.get(jwk);
    if (keys == null) {
      // KeyConverter skips a JWK it cannot convert, as the Nimbus selector does.
      keys = KeyConverter.toJavaKeys(List.of(jwk)).stream()
          .filter(PublicKey.class::isInstance)
          .map(PublicKey.class::cast)
          .toList();
      if (CONVERTED.size() >= MAX_CONVERTED) {
        CONVERTED.clear();
      }
      CONVERTED.put(jwk, keys);
    }
    return keys;
  }
}
