package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import es.conectaempleo.lti.gradesync.control.ScoreRules.Planned;
import es.conectaempleo.lti.gradesync.control.ScoreRules.Queued;
import es.conectaempleo.lti.lti.ags.ActivityProgress;
import es.conectaempleo.lti.lti.ags.GradingProgress;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {
  private static final BigDecimal SEVENTY = new BigDecimal("70.00");

  @Test
  void testFirstActivityIsStartedPendingWithoutScore() {
    assertThat(ScoreRules.plan(Queued.NOTHING, EnrollmentState.STARTED, null))
        .contains(new Planned(null, ActivityProgress.STARTED, GradingProgress.PENDING));
  }

  @Test
  void testLaterActivityIsInProgressOnce() {
    var started = new Queued(null, ActivityProgress.STARTED);
    assertThat(ScoreRules.plan(started, EnrollmentState.STARTED, new BigDecimal("20")))
        .as("a partial course score is not a grade")
        .contains(new Planned(null, ActivityProgress.IN_PROGRESS, GradingProgress.PENDING));
    assertThat(ScoreRules.plan(new Queued(null, ActivityProgress.IN_PROGRESS), EnrollmentState.STARTED, null))
        .as("nothing new to say")
        .isEmpty();
  }

  @Test
  void testEnrolledOnlySendsNothing() {
    assertThat(ScoreRules.plan(Queued.NOTHING, EnrollmentState.ENROLLED, null)).isEmpty();
  }

  @Test
  void testCompletedIsFullyGraded() {
    assertThat(ScoreRules.plan(new Queued(null, ActivityProgress.IN_PROGRESS), EnrollmentState.COMPLETED, SEVENTY))
        .contains(new Planned(SEVENTY, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED));
    assertThat(ScoreRules.plan(Queued.NOTHING, EnrollmentState.APPROVED, new BigDecimal("100.00")))
        .hasValueSatisfying(p -> assertThat(p.graded()).isTrue());
  }

  @Test
  void testNoUngradedScoreAfterAGradedOne() {
    var graded = new Queued(SEVENTY, ActivityProgress.COMPLETED);
    assertThat(ScoreRules.plan(graded, EnrollmentState.STARTED, null)).as("a repeat attempt starts").isEmpty();
    assertThat(ScoreRules.plan(graded, EnrollmentState.STARTED, new BigDecimal("90"))).isEmpty();
    assertThat(ScoreRules.plan(graded, EnrollmentState.ENROLLED, null)).isEmpty();
  }

  @Test
  void testRepeatNeverLowersTheGrade() {
    var graded = new Queued(SEVENTY, ActivityProgress.COMPLETED);
    assertThat(ScoreRules.plan(graded, EnrollmentState.COMPLETED, new BigDecimal("40.00"))).isEmpty();
    assertThat(ScoreRules.plan(graded, EnrollmentState.APPROVED, SEVENTY)).as("same score: nothing new").isEmpty();
    assertThat(ScoreRules.plan(graded, EnrollmentState.APPROVED, new BigDecimal("85.50")))
        .contains(new Planned(new BigDecimal("85.50"), ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED));
  }

  @Test
  void testImprovedQuizAfterCompletionRaisesTheGrade() {
    var completed = new Queued(new BigDecimal("45.00"), ActivityProgress.COMPLETED);
    assertThat(ScoreRules.plan(completed, EnrollmentState.APPROVED, new BigDecimal("65.00")))
        .hasValueSatisfying(p -> assertThat(p.scoreGiven()).isEqualByComparingTo("65"));
  }

  @Test
  void testScoreOutsideTheScaleIsBounded() {
    assertThat(ScoreRules.plan(Queued.NOTHING, EnrollmentState.COMPLETED, new BigDecimal("140")))
        .hasValueSatisfying(p -> assertThat(p.scoreGiven()).isEqualByComparingTo("100"));
    assertThat(ScoreRules.plan(Queued.NOTHING, EnrollmentState.COMPLETED, new BigDecimal("-3")))
        .hasValueSatisfying(p -> assertThat(p.scoreGiven()).isEqualByComparingTo("0"));
  }

  @Test
  void testFinishedWithoutScoreIsCompletedWithoutGrade() {
    assertThat(ScoreRules.plan(new Queued(null, ActivityProgress.IN_PROGRESS), EnrollmentState.COMPLETED, null))
        .contains(new Planned(null, ActivityProgress.COMPLETED, GradingProgress.PENDING));
    assertThat(ScoreRules.plan(new Queued(null, ActivityProgress.COMPLETED), EnrollmentState.COMPLETED, null)).isEmpty();
  }
}
