package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A score the tool publishes for one learner on one line item. Immutable. The constructor enforces
 * what Moodle (400) and Canvas (422) refuse otherwise: {@code scoreMaximum} whenever {@code
 * scoreGiven} is present, and the four required members.
 *
 * <p>A score without {@code scoreGiven} clears the learner's result. Timestamps must increase per
 * (line item, user): Moodle keeps whole seconds and refuses an equal second with 409; the caller
 * stamps scores from a monotonic clock.
 *
 * @param userId the learner's {@code sub} from the launch; never {@code null} or blank
 * @param scoreGiven at least 0 (may exceed the maximum: extra credit); may be {@code null}
 * @param scoreMaximum greater than 0; required when {@code scoreGiven} is present; may be {@code
 *     null}
 * @param comment plain text shown to the learner; may be {@code null}
 * @param timestamp when the score changed in the tool, sent with millisecond precision; never
 *     {@code null}
 * @param activityProgress never {@code null}
 * @param gradingProgress never {@code null}
 * @param newSubmission whether the score stands for a new submission of the learner's work. Canvas
 *     counts every score as one unless told otherwise (its {@value #CANVAS_SUBMISSION} extension):
 *     an attempt used up (a limited assignment answers 422 once they run out), "submitted" in its
 *     gradebook, a module's "submit" requirement met. Sent only when {@code false}; other LMSs ignore
 *     the member.
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service">AGS 2.0 §3.4</a>
 * @see <a href="https://canvas.instructure.com/doc/api/score.html">Canvas: Score, submission extension</a>
 */
public record Score(
    String userId,
    Double scoreGiven,
    Double scoreMaximum,
    String comment,
    Instant timestamp,
    ActivityProgress activityProgress,
    GradingProgress gradingProgress,
    boolean newSubmission) {

  /** Canvas's extension member of a score about submissions. */
  public static final String CANVAS_SUBMISSION = "https://canvas.instructure.com/lti/submission";

  /**
   * ISO 8601 with milliseconds and a numeric offset, as the spec example: {@code
   * 2017-04-16T18:54:36.736+00:00}.
   */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

  public Score {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId is blank");
    }
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(activityProgress, "activityProgress");
    Objects.requireNonNull(gradingProgress, "gradingProgress");
    if (scoreGiven != null) {
      if (scoreMaximum == null) {
        throw new IllegalArgumentException("scoreMaximum is required when scoreGiven is present");
      }
      if (!Double.isFinite(scoreGiven) || scoreGiven < 0) {
        throw new IllegalArgumentException("scoreGiven must be a number >= 0: " + scoreGiven);
      }
    }
    if (scoreMaximum != null && (!Double.isFinite(scoreMaximum) || scoreMaximum <= 0)) {
      throw new IllegalArgumentException("scoreMaximum must be a number > 0: " + scoreMaximum);
    }
  }

  /**
   * A final grade: {@code Completed} and {@code FullyGraded}.
   *
   * @param userId never {@code null}
   * @param scoreGiven at least 0
   * @param scoreMaximum greater than 0
   * @param timestamp never {@code null}
   */
  public static Score graded(
      String userId, double scoreGiven, double scoreMaximum, Instant timestamp) {
    return new Score(
        userId,
        scoreGiven,
        scoreMaximum,
        null,
        timestamp,
        ActivityProgress.COMPLETED,
        GradingProgress.FULLY_GRADED,
        true);
  }

  /**
   * Progress without a grade, never a submission. In Moodle and Canvas this clears any grade, so
   * send it only before the first graded score.
   *
   * @param userId never {@code null}
   * @param activityProgress never {@code null}
   * @param gradingProgress never {@code null}
   * @param timestamp never {@code null}
   */
  public static Score progress(
      String userId,
      ActivityProgress activityProgress,
      GradingProgress gradingProgress,
      Instant timestamp) {
    return new Score(userId, null, null, null, timestamp, activityProgress, gradingProgress, false);
  }

  /**
   * @param comment plain text; may be {@code null}
   * @return this score with the comment
   */
  public Score withComment(String comment) {
    return new Score(
        userId, scoreGiven, scoreMaximum, comment, timestamp, activityProgress, gradingProgress, newSubmission);
  }

  /** This score as a correction of a submission the LMS already has: no new one. */
  public Score revisingTheSubmission() {
    return new Score(
        userId, scoreGiven, scoreMaximum, comment, timestamp, activityProgress, gradingProgress, false);
  }

  /** The timestamp as sent, e.g. {@code 2017-04-16T18:54:36.736+00:00}. */
  public String timestampText() {
    return TIMESTAMP.format(timestamp.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * The {@code application/vnd.ims.lis.v1.score+json} body: members in the spec example's order,
   * absent ones left out (never {@code null}), then Canvas's extension when the score is no new
   * submission.
   */
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("timestamp", timestampText());
    if (scoreGiven != null) {
      json.put("scoreGiven", JsonMembers.jsonNumber(scoreGiven));
    }
    if (scoreMaximum != null) {
      json.put("scoreMaximum", JsonMembers.jsonNumber(scoreMaximum));
    }
    if (comment != null) {
      json.put("comment", comment);
    }
    json.put("activityProgress", activityProgress.jsonValue());
    json.put("gradingProgress", gradingProgress.jsonValue());
    json.put("userId", userId);
    if (!newSubmission) {
      json.put(CANVAS_SUBMISSION, Map.of("new_submission", false));
    }
    return JSONObjectUtils.toJSONString(json);
  }
}
