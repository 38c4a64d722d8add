package es.conectaempleo.lti.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreTest {
  /** AGS 2.0 §3.4 example, whitespace removed. */
  private static final String SPEC_EXAMPLE =
      "{\"timestamp\":\"2017-04-16T18:54:36.736+00:00\",\"scoreGiven\":83,\"scoreMaximum\":100,"
          + "\"comment\":\"This is exceptional work.\",\"activityProgress\":\"Completed\","
          + "\"gradingProgress\":\"FullyGraded\",\"userId\":\"5323497\"}";

  @Test
  void testSpecExample() {
    Score score =
        Score.graded("5323497", 83, 100, Instant.parse("2017-04-16T18:54:36.736Z"))
            .withComment("This is exceptional work.");

    assertThat(score.toJson()).isEqualTo(SPEC_EXAMPLE);
  }

  @Test
  void testAbsentMembersOmitted() throws Exception {
    Score score =
        Score.progress(
            "5323497",
            ActivityProgress.IN_PROGRESS,
            GradingProgress.NOT_READY,
            Instant.parse("2026-11-28T10:00:00Z"));

    var json = JSONObjectUtils.parse(score.toJson());

    assertThat(json)
        .containsOnlyKeys("timestamp", "activityProgress", "gradingProgress", "userId", Score.CANVAS_SUBMISSION)
        .containsEntry("activityProgress", "InProgress")
        .containsEntry("gradingProgress", "NotReady");
    assertThat(score.toJson()).doesNotContain("null");
  }

  @Test
  void testTimestampSubSecond() {
    assertThat(Score.graded("u", 1, 1, Instant.parse("2026-11-28T10:00:00Z")).timestampText())
        .isEqualTo("2026-11-28T10:00:00.000+00:00");
    assertThat(
            Score.graded("u", 1, 1, Instant.parse("2026-11-28T10:00:00.123456789Z"))
                .timestampText())
        .isEqualTo("2026-11-28T10:00:00.123+00:00");
  }

  @Test
  void testFractionalScore() throws Exception {
    var json = JSONObjectUtils.parse(Score.graded("u", 7.5, 10, Instant.EPOCH).toJson());

    assertThat(json).containsEntry("scoreGiven", 7.5).containsEntry("scoreMaximum", 10L);
  }

  @Test
  void testScoreMaximumWithoutScoreGiven() {
    var score =
        new Score(
            "u",
            null,
            100.0,
            null,
            Instant.EPOCH,
            ActivityProgress.STARTED,
            GradingProgress.PENDING,
            false);

    assertThat(score.toJson()).contains("\"scoreMaximum\":100").doesNotContain("scoreGiven");
  }

  @Test
  void testScoreMaximumMissing() {
    assertThatThrownBy(
            () ->
                new Score(
                    "u",
                    5.0,
                    null,
                    null,
                    Instant.EPOCH,
                    ActivityProgress.COMPLETED,
                    GradingProgress.FULLY_GRADED,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scoreMaximum");
  }

  @Test
  void testScoreRejected() {
    assertThatThrownBy(() -> Score.graded("u", -1, 10, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.graded("u", Double.NaN, 10, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.graded("u", 1, 0, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.graded(" ", 1, 10, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.graded("u", 1, 10, null))
        .isInstanceOf(NullPointerException.class);
  }

  /** Extra credit is allowed by the spec. */
  @Test
  void testScoreAboveMaximum() {
    assertThat(Score.graded("u", 110, 100, Instant.EPOCH).toJson()).contains("\"scoreGiven\":110");
  }

  /** Canvas counts every score as a submission (an attempt) unless told it is none. */
  @Test
  void testOnlyAFirstGradeIsANewSubmission() throws Exception {
    var first = JSONObjectUtils.parse(Score.graded("u", 80, 100, Instant.EPOCH).toJson());
    var correction = JSONObjectUtils.parse(Score.graded("u", 90, 100, Instant.EPOCH).revisingTheSubmission().toJson());
    var progress = JSONObjectUtils.parse(
        Score.progress("u", ActivityProgress.STARTED, GradingProgress.PENDING, Instant.EPOCH).toJson());

    assertThat(first).doesNotContainKey(Score.CANVAS_SUBMISSION);
    assertThat(JSONObjectUtils.getJSONObject(correction, Score.CANVAS_SUBMISSION)).containsExactly(java.util.Map.entry("new_submission", false));
    assertThat(JSONObjectUtils.getJSONObject(progress, Score.CANVAS_SUBMISSION)).containsExactly(java.util.Map.entry("new_submission", false));
  }
}
