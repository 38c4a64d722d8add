package es.conectaempleo.lti.gradesync.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How the gradebook delivery of one learner's attempt stands, for the instructor. Immutable.
 *
 * @param status {@code pending}, {@code delivered} or {@code failed}
 * @param outboxId the outbox entry to retry; never {@code null}
 * @param scoreGiven the score of that entry; {@code null} for progress-only scores
 * @param lastError the platform's message of the last failed try; may be {@code null}
 */
public record Delivery(
    long enrollmentId,
    long outboxId,
    String status,
    BigDecimal scoreGiven,
    int attempts,
    Instant lastAttemptAt,
    Integer lastHttpStatus,
    String lastError,
    Instant deliveredAt) {

  public boolean failed() {
    return "failed".equals(status);
  }

  /**
   * Still pending after the LMS refused or failed a try (a 5xx, a refused access token, a rate
   * limit): it is retried by itself, and the instructor sees why it has not arrived yet.
   */
  public boolean retryingAfterError() {
    return "pending".equals(status) && lastError != null;
  }
}
