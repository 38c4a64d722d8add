package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.learning.boundary.Learning;
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
 * {@code /learn/lessons/{id}}: a lesson to read and mark as done. The form works without scripts;
 * with them, the page marks the lesson through the learning API.
 */
@Path("learn/lessons/{id}")
public class LessonPage {
  @Inject LaunchTokens tokens;
  @Inject Learning learning;
  @Inject Catalog catalog;
  @Inject Pages pages;
  @Inject ToolUrls urls;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @GET
  public Response show(@PathParam("id") long id, @QueryParam("lt") String token) throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    var ref = catalog.lesson(id).orElseThrow(NotFoundException::new);
    var outline = learning.outline(session, ref.content().course().code());
    var language = Language.fromTag(session.language());
    boolean en = language == Language.EN;
    var steps = new CourseSteps(ref.content());
    String path = "/learn/lessons/" + id;
    var lesson = ref.lesson();
    var view =
        new LessonView(
            tokens.issue(session.forCourse(ref.content().course().code(), clock.instant(), tokens.lifetime())),
            ref.content().course().code(),
            ref.content().course().title(language.locale()),
            id,
            en ? lesson.titleEn() : lesson.titleEs(),
            LessonText.parse(lesson.bodyEs()),
            lesson.nominalMinutes(),
            outline.progress().isDone(lesson),
            session.staff(),
            session.learner(),
            steps.previous(path),
            steps.next(path));
    return pages.page("learner/lesson.jte", Map.of("t", Texts.of(language), "view", view));
  }

  /** Marks the lesson done and goes on to the next step of the course. */
  @POST
  @Path("done")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response done(@PathParam("id") long id, @FormParam("lt") String token) throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    var outline = learning.lessonDone(session, id);
    String next = new CourseSteps(outline.content()).next("/learn/lessons/" + id);
    String renewed = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    return Response.seeOther(URI.create(urls.base(uriInfo) + next + "?lt=" + renewed)).build();
  }
}
