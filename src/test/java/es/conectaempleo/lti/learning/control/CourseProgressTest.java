package es.conectaempleo.lti.learning.control;

import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.course;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.lesson;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.module;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.option;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.question;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import es.conectaempleo.lti.enrollment.boundary.Progress;
import es.conectaempleo.lti.learning.entity.LessonProgress;
import es.conectaempleo.lti.learning.entity.QuizAttempt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of a course attempt: the best attempt of each quiz counts, an unattempted quiz
 * counts 0 in the mean; complete needs every lesson and every quiz; approved needs complete and a
 * score at or above the pass mark.
 */
class CourseProgressTest {
  private static final long ENROLLMENT = 900L;
  private static final Instant NOW = Instant.parse("2025-03-10T09:15:00Z");

  /** Pass mark 70; module 1: lessons 101 (10 min), 102 (20 min), quiz 51; module 2: lesson 103 (15 min), quiz 52. */
  private static final class Excel {
    final Lesson l1 = lesson(101L, 10);
    final Lesson l2 = lesson(102L, 20);
    final Lesson l3 = lesson(103L, 15);
    final Quiz q1 = quiz(51L, question(1L, option(11L, true), option(12L, false)));
    final Quiz q2 = quiz(52L, question(2L, option(21L, true), option(22L, false)));
    final CourseContent content =
        new CourseContent(
            course(42L, "excel-basico", 70),
            List.of(module(1L, 42L, 1, q1, l1, l2), module(2L, 42L, 2, q2, l3)));
    final List<LessonProgress> lessons = new ArrayList<>();
    final List<QuizAttempt> attempts = new ArrayList<>();

    Excel done(Lesson... done) {
      for (Lesson lesson : done) {
        lessons.add(new LessonProgress(ENROLLMENT, lesson.id(), NOW));
      }
      return this;
    }

    Excel attempt(Quiz quiz, String score) {
      int number = (int) attempts.stream().filter(a -> a.quizId() == quiz.id()).count() + 1;
      attempts.add(new QuizAttempt(ENROLLMENT, quiz.id(), number, 0, 1, new BigDecimal(score), "1:11", NOW));
      return this;
    }

    CourseProgress progress() {
      return new CourseProgress(content, lessons, attempts);
    }

    Progress figures() {
      return progress().figures();
    }
  }

  @Test
  void testNothingDone() {
    Progress figures = new Excel().figures();

    assertThat(figures).isEqualTo(new Progress(0, 0, 0, null, false, false));
  }

  @Test
  void testLessonsAndMinutes() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l3);

    Progress figures = excel.figures();

    assertThat(figures.lessonsDone()).isEqualTo(2);
    assertThat(figures.minutesDone()).isEqualTo(25);
    assertThat(figures.quizzesDone()).isZero();
    assertThat(figures.courseScore()).isNull();
    assertThat(excel.progress().isDone(excel.l1)).isTrue();
    assertThat(excel.progress().isDone(excel.l2)).isFalse();
  }

  @Test
  void testMinutesAddUp() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3);

    assertThat(excel.figures().minutesDone()).isEqualTo(45).isEqualTo(excel.content.totalMinutes());
  }

  @Test
  void testLessonOfAnotherCourseIgnored() {
    var excel = new Excel();
    excel.done(excel.l1, lesson(999L, 60));

    Progress figures = excel.figures();

    assertThat(figures.lessonsDone()).isEqualTo(1);
    assertThat(figures.minutesDone()).isEqualTo(10);
  }

  @Test
  void testBestAttemptCounts() {
    var excel = new Excel();
    excel.attempt(excel.q1, "40.00").attempt(excel.q1, "90.00").attempt(excel.q1, "60.00");
    excel.attempt(excel.q2, "100.00");

    CourseProgress progress = excel.progress();

    assertThat(progress.bestScore(excel.q1)).isEqualByComparingTo("90.00");
    assertThat(progress.attempts(excel.q1)).isEqualTo(3);
    assertThat(progress.attempts(excel.q2)).isEqualTo(1);
    assertThat(progress.figures().courseScore()).isEqualByComparingTo("95.00");
    assertThat(progress.figures().quizzesDone()).isEqualTo(2);
  }

  @Test
  void testUnattemptedQuizCountsZero() {
    var excel = new Excel();
    excel.attempt(excel.q1, "90.00");

    CourseProgress progress = excel.progress();

    assertThat(progress.bestScore(excel.q2)).isNull();
    assertThat(progress.attempts(excel.q2)).isZero();
    assertThat(progress.figures().courseScore()).isEqualByComparingTo("45.00");
    assertThat(progress.figures().quizzesDone()).isEqualTo(1);
  }

  @Test
  void testCourseScoreRoundedToTwoDecimals() {
    var excel = new Excel();
    excel.attempt(excel.q1, "66.67").attempt(excel.q2, "100.00");

    assertThat(excel.figures().courseScore()).isEqualTo(new BigDecimal("83.34"));
  }

  @Test
  void testCourseScoreZeroWhenAllAttemptsFailed() {
    var excel = new Excel();
    excel.attempt(excel.q1, "0.00");

    assertThat(excel.figures().courseScore()).isEqualByComparingTo("0.00");
  }

  @Test
  void testCompleteNeedsEveryLesson() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l3).attempt(excel.q1, "100.00").attempt(excel.q2, "100.00");

    Progress figures = excel.figures();

    assertThat(figures.complete()).isFalse();
    assertThat(figures.approved()).isFalse();
  }

  @Test
  void testCompleteNeedsEveryQuiz() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "100.00");

    Progress figures = excel.figures();

    assertThat(figures.complete()).isFalse();
    assertThat(figures.approved()).isFalse();
  }

  @Test
  void testComplete() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "50.00").attempt(excel.q2, "60.00");

    Progress figures = excel.figures();

    assertThat(figures).isEqualTo(new Progress(3, 2, 45, new BigDecimal("55.00"), true, false));
  }

  @Test
  void testApproved() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "80.00").attempt(excel.q2, "90.00");

    Progress figures = excel.figures();

    assertThat(figures.complete()).isTrue();
    assertThat(figures.approved()).isTrue();
    assertThat(figures.courseScore()).isEqualByComparingTo("85.00");
  }

  @Test
  void testApprovedExactlyAtPassMark() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "60.00").attempt(excel.q2, "80.00");

    Progress figures = excel.figures();

    assertThat(figures.courseScore()).isEqualByComparingTo("70.00");
    assertThat(figures.approved()).isTrue();
  }

  @Test
  void testApprovedRejectedJustBelowPassMark() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "69.99").attempt(excel.q2, "69.99");

    Progress figures = excel.figures();

    assertThat(figures.complete()).isTrue();
    assertThat(figures.courseScore()).isEqualByComparingTo("69.99");
    assertThat(figures.approved()).isFalse();
  }

  @Test
  void testApprovedRejectedWhenIncomplete() {
    var excel = new Excel();
    excel.done(excel.l1).attempt(excel.q1, "100.00").attempt(excel.q2, "100.00");

    Progress figures = excel.figures();

    assertThat(figures.courseScore()).isEqualByComparingTo("100.00");
    assertThat(figures.approved()).isFalse();
  }

  @Test
  void testApprovedAfterRetakingAQuiz() {
    var excel = new Excel();
    excel.done(excel.l1, excel.l2, excel.l3).attempt(excel.q1, "20.00").attempt(excel.q2, "100.00");
    assertThat(excel.figures().approved()).isFalse();

    excel.attempt(excel.q1, "40.00");

    assertThat(excel.figures().courseScore()).isEqualByComparingTo("70.00");
    assertThat(excel.figures().approved()).isTrue();
  }

  @Test
  void testModuleWithoutQuiz() {
    var l1 = lesson(101L, 10);
    var l2 = lesson(102L, 20);
    var q1 = quiz(51L, question(1L, option(11L, true), option(12L, false)));
    var content =
        new CourseContent(
            course(43L, "word-basico", 50), List.of(module(1L, 43L, 1, q1, l1), module(2L, 43L, 2, null, l2)));
    var lessons = List.of(new LessonProgress(ENROLLMENT, 101L, NOW), new LessonProgress(ENROLLMENT, 102L, NOW));
    var attempts = List.of(new QuizAttempt(ENROLLMENT, 51L, 1, 1, 1, new BigDecimal("100.00"), "1:11", NOW));

    Progress figures = new CourseProgress(content, lessons, attempts).figures();

    assertThat(figures).isEqualTo(new Progress(2, 1, 30, new BigDecimal("100.00"), true, true));
  }
}
