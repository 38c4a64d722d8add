package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import java.time.Duration;
import java.time.Instant;

/**
 * Who is working after an accepted launch, carried by every follow-up request in a signed launch
 * token (never a cookie: inside an LMS iframe third-party cookies are often blocked). Immutable.
 *
 * @param learnerId the person (an instructor too), key of the registry's learner
 * @param contextKey the LMS course launched from; may be {@code null}
 * @param resourceLinkKey the placement launched from; may be {@code null}
 * @param grading how the LMS grades that placement, kept for a course the learner picks from the
 *     catalog after the launch
 * @param courseCode the catalog course opened; {@code null} until one is chosen
 * @param staff instructor, content developer or administrator of the LMS course
 * @param learner a learner of the LMS course, not staff: the only people who enroll (an observer,
 *     a mentor or a guest looks at the courses without enrolling)
 * @param language {@code es} or {@code en}
 * @param launchedAt when the LMS launched the tool; renewals keep it, so a session ends a fixed
 *     time after the launch however often its pages renew the token
 */
public record LaunchSession(
    long learnerId,
    long platformId,
    long deploymentKey,
    Long contextKey,
    Long resourceLinkKey,
    LinkGrading grading,
    String courseCode,
    boolean staff,
    boolean learner,
    String language,
    Instant launchedAt,
    Instant expiresAt) {

  /** The same session with another course and a fresh lifetime. */
  public LaunchSession forCourse(String code, Instant now, Duration lifetime) {
    return new LaunchSession(
        learnerId, platformId, deploymentKey, contextKey, resourceLinkKey, grading, code, staff, learner, language,
        launchedAt, now.plus(lifetime));
  }

  /** The same session with a fresh lifetime. */
  public LaunchSession renewed(Instant now, Duration lifetime) {
    return forCourse(courseCode, now, lifetime);
  }
}
