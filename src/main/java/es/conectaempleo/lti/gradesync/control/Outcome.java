package es.conectaempleo.lti.gradesync.control;

import java.time.Duration;

/**
 * How one delivery try ended. Immutable.
 *
 * @param verdict {@link Verdict#DELIVERED}, {@link Verdict#RETRY} or {@link Verdict#FAILED}
 * @param httpStatus the platform's status; {@code null} when it did not answer
 * @param reason the platform's message or what went wrong; {@code null} when delivered
 * @param retryIn for a retry: after how long; else {@code null}
 * @param restamp for a retry: send with a fresh timestamp
 */
public record Outcome(
    Verdict verdict, Integer httpStatus, String reason, Duration retryIn, boolean restamp) {

  public static Outcome delivered(int httpStatus) {
    return new Outcome(Verdict.DELIVERED, httpStatus, null, null, false);
  }

  public static Outcome failed(Integer httpStatus, String reason) {
    return new Outcome(Verdict.FAILED, httpStatus, reason, null, false);
  }

  public static Outcome retry(Integer httpStatus, String reason, Duration retryIn, boolean restamp) {
    return new Outcome(Verdict.RETRY, httpStatus, reason, retryIn, restamp);
  }
}
