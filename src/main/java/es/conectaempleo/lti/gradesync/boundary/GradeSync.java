package es.conectaempleo.lti.gradesync.boundary;

import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import es.conectaempleo.lti.gradesync.control.ScoreOutbox;
import es.conectaempleo.lti.gradesync.control.ScoreQueued;
import es.conectaempleo.lti.gradesync.entity.ScoreOutboxEntry;
import es.conectaempleo.lti.lti.ags.AgsEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Intake of grade sync, called inside the transactions of launches and learning activity, so that
 * what the LMS must learn is written together with what caused it; and the delivery state for the
 * instructor page. Delivery itself runs in the background ({@code OutboxDispatcher}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GradeSync {
  /** Every score the tool sends is out of this; a column asked for elsewhere (Deep Linking) too. */
  public static final int SCORE_MAXIMUM = es.conectaempleo.lti.gradesync.control.ScoreRules.SCORE_MAXIMUM;

  /** The tag of the gradebook columns the tool creates or asks for, by which it finds them again. */
  public static final String COLUMN_TAG = es.conectaempleo.lti.gradesync.control.LineItemResolution.TAG;

  @Inject ScoreOutbox outbox;

  @Inject Event<ScoreQueued> queued;

  @Inject Clock clock;

  /**
   * A launch through a placement carried the AGS claim: remember where its line items live, and for
   * which catalog course (its title and code label a line item the tool creates). Called in the
   * launch's transaction; writes nothing when nothing changed. The line item itself is resolved
   * later, by the dispatcher, not in the launch request.
   *
   * @param courseId the catalog course the placement opens; may be {@code null} when not known yet
   * @param endpoint the claim; never {@code null}
   */
  public void recordEndpoint(long resourceLinkKey, long platformId, Long courseId, AgsEndpoint endpoint) {
    outbox.recordEndpoint(
        resourceLinkKey,
        platformId,
        courseId,
        endpoint.lineItems(),
        endpoint.lineItem(),
        endpoint.scopes(),
        clock.instant());
  }

  /**
   * A learner's attempt changed; queue what the gradebook should show, if the placement has AGS.
   * The score is written in the caller's transaction; the dispatcher wakes when it commits.
   */
  public void progressChanged(GradeEvent event) {
    if (outbox.enqueue(event, clock.instant())) {
      queued.fire(new ScoreQueued(event.enrollmentId()));
    }
  }

  /**
   * An attempt begun earlier now counts from another resource link: the learner came back through
   * a link that grades it better (a Canvas assignment after the course menu, a graded Moodle
   * activity added later), or picked the course again there. That link's gradebook learns at once
   * how far the learner got; otherwise it stayed empty until the learner's next activity, and for a
   * finished course there may be none. Called after the launch recorded the link's grade service.
   */
  public void attemptMoved(Enrollment enrollment) {
    if (enrollment.state() != EnrollmentState.ENROLLED) {
      progressChanged(GradeEvent.of(enrollment, clock.instant()));
    }
  }

  /**
   * The newest delivery of each of these enrollments that has one (enrollments whose placement has
   * no AGS have none).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Delivery> deliveries(Collection<Long> enrollmentIds) {
    Map<Long, Delivery> result = new HashMap<>();
    if (enrollmentIds.isEmpty()) {
      return result;
    }
    outbox.newestOf(enrollmentIds).forEach((id, entry) -> result.put(id, delivery(entry)));
    return result;
  }

  /**
   * Queues a failed delivery again, at once.
   *
   * @param enrollmentIds the enrollments the caller may act on; the entry must belong to one
   * @return whether an entry was queued again
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean retry(long outboxId, Collection<Long> enrollmentIds) {
    var stream = outbox.streamOf(outboxId);
    boolean requeued =
        stream.isPresent() && outbox.requeue(stream.get(), outboxId, enrollmentIds, clock.instant());
    if (requeued) {
      queued.fire(new ScoreQueued(0));
    }
    return requeued;
  }

  private static Delivery delivery(ScoreOutboxEntry e) {
    return new Delivery(
        e.enrollmentId(),
        e.id(),
        e.status(),
        e.scoreGiven(),
        e.attempts(),
        e.lastAttemptAt(),
        e.lastHttpStatus(),
        e.lastError(),
        e.deliveredAt());
  }
}
