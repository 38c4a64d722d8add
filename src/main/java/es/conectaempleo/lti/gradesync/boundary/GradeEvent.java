package es.conectaempleo.lti.gradesync.boundary;

import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change in a learner's course attempt that the LMS gradebook should reflect. Immutable.
 *
 * @param resourceLinkKey the placement the attempt was last launched from; {@code null} when none
 * @param userId the learner's LTI {@code sub} on that platform
 * @param state the attempt's state after the change
 * @param courseScore 0-100; {@code null} before the first quiz
 * @param occurredAt when the learner did it
 */
public record GradeEvent(
    long enrollmentId,
    long platformId,
    Long resourceLinkKey,
    String userId,
    EnrollmentState state,
    BigDecimal courseScore,
    Instant occurredAt) {

  /** The attempt as it stands, from the resource link it now counts from. */
  public static GradeEvent of(Enrollment enrollment, Instant occurredAt) {
    return new GradeEvent(
        enrollment.id(),
        enrollment.platformId(),
        enrollment.resourceLink() == null ? null : enrollment.resourceLink().id(),
        enrollment.learner().subject(),
        enrollment.state(),
        enrollment.courseScore(),
        occurredAt);
  }
}
