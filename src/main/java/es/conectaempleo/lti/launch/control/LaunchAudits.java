package es.conectaempleo.lti.launch.control;

import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes the audit of rejected launches, in a transaction of its own. */
@ApplicationScoped
public class LaunchAudits {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rejected(LaunchAudit.Claimed claimed, LaunchRejectedException rejection, Instant now) {
    em.persist(LaunchAudit.rejected(claimed, rejection.reason().code(), rejection.detail(), now));
  }
}
