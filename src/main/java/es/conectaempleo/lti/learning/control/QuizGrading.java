package es.conectaempleo.lti.learning.control;

import es.conectaempleo.lti.catalog.entity.Quiz;
import es.conectaempleo.lti.catalog.entity.QuizOption;
import es.conectaempleo.lti.catalog.entity.QuizQuestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Grades a quiz submission: every question answered with one of its own options. Stateless. */
public final class QuizGrading {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private QuizGrading() {}

  /** The grade of one submission. {@code score} is 0-100 with two decimals. */
  public record Grade(int correct, int total, BigDecimal score, List<Answer> answers) {}

  /** How one question was answered. */
  public record Answer(QuizQuestion question, long chosenOptionId, long correctOptionId) {
    public boolean isCorrect() {
      return chosenOptionId == correctOptionId;
    }
  }

  /** The submission does not answer the quiz (unanswered question, or an option of another question). */
  public static class InvalidSubmission extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSubmission(String message) {
      super(message);
    }
  }

  /**
   * @param chosen question id → chosen option id; never {@code null}
   * @throws InvalidSubmission when a question is unanswered or an option does not belong to it
   */
  public static Grade grade(Quiz quiz, Map<Long, Long> chosen) throws InvalidSubmission {
    if (quiz.questions().isEmpty()) {
      throw new InvalidSubmission("quiz " + quiz.id() + " has no questions");
    }
    List<Answer> answers = new ArrayList<>();
    int correct = 0;
    for (QuizQuestion question : quiz.questions()) {
      Long optionId = chosen.get(question.id());
      if (optionId == null) {
        throw new InvalidSubmission("question " + question.id() + " is not answered");
      }
      if (question.options().stream().noneMatch(o -> o.id().equals(optionId))) {
        throw new InvalidSubmission("option " + optionId + " is not an option of question " + question.id());
      }
      long right =
          question.options().stream().filter(QuizOption::correct).findFirst().orElseThrow().id();
      var answer = new Answer(question, optionId, right);
      answers.add(answer);
      if (answer.isCorrect()) {
        correct++;
      }
    }
    if (chosen.size() != quiz.questions().size()) {
      throw new InvalidSubmission("answers name questions that are not in this quiz");
    }
    int total = quiz.questions().size();
    BigDecimal score =
        BigDecimal.valueOf(correct).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    return new Grade(correct, total, score, List.copyOf(answers));
  }
}
