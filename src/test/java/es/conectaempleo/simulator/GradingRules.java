package es.conectaempleo.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * What differs between Moodle's and Canvas's Assignment and Grade Services: URL shapes, status codes
 * and messages of refusals, which scores change the grade, and paging. The AGS endpoints apply the
 * spec's rules themselves and ask these for the LMS's answer (LTI-CHECKLIST §1.6, §2.5).
 */
sealed interface GradingRules permits MoodleGrading, CanvasGrading {
  /** An answer that refuses the request. */
  record Refusal(int status, String message) {}

  /** Path of the course's line items container, below the platform URL. */
  String lineItemsPath(Placement placement);

  /** Path of one line item of the course. */
  String lineItemPath(Placement placement, long number);

  /** What every AGS URL of the placement carries after {@code ?}; empty when nothing. */
  String query(Placement placement);

  /** Refuses a request whose query lacks what the LMS needs to know the tool; {@code null} if fine. */
  Refusal checkQuery(Map<String, String> query, SimulatedPlatform platform);

  /** A score posted with another Content-Type. */
  Refusal wrongScoreType(String contentType);

  /** A score that is not well formed: a field missing or of the wrong type or value. */
  Refusal incorrectScore(String why);

  /** {@code scoreGiven} without {@code scoreMaximum}. */
  Refusal scoreMaximumMissing();

  /** The user is not enrolled in the course as a student. */
  Refusal notGradable();

  /** Refuses a score whose timestamp is not late enough; {@code null} when it may be stored. */
  Refusal stale(Instant stored, Instant received);

  /** A new line item names a resource link the course does not have. */
  Refusal unknownResourceLink(String resourceLinkId);

  /** A new line item names a link of the course that has no line items (Canvas: not an assignment). */
  Refusal noLineItemsOnLink(String resourceLinkId);

  /**
   * The grade the gradebook shows after accepting a score.
   *
   * @param previous the grade before; {@code null} when empty
   * @param score the accepted score
   * @return the new grade in the line item's points; {@code null} when empty
   */
  Double grade(Double previous, ReceivedScore score, LineItem item);

  /**
   * Whether the LMS counts the accepted score as a new submission of the learner's work (Canvas: an
   * attempt, unless its submission extension says {@code new_submission: false} or submission type
   * {@code none}); Moodle has no such notion.
   */
  boolean countsAsSubmission(ReceivedScore score);

  /** A new submission on a line item whose allowed attempts are used up. */
  Refusal attemptsUsedUp();

  /** Whether results omit {@code resultScore} for this grade (Moodle: empty or 0). */
  boolean hidesResultScore(Double grade);

  /** Whether line items carry the legacy {@code ltiLinkId} next to {@code resourceLinkId}. */
  boolean legacyLinkId();

  /** The {@code resource_link_id} filter of a line items request, by the LMS's parameter names. */
  String resourceLinkFilter(Map<String, String> query);

  /** Index of the first item of the page a request asks for. */
  int pageOffset(Map<String, String> query, int size);

  /**
   * The {@code Link} header of one page of line items or results, or {@code null} when none.
   *
   * @param url the collection URL without query
   * @param kept query parameters every link repeats (the LMS's own and the filters)
   */
  String pageLinks(String url, Map<String, String> kept, int size, int offset, int total);
}
