package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The learning API, used by the course pages and open to any content player or mobile client:
 * every call carries the launch token as {@code Authorization: Bearer}, checked by {@link
 * LearnerTokenFilter} before the call's body is read.
 */
@Path("api/learning")
@LearnerApi
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {
  @Inject LearnerCall call;
  @Inject Learning learning;
  @Inject Catalog catalog;
  @Inject LaunchTokens tokens;
  @Inject Clock clock;

  /** A renewed launch token and when it ends. */
  public record RenewedSession(String token, Instant expiresAt) {}

  /**
   * Renews the call's launch token. The pages' script calls it while a page stays open, so a learner
   * who spends longer than a token's lifetime on one lesson or quiz does not lose the answers to an
   * expired session on submit; the session still ends {@code CONECTA_SESSION_MAX_HOURS} after the launch.
   */
  @POST
  @Path("session")
  public RenewedSession renew() {
    LaunchSession renewed = call.session().renewed(clock.instant(), tokens.lifetime());
    return new RenewedSession(tokens.issue(renewed), renewed.expiresAt());
  }

  @GET
  @Path("courses/{code}")
  public LearningJson.CourseOutline course(
      @PathParam("code") String code) {
    LaunchSession session = call.session();
    return LearningJson.CourseOutline.of(learning.outline(session, code), language(session));
  }

  @POST
  @Path("courses/{code}/attempts")
  public Response repeat(
      @PathParam("code") String code) {
    LaunchSession session = call.session();
    var outline = learning.repeat(session, code);
    return Response.status(Response.Status.CREATED)
        .entity(LearningJson.CourseOutline.of(outline, language(session)))
        .build();
  }

  @GET
  @Path("lessons/{id}")
  public LearningJson.LessonContent lesson(
      @PathParam("id") long id) {
    LaunchSession session = call.session();
    var ref = catalog.lesson(id).orElseThrow(() -> new NotFoundException("No lesson " + id));
    var outline = learning.outline(session, ref.content().course().code());
    boolean en = language(session).getLanguage().equals("en");
    var lesson = ref.lesson();
    return new LearningJson.LessonContent(
        lesson.id(),
        ref.content().course().code(),
        en ? lesson.titleEn() : lesson.titleEs(),
        lesson.nominalMinutes(),
        lesson.bodyEs(),
        outline.progress().isDone(lesson));
  }

  @POST
  @Path("lessons/{id}/done")
  public LearningJson.CourseOutline lessonDone(
      @PathParam("id") long id) {
    LaunchSession session = call.session();
    return LearningJson.CourseOutline.of(learning.lessonDone(session, id), language(session));
  }

  @GET
  @Path("quizzes/{id}")
  public LearningJson.QuizContent quiz(
      @PathParam("id") long id) {
    LaunchSession session = call.session();
    var ref = catalog.quiz(id).orElseThrow(() -> new NotFoundException("No quiz " + id));
    boolean en = language(session).getLanguage().equals("en");
    var questions =
        ref.quiz().questions().stream()
            .map(
                q ->
                    new LearningJson.QuestionJson(
                        q.id(),
                        q.promptEs(),
                        q.options().stream().map(o -> new LearningJson.OptionJson(o.id(), o.textEs())).toList()))
            .toList();
    return new LearningJson.QuizContent(
        id, ref.content().course().code(), en ? ref.quiz().titleEn() : ref.quiz().titleEs(), questions);
  }

  @POST
  @Path("quizzes/{id}/attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @PathParam("id") long id,
      @Valid @NotNull LearningJson.QuizSubmission submission) {
    LaunchSession session = call.session();
    if (submission.answers() == null) {
      throw new jakarta.ws.rs.BadRequestException("answers are missing");
    }
    var result = learning.submitQuiz(session, id, submission.answers());
    var attempt = result.recorded().attempt();
    var body =
        new LearningJson.AttemptResult(
            attempt.id(),
            attempt.attemptNo(),
            attempt.correct(),
            attempt.total(),
            attempt.score(),
            result.grade().answers().stream().map(LearningJson.AnswerJson::of).toList(),
            LearningJson.EnrollmentJson.of(result.outline().enrollment()));
    return Response.status(Response.Status.CREATED).entity(body).build();
  }

  private static Locale language(LaunchSession session) {
    return Language.fromTag(session.language()).locale();
  }
}
