package es.conectaempleo.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;

/**
 * Canvas's {@code Lti::IMS} line items, scores and results controllers (LTI-CHECKLIST §2.5): URLs
 * below {@code /api/lti/courses/{id}}, 404 and 412 for a new line item on an unknown link or on one
 * that is not an assignment, 422 for a scoreGiven without scoreMaximum and for a user who
 * is not a student of the course, 400 for a timestamp earlier than the stored one (equal allowed),
 * grades from FullyGraded and PendingManual scores (any other score clears the grade), and every
 * score a new submission (an attempt, 422 once an assignment's allowed attempts are used up) unless
 * its submission extension says otherwise ({@code app/controllers/lti/ims/scores_controller.rb}).
 */
final class CanvasGrading implements GradingRules {
  /** The score extension Canvas reads {@code new_submission} and {@code submission_type} from. */
  static final String SUBMISSION_EXTENSION = "https://canvas.instructure.com/lti/submission";

  private final Canvas canvas;

  CanvasGrading(Canvas canvas) {
    this.canvas = canvas;
  }

  @Override
  public String lineItemsPath(Placement placement) {
    return "/api/lti/courses/" + canvas.courseNumber(placement) + "/line_items";
  }

  @Override
  public String lineItemPath(Placement placement, long number) {
    return lineItemsPath(placement) + "/" + number;
  }

  @Override
  public String query(Placement placement) {
    return "";
  }

  @Override
  public Refusal checkQuery(Map<String, String> query, SimulatedPlatform platform) {
    return null;
  }

  @Override
  public Refusal wrongScoreType(String contentType) {
    return new Refusal(415, "Content-Type must be application/vnd.ims.lis.v1.score+json");
  }

  @Override
  public Refusal incorrectScore(String why) {
    return new Refusal(400, why);
  }

  @Override
  public Refusal scoreMaximumMissing() {
    return new Refusal(422, "ScoreMaximum not supplied when ScoreGiven present.");
  }

  /** Observed as 422 (packback PR #11); the docs say 412. */
  @Override
  public Refusal notGradable() {
    return new Refusal(422, "User not found in course or is not a student");
  }

  @Override
  public Refusal stale(Instant stored, Instant received) {
    return received.isBefore(stored) ? new Refusal(400, "Provided timestamp of " + received
        + " before last updated timestamp of " + stored) : null;
  }

  /** {@code verify_valid_resource_link}: no resource link record of that id for the tool. */
  @Override
  public Refusal unknownResourceLink(String resourceLinkId) {
    return new Refusal(404, "The specified resource does not exist.");
  }

  /** {@code check_for_bad_resource_link}: the link has no active line items (not an assignment). */
  @Override
  public Refusal noLineItemsOnLink(String resourceLinkId) {
    return new Refusal(412, "The specified LTI link ID is not associated with this course");
  }

  /**
   * {@code score_submission}: a score that is not FullyGraded or PendingManual, or has no
   * scoreGiven, sets the submission's score to nil, clearing the grade; the others set it, scaled
   * to the line item's maximum.
   */
  @Override
  public Double grade(Double previous, ReceivedScore score, LineItem item) {
    String progress = score.gradingProgress();
    if (!"FullyGraded".equals(progress) && !"PendingManual".equals(progress) || score.scoreGiven() == null) {
      return null;
    }
    return score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum();
  }

  /**
   * {@code new_submission?}: every score is a new submission (an attempt) unless the extension's
   * {@code new_submission} is false or its {@code submission_type} is {@code none}.
   */
  @Override
  public boolean countsAsSubmission(ReceivedScore score) {
    JsonObject extension =
        score.json().get(SUBMISSION_EXTENSION) instanceof JsonObject o ? o : JsonObject.EMPTY_JSON_OBJECT;
    JsonValue flag = extension.get("new_submission");
    boolean notNew = JsonValue.FALSE.equals(flag) || flag instanceof JsonString text && "false".equals(text.getString());
    return !notNew && !"none".equals(extension.getString("submission_type", "external_tool"));
  }

  /** {@code verify_attempts_for_online_upload}. */
  @Override
  public Refusal attemptsUsedUp() {
    return new Refusal(422, "The maximum number of allowed attempts has been reached for this submission");
  }

  @Override
  public boolean hidesResultScore(Double grade) {
    return grade == null;
  }

  @Override
  public boolean legacyLinkId() {
    return false;
  }

  @Override
  public String resourceLinkFilter(Map<String, String> query) {
    return query.get("resource_link_id");
  }

  @Override
  public int pageOffset(Map<String, String> query, int size) {
    return canvas.pageOffset(query, size);
  }

  @Override
  public String pageLinks(String url, Map<String, String> kept, int size, int offset, int total) {
    return total <= size && offset == 0 ? null : canvas.pageLinks(url, kept, size, offset, total);
  }
}
