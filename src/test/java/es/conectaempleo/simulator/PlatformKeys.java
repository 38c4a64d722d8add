package es.conectaempleo.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A platform's signing keys: the key it signs with, the keys its JWKS publishes (the two differ
 * during a rotation, or when a test signs with a key nobody published), and how often the JWKS was
 * fetched. Thread-safe.
 */
public final class PlatformKeys {
  private final Supplier<String> keyIds;
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  private final AtomicInteger jwksFetches = new AtomicInteger();
  private volatile RSAKey signingKey;

  PlatformKeys(Supplier<String> keyIds) {
    this.keyIds = keyIds;
    this.signingKey = generate(keyIds.get());
    published.add(signingKey);
  }

  /** The key the next token is signed with. */
  public RSAKey signingKey() {
    return signingKey;
  }

  /** The public key set the JWKS endpoint serves: {@code kty, kid, alg, use, n, e} per key. */
  public JWKSet publicJwks() {
    return new JWKSet(new ArrayList<>(published)).toPublicJWKSet();
  }

  /** How many times the JWKS endpoint was requested. */
  public int jwksFetches() {
    return jwksFetches.get();
  }

  void countFetch() {
    jwksFetches.incrementAndGet();
  }

  /**
   * Publishes a new key and signs with it from now on, as Canvas's rolling keys do.
   *
   * @param keepOld whether the previous keys stay published (tokens in flight still verify)
   * @return the new key
   */
  public RSAKey rotate(boolean keepOld) {
    RSAKey next = generate(keyIds.get());
    if (!keepOld) {
      published.clear();
    }
    published.add(next);
    signingKey = next;
    return next;
  }

  static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  /**
   * Signs a payload as the tampering says: normally RS256 with the signing key and its {@code kid}.
   *
   * @param payloadJson the claims as JSON; never {@code null}
   */
  String sign(String payloadJson, Tampering tampering) {
    Payload payload = new Payload(payloadJson);
    try {
      return switch (tampering.signature()) {
        case PLATFORM_KEY -> rs256(payload, signingKey, tampering);
        case UNPUBLISHED_KEY -> rs256(payload, generate(signingKey.getKeyID()), tampering);
        case CORRUPTED -> corrupt(rs256(payload, signingKey, tampering));
        case NONE -> new PlainObject(new PlainHeader(), payload).serialize();
        case HMAC_WITH_PUBLIC_KEY -> hs256WithPublicKey(payload, tampering);
      };
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing failed", e);
    }
  }

  private static String rs256(Payload payload, RSAKey key, Tampering tampering) throws JOSEException {
    var header = header(JWSAlgorithm.RS256, key.getKeyID(), tampering);
    var jws = new JWSObject(header, payload);
    jws.sign(new RSASSASigner(key));
    return jws.serialize();
  }

  /**
   * The algorithm-confusion attack: the platform's public key, as the PEM text a verifier might
   * load, used as an HMAC secret.
   */
  private String hs256WithPublicKey(Payload payload, Tampering tampering) throws JOSEException {
    byte[] der = signingKey.toRSAPublicKey().getEncoded();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
            + "\n-----END PUBLIC KEY-----\n";
    var jws = new JWSObject(header(JWSAlgorithm.HS256, signingKey.getKeyID(), tampering), payload);
    jws.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
    return jws.serialize();
  }

  private static JWSHeader header(JWSAlgorithm alg, String kid, Tampering tampering) {
    var builder = new JWSHeader.Builder(alg).keyID(kid);
    for (Map.Entry<String, Object> edit : tampering.headerEdits().entrySet()) {
      switch (edit.getKey()) {
        case "kid" -> builder.keyID((String) edit.getValue());
        case "typ" ->
            builder.type(edit.getValue() == null ? null : new com.nimbusds.jose.JOSEObjectType((String) edit.getValue()));
        default -> builder.customParam(edit.getKey(), edit.getValue());
      }
    }
    return builder.build();
  }

  /** Flips one bit in the middle of the signature, so the token still parses. */
  private static String corrupt(String compact) {
    int dot = compact.lastIndexOf('.');
    byte[] signature = new Base64URL(compact.substring(dot + 1)).decode();
    signature[signature.length / 2] ^= 0x01;
    return compact.substring(0, dot + 1) + Base64URL.encode(signature);
  }
}
