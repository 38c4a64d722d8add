package es.conectaempleo.lti.enrollment.boundary;

import java.math.BigDecimal;

/**
 * Where a learner stands in a course attempt, as computed from their activity. Immutable.
 *
 * @param courseScore 0-100, {@code null} before the first quiz
 * @param complete every lesson done and every quiz submitted
 * @param approved complete and the course score at or above the course's pass mark
 */
public record Progress(
    int lessonsDone,
    int quizzesDone,
    int minutesDone,
    BigDecimal courseScore,
    boolean complete,
    boolean approved) {}
