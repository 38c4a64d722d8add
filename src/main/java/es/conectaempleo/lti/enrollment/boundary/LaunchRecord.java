package es.conectaempleo.lti.enrollment.boundary;

import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.Learner;

/**
 * The registry rows a launch touched. The learner and the attempt are the entities as the launch's
 * transaction wrote them (detached once it commits), so the course page shown in the launch answer
 * does not read back what the launch has just written.
 *
 * @param learner never {@code null}
 * @param contextKey may be {@code null}
 * @param resourceLinkKey may be {@code null}
 * @param courseId the course the launch opens: the one it named, else the one its resource link
 *     opened before; {@code null} when neither
 * @param enrolled the current attempt at that course, and whether it moved to this launch's link;
 *     {@code null} when nobody was enrolled (staff, or no course yet)
 */
public record LaunchRecord(Learner learner, Long contextKey, Long resourceLinkKey, Long courseId, Enrolled enrolled) {

  public long learnerId() {
    return learner.id();
  }

  /** The current attempt; {@code null} when nobody was enrolled. */
  public Enrollment enrollment() {
    return enrolled == null ? null : enrolled.enrollment();
  }

  /** Whether an attempt begun earlier now counts from this launch's resource link. */
  public boolean attemptMoved() {
    return enrolled != null && enrolled.moved();
  }
}
