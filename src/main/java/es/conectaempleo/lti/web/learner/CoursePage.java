package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.Learner;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** {@code GET /learn/courses/{code}}: a course of the catalog and where the learner stands in it. */
@Path("learn/courses/{code}")
public class CoursePage {
  @Inject LaunchTokens tokens;
  @Inject Catalog catalog;
  @Inject Enrollments enrollments;
  @Inject Pages pages;
  @Inject Clock clock;

  @GET
  public Response show(@PathParam("code") String code, @QueryParam("lt") String token)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    Course course = catalog.findByCode(code).orElseThrow(NotFoundException::new);
    Language language = Language.fromTag(session.language());
    String state =
        session.staff()
            ? null
            : enrollments
                .current(session.learnerId(), course.id())
                .map(Enrollment::state)
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .orElse(null);
    String name = enrollments.learner(session.learnerId()).map(Learner::displayName).orElse(null);
    var view =
        new CourseView(
            tokens.issue(session.forCourse(code, clock.instant(), tokens.lifetime())),
            course.code(),
            course.title(language.locale()),
            course.summary(language.locale()),
            course.nominalHours(),
            course.level(),
            course.passMark(),
            state,
            session.staff(),
            name);
    return pages.page("learner/course.jte", Map.of("t", Texts.of(language), "view", view));
  }
}
