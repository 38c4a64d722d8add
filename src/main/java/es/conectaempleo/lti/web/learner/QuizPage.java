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
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /learn/quizzes/{id}}: a module's quiz, its submission (retries allowed, the best attempt
 * counts) and the result of each attempt.
 */
@Path("learn/quizzes/{id}")
public class QuizPage {
  /** Form fields of the answers: {@code q<question id>} = option id. */
  private static final String ANSWER_PREFIX = "q";

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
    return quizPage(session, id, null, 200);
  }

  @POST
  @Path("attempts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> form) throws LaunchRejectedException {
    LaunchSession session = tokens.verify(form.getFirst("lt"));
    Map<Long, Long> answers = new HashMap<>();
    try {
      form.forEach((name, values) -> {
        if (name.startsWith(ANSWER_PREFIX) && !values.isEmpty()) {
          answers.put(Long.parseLong(name.substring(ANSWER_PREFIX.length())), Long.parseLong(values.get(0)));
        }
      });
    } catch (NumberFormatException e) {
      throw new BadRequestException("Answers are not option ids");
    }
    Learning.Submission submission;
    try {
      submission = learning.submitQuiz(session, id, answers);
    } catch (BadRequestException e) {
      // Unanswered questions: show the quiz again with a message, as a form would.
      return quizPage(session, id, e.getMessage(), 400);
    }
    String renewed = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    long attemptId = submission.recorded().attempt().id();
    return Response.seeOther(
            URI.create(urls.base(uriInfo) + "/learn/quizzes/" + id + "/attempts/" + attemptId + "?lt=" + renewed))
        .build();
  }

  @GET
  @Path("attempts/{attemptId}")
  public Response result(
      @PathParam("id") long id, @PathParam("attemptId") long attemptId, @QueryParam("lt") String token)
      throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    var review = learning.review(session, id, attemptId);
    var language = Language.fromTag(session.language());
    var content = review.quiz().content();
    var enrollment = review.outline().enrollment();
    var view =
        new AttemptView(
            tokens.issue(session.forCourse(content.course().code(), clock.instant(), tokens.lifetime())),
            content.course().code(),
            content.course().title(language.locale()),
            id,
            language == Language.EN ? review.quiz().quiz().titleEn() : review.quiz().quiz().titleEs(),
            review.attempt().attemptNo(),
            review.grade().correct(),
            review.grade().total(),
            review.grade().score(),
            review.grade().answers(),
            enrollment.state().name().toLowerCase(Locale.ROOT),
            enrollment.courseScore(),
            content.course().passMark(),
            new CourseSteps(content).next("/learn/quizzes/" + id));
    return pages.page("learner/attempt.jte", Map.of("t", Texts.of(language), "view", view));
  }

  private Response quizPage(LaunchSession session, long id, String error, int status) {
    var ref = catalog.quiz(id).orElseThrow(NotFoundException::new);
    var outline = learning.outline(session, ref.content().course().code());
    var language = Language.fromTag(session.language());
    var quiz = ref.quiz();
    var view =
        new QuizView(
            tokens.issue(session.forCourse(ref.content().course().code(), clock.instant(), tokens.lifetime())),
            ref.content().course().code(),
            ref.content().course().title(language.locale()),
            id,
            language == Language.EN ? quiz.titleEn() : quiz.titleEs(),
            quiz.questions(),
            outline.progress().attempts(quiz),
            outline.progress().bestScore(quiz),
            session.staff(),
            session.learner(),
            error);
    return pages.page(status, "learner/quiz.jte", Map.of("t", Texts.of(language), "view", view));
  }
}
