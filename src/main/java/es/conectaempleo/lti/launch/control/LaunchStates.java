package es.conectaempleo.lti.launch.control;

import static es.conectaempleo.lti.InstantConverter.utc;

import es.conectaempleo.lti.Database;
import es.conectaempleo.lti.launch.entity.LaunchState;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Issues and consumes login states. Consuming is one conditional UPDATE, so of two launches that
 * present the same state exactly one wins, on any number of nodes.
 */
@ApplicationScoped
public class LaunchStates {
  /** Long enough for a slow LMS login page, short enough to bound replays. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  /** Consumed and expired rows are kept this long so a replayed nonce is named as such. */
  static final Duration RETENTION = Duration.ofHours(1);

  /**
   * One generator per request thread: the JDK's default (NativePRNG) serialises every caller of the
   * process on one lock, on which concurrent logins queued. DRBG (NIST SP 800-90A, seeded from the
   * system's entropy) keeps its state per instance.
   */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(LaunchStates::newGenerator);

  private static final String INSERT =
      "INSERT INTO launch_state (state, nonce, platform_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  /**
   * Stores a fresh state and nonce in one autocommitted INSERT; call it outside a transaction. The
   * row is the login's only write, so a JTA transaction around it bought nothing and cost three more
   * statements (autocommit off, COMMIT, autocommit on) and most of the login's CPU (transaction
   * manager, EclipseLink unit of work and commit).
   */
  public LaunchState issue(long platformId, Instant now) {
    var state = new LaunchState(random(), random(), platformId, now, LIFETIME);
    try (Connection connection = database.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, state.state());
      insert.setString(2, state.nonce());
      insert.setLong(3, platformId);
      insert.setObject(4, utc(now));
      insert.setObject(5, utc(state.expiresAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("The login state could not be stored", e);
    }
    return state;
  }

  /**
   * Marks the state used if it is unused, unexpired and was issued with this nonce to this platform.
   *
   * @throws LaunchRejectedException why it cannot be used
   */
  @Transactional(value = Transactional.TxType.MANDATORY, rollbackOn = LaunchRejectedException.class)
  public void consume(String state, String nonce, long platformId, Instant now)
      throws LaunchRejectedException {
    int updated =
        em.createNativeQuery(
                "UPDATE launch_state SET consumed_at = ?1 WHERE state = ?2 AND nonce = ?3"
                    + " AND platform_id = ?4 AND consumed_at IS NULL AND expires_at > ?1")
            .setParameter(1, utc(now))
            .setParameter(2, state)
            .setParameter(3, nonce)
            .setParameter(4, platformId)
            .executeUpdate();
    if (updated != 1) {
      throw whyUnusable(state, nonce, platformId, now);
    }
  }

  /** Deletes states that can no longer matter. */
  @Transactional
  public int purge(Instant now) {
    return em.createNativeQuery("DELETE FROM launch_state WHERE expires_at < ?1")
        .setParameter(1, utc(now.minus(RETENTION)))
        .executeUpdate();
  }

  private LaunchRejectedException whyUnusable(String state, String nonce, long platformId, Instant now) {
    LaunchState stored = em.find(LaunchState.class, state);
    LaunchState byNonce =
        em.createNamedQuery(LaunchState.FIND_BY_NONCE, LaunchState.class)
            .setParameter("nonce", nonce)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (byNonce != null && byNonce.isConsumed()) {
      return new LaunchRejectedException(Rejection.NONCE_REPLAYED, "this launch was already used");
    }
    if (stored == null) {
      return new LaunchRejectedException(
          Rejection.STATE_UNKNOWN, "state was not issued by this tool (or is long expired)");
    }
    if (stored.isConsumed()) {
      return new LaunchRejectedException(Rejection.NONCE_REPLAYED, "state was already used");
    }
    if (stored.platformId() != platformId) {
      return new LaunchRejectedException(
          Rejection.STATE_MISMATCH, "state was issued for another platform");
    }
    if (!stored.nonce().equals(nonce)) {
      return new LaunchRejectedException(
          Rejection.NONCE_MISMATCH, "nonce differs from the one sent at login");
    }
    if (stored.isExpired(now)) {
      return new LaunchRejectedException(Rejection.STATE_EXPIRED, "login took too long; try again");
    }
    return new LaunchRejectedException(Rejection.STATE_UNKNOWN, "state could not be used");
  }

  private static SecureRandom newGenerator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (java.security.NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.get().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
