package es.conectaempleo.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moodle's {@code mod/lti/service/gradebookservices} (LTI-CHECKLIST §1.6): URLs below {@code
 * services.php} that need {@code ?type_id=N}, one message "Incorrect score received" (400) for every
 * malformed or ungradable score, 409 for a timestamp not later in whole seconds, and a grade only
 * from FullyGraded scores (anything else clears it).
 */
final class MoodleGrading implements GradingRules {
  private static final String SERVICES = "/mod/lti/services.php/";
  /**
   * {@code “next”} as the UTF-8 bytes Moodle sends, one char per byte: the JDK server writes each
   * char of a header as one byte.
   */
  private static final String TYPOGRAPHIC_NEXT =
      new String("\u201Cnext\u201D".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

  @Override
  public String lineItemsPath(Placement placement) {
    return SERVICES + placement.contextId() + "/lineitems";
  }

  @Override
  public String lineItemPath(Placement placement, long number) {
    return lineItemsPath(placement) + "/" + number + "/lineitem";
  }

  @Override
  public String query(Placement placement) {
    return "type_id=" + placement.deploymentId();
  }

  /** Without {@code type_id} Moodle takes the caller for an LTI 2 tool proxy and refuses it. */
  @Override
  public Refusal checkQuery(Map<String, String> query, SimulatedPlatform platform) {
    String typeId = query.get("type_id");
    return typeId != null && platform.deploymentIds().contains(typeId)
        ? null
        : new Refusal(403, "type_id missing or not a tool type of this site");
  }

  /** Moodle answers 400, not 415, for another Content-Type (hypothesis/lms PR #3913). */
  @Override
  public Refusal wrongScoreType(String contentType) {
    return new Refusal(400, "Incorrect score received");
  }

  @Override
  public Refusal incorrectScore(String why) {
    return new Refusal(400, "Incorrect score received");
  }

  @Override
  public Refusal scoreMaximumMissing() {
    return new Refusal(400, "Incorrect score received");
  }

  /** Not enrolled, or no gradebook role (teachers and admins too): same message (hypothesis #5497). */
  @Override
  public Refusal notGradable() {
    return new Refusal(400, "Incorrect score received");
  }

  /** Moodle keeps whole seconds and refuses {@code stored >= received}: equal seconds are refused. */
  @Override
  public Refusal stale(Instant stored, Instant received) {
    return stored.getEpochSecond() >= received.getEpochSecond()
        ? new Refusal(409, "Refusing score with an earlier timestamp")
        : null;
  }

  @Override
  public Refusal unknownResourceLink(String resourceLinkId) {
    return new Refusal(400, "Invalid resourceLinkId " + resourceLinkId);
  }

  /** Never asked: every Moodle activity with grades on has its grade item. */
  @Override
  public Refusal noLineItemsOnLink(String resourceLinkId) {
    return unknownResourceLink(resourceLinkId);
  }

  /** Only FullyGraded stores scoreGiven (rescaled to the item); any other progress empties the grade. */
  @Override
  public Double grade(Double previous, ReceivedScore score, LineItem item) {
    if (!"FullyGraded".equals(score.gradingProgress()) || score.scoreGiven() == null) {
      return null;
    }
    return score.scoreGiven() * item.scoreMaximum() / score.scoreMaximum();
  }

  /** Moodle keeps no submissions for external tools: a score is only a grade. */
  @Override
  public boolean countsAsSubmission(ReceivedScore score) {
    return false;
  }

  @Override
  public Refusal attemptsUsedUp() {
    throw new UnsupportedOperationException("Moodle has no attempts on scores");
  }

  /** PHP {@code empty(0)}: a grade of 0 looks like no grade in the results. */
  @Override
  public boolean hidesResultScore(Double grade) {
    return grade == null || grade == 0;
  }

  @Override
  public boolean legacyLinkId() {
    return true;
  }

  /** Newer Moodle reads {@code resource_link_id}, the version in the checklist {@code lti_link_id}. */
  @Override
  public String resourceLinkFilter(Map<String, String> query) {
    return query.getOrDefault("resource_link_id", query.get("lti_link_id"));
  }

  @Override
  public int pageOffset(Map<String, String> query, int size) {
    try {
      return Math.max(0, Integer.parseInt(query.getOrDefault("from", "0")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Moodle writes {@code rel=“next”} with typographic quotes on line items and results (rule 20). */
  @Override
  public String pageLinks(String url, Map<String, String> kept, int size, int offset, int total) {
    if ((long) offset + size >= total) {
      return null;
    }
    var query = new LinkedHashMap<>(kept);
    query.put("limit", Integer.toString(size));
    query.put("from", Integer.toString(offset + size));
    return "<" + url + "?" + Exchange.encode(query) + ">; rel=" + TYPOGRAPHIC_NEXT;
  }
}
