package es.conectaempleo.lti.launch.control;

import es.conectaempleo.lti.InstantConverter;
import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;

/** Writes the audit of rejected launches, in a transaction of its own, and deletes old audits. */
@ApplicationScoped
public class LaunchAudits {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rejected(LaunchAudit.Claimed claimed, LaunchRejectedException rejection, Instant now) {
    em.persist(LaunchAudit.rejected(claimed, rejection.reason().code(), rejection.detail(), now));
  }

  /**
   * Deletes one batch of the audits written before the cutoff, in a transaction of its own.
   *
   * @return how many rows were deleted; 0 when none older are left
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeBatch(Instant cutoff, int size) {
    LocalDateTime before = InstantConverter.utc(cutoff);
    Object end = em.createNativeQuery(LaunchAudit.oldestBatchEnd(size)).setParameter(1, before).getSingleResult();
    if (end == null) {
      return 0;
    }
    return em.createNativeQuery(LaunchAudit.DELETE_UP_TO)
        .setParameter(1, ((Number) end).longValue())
        .setParameter(2, before)
        .executeUpdate();
  }
}
