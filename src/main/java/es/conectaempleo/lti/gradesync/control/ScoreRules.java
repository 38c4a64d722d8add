package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import es.conectaempleo.lti.lti.ags.ActivityProgress;
import es.conectaempleo.lti.lti.ags.GradingProgress;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What score, if any, a change of a learner's attempt adds to the learner's stream on a line item.
 * Pure and thread-safe.
 *
 * <ul>
 *   <li>Finished (completed or approved): {@code FullyGraded}, {@code Completed}, the course score
 *       out of {@value #SCORE_MAXIMUM}; never below the best graded score already queued (the
 *       README: the gradebook shows the best finished attempt), and nothing new when it would not
 *       change the best.
 *   <li>Started, before any graded score: {@code Started} first, then {@code InProgress} once, both
 *       {@code Pending} without {@code scoreGiven}. After a graded score nothing ungraded is ever
 *       queued: Moodle clears its grade on any score that is not {@code FullyGraded}.
 * </ul>
 */
public final class ScoreRules {
  /** The scale of course scores and of the line items the tool creates. */
  public static final int SCORE_MAXIMUM = 100;

  private ScoreRules() {}

  /**
   * What the stream queued so far.
   *
   * @param bestScore the best graded score queued; {@code null} when none was
   * @param lastProgress the activity progress of the last score queued; {@code null} when none was
   */
  public record Queued(BigDecimal bestScore, ActivityProgress lastProgress) {
    public static final Queued NOTHING = new Queued(null, null);

    public boolean graded() {
      return bestScore != null;
    }
  }

  /**
   * A score to queue.
   *
   * @param scoreGiven 0-100; {@code null} for a progress-only score
   */
  public record Planned(
      BigDecimal scoreGiven, ActivityProgress activityProgress, GradingProgress gradingProgress) {
    public boolean graded() {
      return scoreGiven != null;
    }
  }

  /**
   * @param queued never {@code null}
   * @param state the attempt's state after the change; never {@code null}
   * @param courseScore 0-100; {@code null} before the first quiz
   * @return the score to queue, or empty when the gradebook has nothing new to learn
   */
  public static Optional<Planned> plan(Queued queued, EnrollmentState state, BigDecimal courseScore) {
    boolean finished = state == EnrollmentState.COMPLETED || state == EnrollmentState.APPROVED;
    if (finished && courseScore != null) {
      BigDecimal score = clamp(courseScore);
      if (queued.graded() && score.compareTo(queued.bestScore()) <= 0) {
        return Optional.empty();
      }
      return Optional.of(new Planned(score, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED));
    }
    if (queued.graded() || state == EnrollmentState.ENROLLED) {
      return Optional.empty();
    }
    // Finished without a score (a course without quizzes): progress only, never a made-up grade.
    ActivityProgress next =
        finished
            ? ActivityProgress.COMPLETED
            : queued.lastProgress() == null ? ActivityProgress.STARTED : ActivityProgress.IN_PROGRESS;
    if (next == queued.lastProgress()) {
      return Optional.empty();
    }
    return Optional.of(new Planned(null, next, GradingProgress.PENDING));
  }

  private static BigDecimal clamp(BigDecimal score) {
    if (score.signum() < 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal max = BigDecimal.valueOf(SCORE_MAXIMUM);
    return score.compareTo(max) > 0 ? max.setScale(2) : score;
  }
}
