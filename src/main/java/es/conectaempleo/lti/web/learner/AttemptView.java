package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.learning.control.QuizGrading;
import java.math.BigDecimal;
import java.util.List;

/** The result of one quiz attempt, question by question, and where the course stands after it. */
public record AttemptView(
    String token,
    String courseCode,
    String courseTitle,
    long quizId,
    String quizTitle,
    int attemptNo,
    int correct,
    int total,
    BigDecimal score,
    List<QuizGrading.Answer> answers,
    String state,
    BigDecimal courseScore,
    int passMark,
    String nextPath) {

  /** The text of an option of a question. */
  public String optionText(QuizGrading.Answer answer, long optionId) {
    return answer.question().options().stream()
        .filter(o -> o.id() == optionId)
        .findFirst()
        .map(o -> o.textEs())
        .orElse("");
  }
}
