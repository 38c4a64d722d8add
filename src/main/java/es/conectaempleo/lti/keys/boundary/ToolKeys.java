package es.conectaempleo.lti.keys.boundary;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import es.conectaempleo.lti.keys.control.KeyRotation;
import es.conectaempleo.lti.keys.entity.KeyState;
import es.conectaempleo.lti.keys.entity.ToolKey;
import es.conectaempleo.lti.keys.entity.ToolSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The tool's key material for the rest of the application: the public key set, the key that signs,
 * the launch-token secret. Keys are re-read from the database every {@link #REFRESH}, so a rotation
 * made on one node reaches the others.
 */
@ApplicationScoped
public class ToolKeys {
  static final String LAUNCH_TOKEN_SECRET = "launch-token";
  private static final Duration REFRESH = Duration.ofMinutes(1);

  /**
   * How long a retired key stays in the key set: longer than anything that may still carry its
   * {@code kid} or have the old set cached — a client assertion (5 minutes), another node's keys
   * (re-read every {@link #REFRESH}), the key set's HTTP cache lifetime (5 minutes).
   */
  static final Duration RETIRED_PUBLISHED = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  @Inject KeyRotation rotation;

  @Inject Clock clock;

  private record Snapshot(JWKSet publicKeys, RSAKey signingKey, long readAtNanos) {}

  private volatile Snapshot snapshot;
  private volatile byte[] launchTokenSecret;

  /**
   * The next and active public keys and those retired in the last {@link #RETIRED_PUBLISHED}, as
   * published at {@code /.well-known/jwks.json}.
   */
  public JWKSet publicKeySet() {
    return current().publicKeys();
  }

  /** The newest active key pair; its {@code kid} goes into every JWS header the tool signs. */
  public RSAKey signingKey() {
    return current().signingKey();
  }

  /** The 256-bit HMAC secret of launch tokens, shared by all nodes. */
  public byte[] launchTokenSecret() {
    byte[] secret = launchTokenSecret;
    if (secret == null) {
      secret = readOrCreateSecret(LAUNCH_TOKEN_SECRET);
      launchTokenSecret = secret;
    }
    return secret;
  }

  /**
   * Rotates now and publishes the result at once on this node.
   *
   * @param revoke withdraw the active key at once (it may have leaked) instead of retiring it
   */
  public void rotate(boolean revoke) {
    rotation.rotate(revoke);
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || System.nanoTime() - s.readAtNanos() > REFRESH.toNanos()) {
      s = read();
      snapshot = s;
    }
    return s;
  }

  private Snapshot read() {
    List<ToolKey> published =
        em.createNamedQuery(ToolKey.FIND_PUBLISHED, ToolKey.class)
            .setParameter("inUse", List.of(KeyState.NEXT, KeyState.ACTIVE))
            .setParameter("retired", KeyState.RETIRED)
            .setParameter("retiredSince", clock.instant().minus(RETIRED_PUBLISHED))
            .getResultList();
    List<JWK> publicKeys = published.stream().map(k -> (JWK) k.publicKey()).toList();
    RSAKey signing =
        published.stream()
            .filter(k -> k.state() == KeyState.ACTIVE)
            .reduce((first, second) -> second)
            .map(ToolKey::signingKey)
            .orElseThrow(() -> new IllegalStateException("The tool has no active key"));
    return new Snapshot(new JWKSet(publicKeys), signing, System.nanoTime());
  }

  private byte[] readOrCreateSecret(String name) {
    ToolSecret secret = em.find(ToolSecret.class, name);
    if (secret != null) {
      return secret.bytes();
    }
    try {
      rotation.createSecret(name);
    } catch (RuntimeException raceWithAnotherNode) {
      // Another node created it first; the row it committed is the one every node uses.
    }
    return em.find(ToolSecret.class, name).bytes();
  }
}
