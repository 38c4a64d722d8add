package es.conectaempleo.lti.learning.control;

import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.option;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.question;
import static es.conectaempleo.lti.catalog.entity.CatalogFixtures.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.catalog.entity.Quiz;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grading a quiz submission: one own option per question, score 0-100 with two decimals. */
class QuizGradingTest {

  /** Questions 1, 2, 3; options 11-13, 21-23, 31-33; the correct ones are 12, 21 and 33. */
  private static Quiz threeQuestions() {
    return quiz(
        5L,
        question(1L, option(11L, false), option(12L, true), option(13L, false)),
        question(2L, option(21L, true), option(22L, false), option(23L, false)),
        question(3L, option(31L, false), option(32L, false), option(33L, true)));
  }

  private static Map<Long, Long> answers(long... questionAndOption) {
    var answers = new HashMap<Long, Long>();
    for (int i = 0; i < questionAndOption.length; i += 2) {
      answers.put(questionAndOption[i], questionAndOption[i + 1]);
    }
    return answers;
  }

  @Test
  void testAllRight() throws Exception {
    QuizGrading.Grade grade = QuizGrading.grade(threeQuestions(), answers(1, 12, 2, 21, 3, 33));

    assertThat(grade.correct()).isEqualTo(3);
    assertThat(grade.total()).isEqualTo(3);
    assertThat(grade.score()).isEqualTo(new BigDecimal("100.00"));
    assertThat(grade.answers()).allMatch(QuizGrading.Answer::isCorrect);
  }

  @Test
  void testSomeWrong() throws Exception {
    QuizGrading.Grade grade = QuizGrading.grade(threeQuestions(), answers(1, 12, 2, 22, 3, 33));

    assertThat(grade.correct()).isEqualTo(2);
    assertThat(grade.total()).isEqualTo(3);
    assertThat(grade.score()).isEqualTo(new BigDecimal("66.67"));
  }

  @Test
  void testAnswersInQuestionOrder() throws Exception {
    QuizGrading.Grade grade = QuizGrading.grade(threeQuestions(), answers(3, 31, 1, 12, 2, 22));

    assertThat(grade.answers()).extracting(a -> a.question().id()).containsExactly(1L, 2L, 3L);
    assertThat(grade.answers()).extracting(QuizGrading.Answer::chosenOptionId).containsExactly(12L, 22L, 31L);
    assertThat(grade.answers()).extracting(QuizGrading.Answer::correctOptionId).containsExactly(12L, 21L, 33L);
    assertThat(grade.answers()).extracting(QuizGrading.Answer::isCorrect).containsExactly(true, false, false);
  }

  @Test
  void testAllWrong() throws Exception {
    QuizGrading.Grade grade = QuizGrading.grade(threeQuestions(), answers(1, 11, 2, 23, 3, 32));

    assertThat(grade.correct()).isZero();
    assertThat(grade.score()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void testScoreRoundedToTwoDecimals() throws Exception {
    assertThat(QuizGrading.grade(threeQuestions(), answers(1, 12, 2, 22, 3, 32)).score())
        .isEqualTo(new BigDecimal("33.33"));
    var six =
        quiz(
            6L,
            question(1L, option(11L, true), option(12L, false)),
            question(2L, option(21L, true), option(22L, false)),
            question(3L, option(31L, true), option(32L, false)),
            question(4L, option(41L, true), option(42L, false)),
            question(5L, option(51L, true), option(52L, false)),
            question(6L, option(61L, true), option(62L, false)));
    assertThat(QuizGrading.grade(six, answers(1, 11, 2, 22, 3, 32, 4, 42, 5, 52, 6, 62)).score())
        .isEqualTo(new BigDecimal("16.67"));
    assertThat(QuizGrading.grade(six, answers(1, 11, 2, 21, 3, 31, 4, 41, 5, 51, 6, 62)).score())
        .isEqualTo(new BigDecimal("83.33"));
    var eight =
        quiz(
            8L,
            question(1L, option(11L, true), option(12L, false)),
            question(2L, option(21L, true), option(22L, false)),
            question(3L, option(31L, true), option(32L, false)),
            question(4L, option(41L, true), option(42L, false)),
            question(5L, option(51L, true), option(52L, false)),
            question(6L, option(61L, true), option(62L, false)),
            question(7L, option(71L, true), option(72L, false)),
            question(8L, option(81L, true), option(82L, false)));
    assertThat(QuizGrading.grade(eight, answers(1, 11, 2, 22, 3, 32, 4, 42, 5, 52, 6, 62, 7, 72, 8, 82)).score())
        .isEqualTo(new BigDecimal("12.50"));
  }

  @Test
  void testUnanswered() {
    assertThatThrownBy(() -> QuizGrading.grade(threeQuestions(), answers(1, 12, 3, 33)))
        .isInstanceOf(QuizGrading.InvalidSubmission.class)
        .hasMessageContaining("question 2");
    assertThatThrownBy(() -> QuizGrading.grade(threeQuestions(), Map.of()))
        .isInstanceOf(QuizGrading.InvalidSubmission.class);
  }

  /** An option of another question of the same quiz is no answer to this one. */
  @Test
  void testForeignOption() {
    assertThatThrownBy(() -> QuizGrading.grade(threeQuestions(), answers(1, 21, 2, 21, 3, 33)))
        .isInstanceOf(QuizGrading.InvalidSubmission.class)
        .hasMessageContaining("option 21")
        .hasMessageContaining("question 1");
  }

  @Test
  void testUnknownOption() {
    assertThatThrownBy(() -> QuizGrading.grade(threeQuestions(), answers(1, 12, 2, 21, 3, 99)))
        .isInstanceOf(QuizGrading.InvalidSubmission.class);
  }

  @Test
  void testExtraQuestion() {
    assertThatThrownBy(() -> QuizGrading.grade(threeQuestions(), answers(1, 12, 2, 21, 3, 33, 4, 41)))
        .isInstanceOf(QuizGrading.InvalidSubmission.class);
  }
}
