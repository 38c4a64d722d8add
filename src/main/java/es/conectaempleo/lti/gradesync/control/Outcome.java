package es.conectaempleo.lti.gradesync.control;

import java.time.Duration;

/**
 * How one delivery try ended. Immutable.
 *
 * @param verdict {@link Verdict#DELIVERED}, {@link Verdict#RETRY} or {@link Verdict#FAILED}
 * @param httpStatus the platform's status; {@code null} when it did not answer
 * @param reason the platform's message or what went wrong; {@code null} when delivered
 * @param retryIn for a retry: after how long; else {@code null}
 * @param restamp for a retry: send with a fresh timestamp. Always safe; required when the score did
 *     not go out, so that a later 409 for its timestamp is never taken for its own earlier arrival
 * @param platformWait how long every score to this platform should wait (it answered 429, or 503
 *     with {@code Retry-After}, or would not give an access token); {@code null} when none
 */
public record Outcome(
    Verdict verdict, Integer httpStatus, String reason, Duration retryIn, boolean restamp, Duration platformWait) {

  public static Outcome delivered(int httpStatus) {
    return new Outcome(Verdict.DELIVERED, httpStatus, null, null, false, null);
  }

  public static Outcome failed(Integer httpStatus, String reason) {
    return new Outcome(Verdict.FAILED, httpStatus, reason, null, false, null);
  }

  public static Outcome retry(Integer httpStatus, String reason, Duration retryIn, boolean restamp) {
    return new Outcome(Verdict.RETRY, httpStatus, reason, retryIn, restamp, null);
  }

  /**
   * A retry after the platform asked every caller to wait {@code retryIn} (429, 503 with {@code
   * Retry-After}), or refused what every score needs (an access token).
   */
  public static Outcome throttled(Integer httpStatus, String reason, Duration retryIn, boolean restamp) {
    return new Outcome(Verdict.RETRY, httpStatus, reason, retryIn, restamp, retryIn);
  }

  /**
   * Not sent, on purpose: the platform asked to wait (see {@link PlatformPauses}), or the score's
   * lease was running out; due again after {@code retryIn}, no try counted.
   */
  public static Outcome deferred(Duration retryIn) {
    return new Outcome(Verdict.DEFER, null, null, retryIn, false, null);
  }
}
