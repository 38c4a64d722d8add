package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.lti.ServiceFailure;

/**
 * What a failed score delivery means for its outbox entry (checklist rules 11-14). Pure.
 *
 * <ul>
 *   <li>409 after an earlier try of the same score (same timestamp) may have reached the platform:
 *       it is there, {@link #DELIVERED}. A 409 on the first try: the platform holds a later
 *       timestamp (a teacher's edit, a clock ahead); {@link #RETRY} with a fresh timestamp.
 *   <li>401: {@link #REFRESH_TOKEN} once; a second 401 in a row is a {@link #RETRY}.
 *   <li>400, 403, 404, 412, 422: {@link #FAILED}, the platform will say the same again (a learner who
 *       is not a gradable student, a deleted line item); but not Canvas's rate-limit 403.
 *   <li>Everything else (429 and Canvas's rate-limit 403, 5xx, timeouts, broken connections,
 *       unreadable answers): {@link #RETRY} later.
 * </ul>
 *
 * <p>{@link #DEFER} is no answer of the platform: the score was not sent, because the platform had
 * asked every caller to wait ({@link PlatformPauses}) or the score's lease was running out.
 */
public enum Verdict {
  DELIVERED,
  REFRESH_TOKEN,
  RETRY,
  FAILED,
  DEFER;

  /**
   * @param failure never {@code null}
   * @param triedBefore an earlier try of this score, with this timestamp, may have reached the
   *     platform
   * @param refreshedToken the token was refreshed after a 401 already in this delivery
   */
  public static Verdict of(ServiceFailure failure, boolean triedBefore, boolean refreshedToken) {
    if (failure.isConflict()) {
      return triedBefore ? DELIVERED : RETRY;
    }
    if (failure.isUnauthorized()) {
      return refreshedToken ? RETRY : REFRESH_TOKEN;
    }
    if (failure.isPermanent()) {
      return FAILED;
    }
    return RETRY;
  }
}
