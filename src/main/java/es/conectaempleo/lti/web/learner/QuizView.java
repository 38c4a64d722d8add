package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.catalog.entity.QuizQuestion;
import java.math.BigDecimal;
import java.util.List;

/** The quiz page: questions to answer, and how earlier attempts went. */
public record QuizView(
    String token,
    String courseCode,
    String courseTitle,
    long quizId,
    String title,
    List<QuizQuestion> questions,
    int attempts,
    BigDecimal bestScore,
    boolean staff,
    boolean learner,
    String error) {}
