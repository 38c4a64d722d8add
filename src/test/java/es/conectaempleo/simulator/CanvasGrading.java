package es.conectaempleo.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * Canvas's {@code Lti::IMS} line items, scores and results controllers (LTI-CHECKLIST §2.5): URLs
 * below {@code /api/lti/courses/{id}}, 404 and 412 for a new line item on an unknown link or on one
 * that is not an assignment, 422 for a scoreGiven without scoreMaximum and for a user who
 * is not a student of the course, 400 for a timestamp earlier than the stored one (equal allowed),
 * and grades from FullyGraded and PendingManual scores only.
 */
final class CanvasGrading implements GradingRules {
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

  /** NotReady, Failed and Pending leave the grade alone; FullyGraded and PendingManual set it. */
  @Override
  public Double grade(Double previous, ReceivedScore score, LineItem item) {
    String progress = score.gradingProgress();
    if (!"FullyGraded".equals(progress) && !"PendingManual".equals(progress)) {
      return previous;
    }
    return score.scoreGiven() == null ? null : score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum();
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
