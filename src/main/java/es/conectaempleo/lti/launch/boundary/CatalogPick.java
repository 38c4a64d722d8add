package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.enrollment.boundary.Enrolled;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.gradesync.boundary.GradeSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one transaction of a course picked from the catalog after a launch: enroll the learner from
 * the launch's placement, and tell that link's gradebook of an attempt that moved there.
 */
@ApplicationScoped
public class CatalogPick {
  @Inject Enrollments enrollments;

  @Inject GradeSync gradeSync;

  @Transactional
  public void enroll(LaunchSession session, long courseId) {
    Enrolled enrolled =
        enrollments.enroll(
            session.learnerId(),
            courseId,
            session.deploymentKey(),
            session.contextKey(),
            session.resourceLinkKey(),
            session.grading());
    if (enrolled.moved()) {
      gradeSync.attemptMoved(enrolled.enrollment());
    }
  }
}
