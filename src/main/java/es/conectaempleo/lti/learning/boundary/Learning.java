package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.WriteRaces;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.learning.control.CourseProgress;
import es.conectaempleo.lti.learning.control.ProgressRecorder;
import es.conectaempleo.lti.learning.control.QuizGrading;
import es.conectaempleo.lti.learning.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * What a learner does in a course, for the pages and the JSON API alike. Only learners enrolled in
 * the course record progress; staff see the same content as a preview.
 */
@ApplicationScoped
public class Learning {
  @Inject Catalog catalog;

  @Inject Enrollments enrollments;

  @Inject ProgressRecorder recorder;

  public Outline outline(LaunchSession session, String courseCode) {
    Course course = catalog.findByCode(courseCode).orElseThrow(() -> new NotFoundException("No course " + courseCode));
    Enrollment enrollment =
        session.staff() ? null : enrollments.currentWithLearner(session.learnerId(), course.id()).orElse(null);
    return outline(course, enrollment);
  }

  /**
   * The outline of an attempt the caller holds already (a launch, which has just written it).
   *
   * @param attempt the learner's current attempt at a catalog course; never {@code null}
   */
  public Outline outline(Enrollment attempt) {
    Course course =
        catalog.findById(attempt.courseId()).orElseThrow(() -> new NotFoundException("No course " + attempt.courseId()));
    return outline(course, attempt);
  }

  private Outline outline(Course course, Enrollment enrollment) {
    CourseContent content = catalog.content(course);
    CourseProgress progress =
        enrollment == null ? new CourseProgress(content, List.of(), List.of()) : recorder.progress(enrollment, content);
    return new Outline(content, enrollment, progress);
  }

  public Outline lessonDone(LaunchSession session, long lessonId) {
    Catalog.LessonRef lesson =
        catalog.lesson(lessonId).orElseThrow(() -> new NotFoundException("No lesson " + lessonId));
    Enrollment enrollment = learnerEnrollment(session, lesson.content().course());
    CourseProgress progress =
        WriteRaces.retry(() -> recorder.lessonDone(enrollment, lesson.content(), lessonId));
    return new Outline(lesson.content(), enrollments.current(session.learnerId(), lesson.content().course().id()).orElseThrow(), progress);
  }

  /** A graded submission and the course after it. */
  public record Submission(ProgressRecorder.Recorded recorded, QuizGrading.Grade grade, Outline outline) {}

  /**
   * @param answers question id → chosen option id
   * @throws BadRequestException when a question is unanswered or an option is foreign
   */
  public Submission submitQuiz(LaunchSession session, long quizId, Map<Long, Long> answers) {
    Catalog.QuizRef quiz = catalog.quiz(quizId).orElseThrow(() -> new NotFoundException("No quiz " + quizId));
    Enrollment enrollment = learnerEnrollment(session, quiz.content().course());
    QuizGrading.Grade grade;
    try {
      grade = QuizGrading.grade(quiz.quiz(), answers);
    } catch (QuizGrading.InvalidSubmission e) {
      throw new BadRequestException(e.getMessage());
    }
    ProgressRecorder.Recorded recorded =
        WriteRaces.retry(() -> recorder.quizSubmitted(enrollment, quiz.content(), quizId, grade));
    Enrollment after = enrollments.current(session.learnerId(), quiz.content().course().id()).orElseThrow();
    return new Submission(recorded, grade, new Outline(quiz.content(), after, recorded.progress()));
  }

  /** A stored quiz attempt, graded again for review. */
  public record Review(Catalog.QuizRef quiz, QuizAttempt attempt, QuizGrading.Grade grade, Outline outline) {}

  /**
   * One of the learner's own quiz attempts, for the result page: of the current attempt at the course
   * or an earlier one (the back button after repeating the course leads there), shown with the
   * current attempt's outline.
   */
  public Review review(LaunchSession session, long quizId, long attemptId) {
    Catalog.QuizRef quiz = catalog.quiz(quizId).orElseThrow(() -> new NotFoundException("No quiz " + quizId));
    Enrollment enrollment = learnerEnrollment(session, quiz.content().course());
    QuizAttempt attempt = recorder.attempt(attemptId);
    if (attempt == null || attempt.quizId() != quizId || !ownAttemptAt(session, enrollment, attempt)) {
      throw new NotFoundException("No such attempt");
    }
    QuizGrading.Grade grade;
    try {
      grade = QuizGrading.grade(quiz.quiz(), attempt.chosenOptions());
    } catch (QuizGrading.InvalidSubmission e) {
      throw new IllegalStateException("A stored attempt no longer matches its quiz", e);
    }
    return new Review(quiz, attempt, grade, new Outline(quiz.content(), enrollment, recorder.progress(enrollment, quiz.content())));
  }

  /**
   * Starts a new attempt at a finished course.
   *
   * @throws ClientErrorException 409 when the current attempt is not finished
   */
  public Outline repeat(LaunchSession session, String courseCode) {
    Course course = catalog.findByCode(courseCode).orElseThrow(() -> new NotFoundException("No course " + courseCode));
    // Read again on each try: the try that lost a race with a second click finds the winner's new
    // attempt running, and answers as for any unfinished one.
    WriteRaces.retry(
        () -> {
          Enrollment current = learnerEnrollment(session, course);
          if (!current.isFinished()) {
            throw new ClientErrorException("Finish the course before repeating it", Status.CONFLICT);
          }
          return enrollments.repeat(current.id());
        });
    return outline(session, courseCode);
  }

  /** The attempt belongs to the learner's current or an earlier attempt at the same course. */
  private boolean ownAttemptAt(LaunchSession session, Enrollment current, QuizAttempt attempt) {
    if (attempt.enrollmentId() == current.id()) {
      return true;
    }
    return enrollments.ofLearner(session.learnerId()).stream()
        .anyMatch(e -> e.id() == attempt.enrollmentId() && e.courseId() == current.courseId());
  }

  private Enrollment learnerEnrollment(LaunchSession session, Course course) {
    if (session.staff()) {
      throw new ForbiddenException("Staff preview: progress is recorded only for learners");
    }
    if (!session.learner()) {
      throw new ForbiddenException("Progress is recorded only for the LMS course's learners");
    }
    return enrollments
        .current(session.learnerId(), course.id())
        .orElseThrow(() -> new ForbiddenException("You are not enrolled in this course"));
  }
}
