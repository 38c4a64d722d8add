package es.conectaempleo.lti.keys.control;

import es.conectaempleo.lti.keys.entity.KeyState;
import es.conectaempleo.lti.keys.entity.ToolKey;
import es.conectaempleo.lti.keys.entity.ToolSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps one active and one next key, and rotates them: next becomes active, active is retired (or
 * revoked), a new next is generated. If two nodes start at once on an empty database both may generate keys;
 * that is harmless, because every non-retired key is published and the newest active one signs.
 */
@ApplicationScoped
@Transactional
public class KeyRotation {
  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Creates the active and next keys if they are missing (first start). */
  public void ensureKeys() {
    if (keys(KeyState.ACTIVE).isEmpty()) {
      List<ToolKey> next = keys(KeyState.NEXT);
      ToolKey key = next.isEmpty() ? persist(ToolKey.generate(clock.instant())) : next.get(0);
      key.activate(clock.instant());
      LOG.info(() -> "Tool key " + key.kid() + " is active");
    }
    if (keys(KeyState.NEXT).isEmpty()) {
      ToolKey next = persist(ToolKey.generate(clock.instant()));
      LOG.info(() -> "Tool key " + next.kid() + " is published as the next key");
    }
  }

  /**
   * Retires the active keys (or revokes them), activates the next one and publishes a new next key.
   *
   * @param revoke the active keys may have leaked: withdraw them at once instead of leaving them
   *     published for a while
   */
  public void rotate(boolean revoke) {
    ensureKeys();
    keys(KeyState.ACTIVE).forEach(key -> {
      if (revoke) {
        key.revoke(clock.instant());
      } else {
        key.retire(clock.instant());
      }
    });
    ToolKey promoted = keys(KeyState.NEXT).get(0);
    promoted.activate(clock.instant());
    persist(ToolKey.generate(clock.instant()));
    LOG.info(() -> "Tool keys rotated; " + promoted.kid() + " signs now");
  }

  /** Generates and stores a named secret; fails if another node stored it first. */
  public void createSecret(String name) {
    em.persist(ToolSecret.generate(name, clock.instant()));
    em.flush();
  }

  private List<ToolKey> keys(KeyState state) {
    return em.createNamedQuery(ToolKey.FIND_BY_STATE, ToolKey.class)
        .setParameter("state", state)
        .getResultList();
  }

  private ToolKey persist(ToolKey key) {
    em.persist(key);
    return key;
  }
}
