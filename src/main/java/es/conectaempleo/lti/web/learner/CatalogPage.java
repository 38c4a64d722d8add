package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.launch.boundary.CatalogPick;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /learn/catalog}: every course of the program, for a launch that named none. Learners pick
 * one to enroll (as many as they like); staff preview them.
 */
@Path("learn/catalog")
public class CatalogPage {
  @Inject LaunchTokens tokens;
  @Inject Catalog catalog;
  @Inject Enrollments enrollments;
  @Inject CatalogPick pick;
  @Inject Pages pages;
  @Inject ToolUrls urls;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @GET
  public Response show(@QueryParam("lt") String token, @QueryParam("unknown") String unknownCode)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    Language language = Language.fromTag(session.language());
    Map<Long, String> states = new HashMap<>();
    if (session.learner()) {
      for (Enrollment enrollment : enrollments.ofLearner(session.learnerId())) {
        states.putIfAbsent(enrollment.courseId(), enrollment.state().name().toLowerCase(Locale.ROOT));
      }
    }
    var entries =
        catalog.courses().stream()
            .map(
                course ->
                    new CatalogView.Entry(
                        course.code(),
                        course.title(language.locale()),
                        course.summary(language.locale()),
                        course.nominalHours(),
                        course.level(),
                        states.get(course.id())))
            .toList();
    String renewed = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    var view = new CatalogView(renewed, session.staff(), session.learner(), unknownCode, entries);
    return pages.page("learner/catalog.jte", Map.of("t", Texts.of(language), "view", view));
  }

  /** Enrolls the learner in the chosen course (idempotent) and opens it. */
  @POST
  @Path("enrollments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enroll(@FormParam("lt") String token, @FormParam("course") String code)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    Course course = catalog.findByCode(code).orElseThrow(NotFoundException::new);
    if (session.learner()) { // staff and visitors look at the course without enrolling
      pick.enroll(session, course.id());
    }
    String renewed = tokens.issue(session.forCourse(course.code(), clock.instant(), tokens.lifetime()));
    URI next = UriBuilder.fromPath("/learn/courses/").path(course.code()).queryParam("lt", renewed).build();
    return Response.seeOther(URI.create(urls.base(uriInfo) + next)).build();
  }
}
