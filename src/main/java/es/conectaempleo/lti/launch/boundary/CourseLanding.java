package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import jakarta.ws.rs.core.Response;

/**
 * Shows a course in the answer to the launch POST itself. A redirect to the course page would cost
 * the learner one more round trip inside the LMS iframe, and the tool one more request per launch.
 * The learner pages implement it; it is declared here so the launch does not depend on them.
 */
public interface CourseLanding {

  /**
   * The course page of an accepted launch, with a launch token for the course.
   *
   * @param session the launch's session; never {@code null}
   * @param courseCode a catalog course code; never {@code null}
   * @param registered what the launch wrote: the learner, and their attempt at that course unless
   *     they are staff; never {@code null}
   */
  Response show(LaunchSession session, String courseCode, LaunchRecord registered);
}
