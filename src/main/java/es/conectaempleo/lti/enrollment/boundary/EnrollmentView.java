package es.conectaempleo.lti.enrollment.boundary;

import es.conectaempleo.lti.enrollment.entity.Enrollment;
import java.time.Instant;
import java.util.Locale;

/** One enrollment of the registry, as the admin API shows it. */
public record EnrollmentView(
    long id,
    long platformId,
    String subject,
    String learnerName,
    String email,
    String courseCode,
    int attempt,
    String state,
    String contextId,
    String contextTitle,
    String resourceLinkId,
    Instant enrolledAt,
    Instant startedAt,
    Instant completedAt,
    Instant approvedAt,
    Instant lastLaunchAt) {

  static EnrollmentView of(Enrollment e, String courseCode) {
    var learner = e.learner();
    var context = e.context();
    var link = e.resourceLink();
    return new EnrollmentView(
        e.id(),
        e.platformId(),
        learner.subject(),
        learner.displayName(),
        learner.email(),
        courseCode,
        e.attempt(),
        e.state().name().toLowerCase(Locale.ROOT),
        context == null ? null : context.contextId(),
        context == null ? null : context.title(),
        link == null ? null : link.resourceLinkId(),
        e.enrolledAt(),
        e.startedAt(),
        e.completedAt(),
        e.approvedAt(),
        e.lastLaunchAt());
  }
}
