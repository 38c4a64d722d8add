package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.lti.ServiceFailure;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score JSON an outbox entry becomes, and the reason an instructor reads. */
class ScorePublisherTest {
  private static final Instant STAMP = Instant.parse("2026-11-28T10:15:31Z");

  private static ScoreJob job(BigDecimal score, String activity, String grading) {
    return new ScoreJob(1, 2, "lease", STAMP, 3, 4, null, java.util.Set.of(), "user-17", score, activity, grading, STAMP, false, 0, true);
  }

  @Test
  void testGradedScoreJson() {
    assertThat(ScorePublisher.score(job(new BigDecimal("87.50"), "Completed", "FullyGraded")).toJson())
        .isEqualTo(
            "{\"timestamp\":\"2026-11-28T10:15:31.000+00:00\",\"scoreGiven\":87.5,\"scoreMaximum\":100,"
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"userId\":\"user-17\"}");
  }

  @Test
  void testZeroIsAGrade() {
    assertThat(ScorePublisher.score(job(new BigDecimal("0.00"), "Completed", "FullyGraded")).toJson())
        .contains("\"scoreGiven\":0,\"scoreMaximum\":100");
  }

  @Test
  void testProgressScoreJsonHasNoScore() {
    assertThat(ScorePublisher.score(job(null, "InProgress", "Pending")).toJson())
        .isEqualTo(
            "{\"timestamp\":\"2026-11-28T10:15:31.000+00:00\",\"activityProgress\":\"InProgress\","
                + "\"gradingProgress\":\"Pending\",\"userId\":\"user-17\","
                + "\"https://canvas.instructure.com/lti/submission\":{\"new_submission\":false}}");
  }

  @Test
  void testUnknownProgressValueIsBadInput() {
    assertThatThrownBy(() -> ScorePublisher.score(job(null, "Halfway", "Pending")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ScorePublisher.score(new ScoreJob(1, 2, "lease", STAMP, 3, 4, null, java.util.Set.of(), " ", null, "Started", "Pending", STAMP, false, 0, true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void testReasonKeepsThePlatformMessage() {
    var failure =
        ServiceFailure.status(
            "POST",
            URI.create("https://canvas.example/api/lti/courses/1/line_items/7/scores"),
            422,
            HttpHeaders.of(Map.of(), (a, b) -> true),
            "{\"errors\":{\"type\":\"unprocessable_entity\",\"message\":\"User not found in course or is not a student\"}}\n",
            Instant.EPOCH);
    assertThat(ScorePublisher.reason(failure))
        .isEqualTo(
            "the platform answered 422: {\"errors\":{\"type\":\"unprocessable_entity\",\"message\":\"User not found in course or is not a student\"}}");
    assertThat(ScorePublisher.reason(ServiceFailure.timeout("POST", URI.create("https://x.example/s"))))
        .isEqualTo("no answer in time");
  }
}
