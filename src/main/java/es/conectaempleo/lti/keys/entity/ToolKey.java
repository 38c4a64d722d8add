package es.conectaempleo.lti.keys.entity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An RSA key pair of the tool. Lifecycle: created {@link KeyState#NEXT}, {@link #activate
 * activated} when the previous active key is {@link #retire retired}. The public half is stored as a
 * JWK with {@code kid}, {@code alg} and {@code use} (Canvas refuses JWKs without them); the private
 * half as PKCS#8.
 */
@Entity
@Table(name = "tool_key")
@NamedQuery(
    name = ToolKey.FIND_BY_STATE,
    query = "SELECT k FROM ToolKey k WHERE k.state = :state ORDER BY k.id DESC")
@NamedQuery(
    name = ToolKey.FIND_PUBLISHED,
    query =
        "SELECT k FROM ToolKey k WHERE k.state IN :inUse OR (k.state = :retired AND k.retiredAt > :retiredSince)"
            + " ORDER BY k.id")
public class ToolKey {
  public static final String FIND_BY_STATE = "ToolKey.findByState";
  public static final String FIND_PUBLISHED = "ToolKey.findPublished";

  /** 2048 bits is what LTI platforms expect and what the spec's examples use. */
  private static final int KEY_SIZE = 2048;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String kid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KeyState state;

  @Column(name = "public_jwk", nullable = false, updatable = false)
  private String publicJwk;

  @Column(name = "private_key", nullable = false, updatable = false)
  private String privateKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Transient private RSAKey signingKey;

  protected ToolKey() {}

  /** Generates a new key pair in state {@link KeyState#NEXT}. */
  public static ToolKey generate(Instant now) {
    try {
      RSAKey pair =
          new RSAKeyGenerator(KEY_SIZE)
              .keyID(UUID.randomUUID().toString())
              .algorithm(JWSAlgorithm.RS256)
              .keyUse(KeyUse.SIGNATURE)
              .generate();
      var key = new ToolKey();
      key.kid = pair.getKeyID();
      key.state = KeyState.NEXT;
      key.publicJwk = pair.toPublicJWK().toJSONString();
      key.privateKey = Base64.getEncoder().encodeToString(pair.toPrivateKey().getEncoded());
      key.createdAt = now;
      return key;
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  public void activate(Instant now) {
    state = KeyState.ACTIVE;
    activatedAt = now;
  }

  public void retire(Instant now) {
    state = KeyState.RETIRED;
    retiredAt = now;
  }

  /** Withdraws the key at once: it may have leaked. */
  public void revoke(Instant now) {
    state = KeyState.REVOKED;
    retiredAt = now;
  }

  public String kid() {
    return kid;
  }

  public KeyState state() {
    return state;
  }

  /** The public JWK, as published. */
  public RSAKey publicKey() {
    try {
      return RSAKey.parse(publicJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("Stored public key " + kid + " is not a JWK", e);
    }
  }

  /** The key pair, to sign with; its JWK carries {@code kid} so signed headers can name it. */
  public RSAKey signingKey() {
    if (signingKey == null) {
      try {
        var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey));
        var priv = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
        signingKey = new RSAKey.Builder(publicKey()).privateKey(priv).build();
      } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
        throw new IllegalStateException("Stored private key " + kid + " cannot be read", e);
      }
    }
    return signingKey;
  }
}
