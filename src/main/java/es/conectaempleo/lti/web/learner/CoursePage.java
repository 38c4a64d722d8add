package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import es.conectaempleo.lti.enrollment.entity.Learner;
import es.conectaempleo.lti.launch.boundary.CourseLanding;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.learning.boundary.Learning;
import es.conectaempleo.lti.learning.boundary.Outline;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * {@code /learn/courses/{code}}: the course outline and where the learner stands in it. A launch for
 * a course is answered with this page directly ({@link CourseLanding}); the page names its own GET
 * URL, which its script puts in the address bar, so a reload reads the page again instead of
 * posting the spent id_token once more. One instance serves every request, as {@code
 * LoginResource} explains.
 */
@ApplicationScoped
@Path("learn/courses/{code}")
public class CoursePage implements CourseLanding {
  @Inject LaunchTokens tokens;
  @Inject Learning learning;
  @Inject Enrollments enrollments;
  @Inject Pages pages;
  @Inject ToolUrls urls;
  @Inject Clock clock;

  @GET
  public Response get(@PathParam("code") String code, @QueryParam("lt") String token)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    var outline = learning.outline(session, code);
    // A learner's attempt comes with its learner (one query); staff have no attempt.
    String name =
        outline.enrollment() != null
            ? outline.enrollment().learner().displayName()
            : enrollments.learner(session.learnerId()).map(Learner::displayName).orElse(null);
    return page(session, code, outline, name);
  }

  /**
   * The launch's own answer: the attempt the launch has just written is not read back. A launch
   * that enrolled nobody (staff, or a role that is neither) reads the page as a GET would.
   */
  @Override
  public Response show(LaunchSession session, String code, LaunchRecord registered) {
    var outline =
        registered.enrollment() != null
            ? learning.outline(registered.enrollment())
            : learning.outline(session, code);
    return page(session, code, outline, registered.learner().displayName());
  }

  private Response page(LaunchSession session, String code, Outline outline, String name) {
    Language language = Language.fromTag(session.language());
    var view =
        new CourseView(
            tokens.issue(session.forCourse(code, clock.instant(), tokens.lifetime())),
            outline,
            language.locale(),
            session.staff(),
            session.learner(),
            name);
    return pages.page("learner/course.jte", Map.of("t", Texts.of(language), "view", view));
  }

  /** Starts a new attempt at a finished course, then shows it. */
  @POST
  @Path("attempts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response repeat(
      @PathParam("code") String code, @FormParam("lt") String token, @Context UriInfo uriInfo)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    try {
      learning.repeat(session, code);
    } catch (ClientErrorException e) {
      // The page offers the button only for a finished course: a 409 here is a second click, or
      // another tab, that found the new attempt already running. Show it, not an error.
      if (e.getResponse().getStatus() != Response.Status.CONFLICT.getStatusCode()) {
        throw e;
      }
    }
    String renewed = tokens.issue(session.forCourse(code, clock.instant(), tokens.lifetime()));
    return Response.seeOther(URI.create(urls.base(uriInfo) + "/learn/courses/" + code + "?lt=" + renewed)).build();
  }
}
