package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.catalog.entity.CourseModule;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.learning.control.CourseProgress;
import es.conectaempleo.lti.learning.control.QuizGrading;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the learning API (records at the wire only). */
public final class LearningJson {
  private LearningJson() {}

  /** A course outline with the caller's progress. {@code enrollment} is null for staff previews. */
  public record CourseOutline(
      String code, String title, int hours, int passMark, EnrollmentJson enrollment, List<ModuleJson> modules) {

    static CourseOutline of(Outline outline, Locale language) {
      var course = outline.content().course();
      return new CourseOutline(
          course.code(),
          course.title(language),
          course.nominalHours(),
          course.passMark(),
          EnrollmentJson.of(outline.enrollment()),
          outline.content().modules().stream().map(m -> ModuleJson.of(m, outline.progress(), language)).toList());
    }
  }

  /** The caller's current attempt. */
  public record EnrollmentJson(
      int attempt,
      String state,
      BigDecimal courseScore,
      int lessonsDone,
      int quizzesDone,
      int minutesDone,
      Instant enrolledAt,
      Instant startedAt,
      Instant completedAt,
      Instant approvedAt) {

    static EnrollmentJson of(Enrollment e) {
      if (e == null) {
        return null;
      }
      return new EnrollmentJson(
          e.attempt(),
          e.state().name().toLowerCase(Locale.ROOT),
          e.courseScore(),
          e.lessonsDone(),
          e.quizzesDone(),
          e.minutesDone(),
          e.enrolledAt(),
          e.startedAt(),
          e.completedAt(),
          e.approvedAt());
    }
  }

  public record ModuleJson(long id, String title, List<LessonJson> lessons, QuizJson quiz) {
    static ModuleJson of(CourseModule module, CourseProgress progress, Locale language) {
      boolean en = "en".equals(language.getLanguage());
      return new ModuleJson(
          module.id(),
          en ? module.titleEn() : module.titleEs(),
          module.lessons().stream().map(l -> LessonJson.of(l, progress, en)).toList(),
          module.quiz() == null ? null : QuizJson.of(module.quiz(), progress, en));
    }
  }

  public record LessonJson(long id, String title, int minutes, boolean done) {
    static LessonJson of(Lesson lesson, CourseProgress progress, boolean en) {
      return new LessonJson(
          lesson.id(), en ? lesson.titleEn() : lesson.titleEs(), lesson.nominalMinutes(), progress.isDone(lesson));
    }
  }

  public record QuizJson(long id, String title, int questions, int attempts, BigDecimal bestScore) {
    static QuizJson of(Quiz quiz, CourseProgress progress, boolean en) {
      return new QuizJson(
          quiz.id(), en ? quiz.titleEn() : quiz.titleEs(), quiz.questions().size(), progress.attempts(quiz), progress.bestScore(quiz));
    }
  }

  /** A lesson's text (Spanish) for a content player. */
  public record LessonContent(long id, String courseCode, String title, int minutes, String body, boolean done) {}

  /** A quiz to answer: questions and options, never which option is right. */
  public record QuizContent(long id, String courseCode, String title, List<QuestionJson> questions) {}

  public record QuestionJson(long id, String prompt, List<OptionJson> options) {}

  public record OptionJson(long id, String text) {}

  /** A submission: {@code answers} maps question ids to chosen option ids. */
  public record QuizSubmission(java.util.Map<Long, Long> answers) {}

  /** The graded attempt, what each answer was, and the course after it. */
  public record AttemptResult(
      long attemptId,
      int attemptNo,
      int correct,
      int total,
      BigDecimal score,
      List<AnswerJson> answers,
      EnrollmentJson enrollment) {}

  public record AnswerJson(long questionId, long chosenOptionId, long correctOptionId, boolean correct, String explanation) {
    static AnswerJson of(QuizGrading.Answer answer) {
      return new AnswerJson(
          answer.question().id(),
          answer.chosenOptionId(),
          answer.correctOptionId(),
          answer.isCorrect(),
          answer.question().explanationEs());
    }
  }
}
