package es.conectaempleo.lti.gradesync.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import es.conectaempleo.lti.lti.ags.AgsEndpoint;

/**
 * Intake of grade sync, called inside the transactions of launches and learning activity, so that
 * what the LMS must learn is written together with what caused it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GradeSync {

  /**
   * A launch through a placement carried the AGS claim: remember where its line items live, and for
   * which catalog course (its title and code label a line item the tool creates). Called in the
   * launch's transaction; must stay cheap when nothing changed.
   *
   * @param courseId the catalog course the placement opens; may be {@code null} when not known yet
   * @param endpoint the claim; never {@code null}
   */
  public void recordEndpoint(long resourceLinkKey, long platformId, Long courseId, AgsEndpoint endpoint) {
    // Implemented with the outbox (issue 3).
  }

  /** A learner's attempt changed; queue what the gradebook should show, if the placement has AGS. */
  public void progressChanged(GradeEvent event) {
    // Implemented with the outbox (issue 3).
  }

  /**
   * The newest delivery of each of these enrollments that has one (enrollments whose placement has
   * no AGS have none).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Map<Long, Delivery> deliveries(java.util.Collection<Long> enrollmentIds) {
    return java.util.Map.of(); // Implemented with the outbox (issue 3).
  }

  /**
   * Queues a failed delivery again, at once.
   *
   * @param enrollmentIds the enrollments the caller may act on; the entry must belong to one
   * @return whether an entry was queued again
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean retry(long outboxId, java.util.Collection<Long> enrollmentIds) {
    return false; // Implemented with the outbox (issue 3).
  }
}
