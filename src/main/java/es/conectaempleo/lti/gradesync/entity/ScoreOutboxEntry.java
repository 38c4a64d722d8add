package es.conectaempleo.lti.gradesync.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One score the LMS gradebook should receive, written in the transaction of the progress that
 * caused it. Lifecycle: {@code pending} → {@code delivered}; or → {@code failed} when the platform
 * refused it for good (kept with its message; an instructor may queue it again); or → {@code
 * superseded} when a newer score of the same stream made it pointless before it was delivered.
 * Retryable failures keep it pending with a later {@code nextAttemptAt}. Its timestamp ({@code
 * stamp}) is given at the first try and kept for every retry of the same score.
 */
@Entity
@Table(name = "score_outbox")
@NamedQuery(
    name = ScoreOutboxEntry.NEWEST_OPEN_IN_STREAMS,
    query =
        "SELECT MAX(o.id) FROM ScoreOutboxEntry o WHERE o.streamId IN :streamIds"
            + " AND o.status IN ('pending', 'failed') GROUP BY o.streamId")
@NamedQuery(
    name = ScoreOutboxEntry.SUPERSEDE_OPEN_IN_STREAMS,
    query =
        "UPDATE ScoreOutboxEntry o SET o.status = 'superseded' WHERE o.streamId IN :streamIds"
            + " AND o.status IN ('pending', 'failed') AND o.id NOT IN :keep")
@NamedQuery(
    name = ScoreOutboxEntry.GRADED_SENT_IN_STREAMS,
    query =
        "SELECT DISTINCT o.streamId FROM ScoreOutboxEntry o WHERE o.streamId IN :streamIds"
            + " AND o.scoreGiven IS NOT NULL AND (o.status = 'delivered' OR o.attempts > 0)")
@NamedQuery(
    name = ScoreOutboxEntry.NEWEST_IN_STREAM,
    query = "SELECT o FROM ScoreOutboxEntry o WHERE o.streamId = :streamId ORDER BY o.id DESC")
@NamedQuery(name = ScoreOutboxEntry.WITH_IDS, query = "SELECT o FROM ScoreOutboxEntry o WHERE o.id IN :ids")
@NamedQuery(
    name = ScoreOutboxEntry.NEWER_IN_STREAM,
    query =
        "SELECT COUNT(o) FROM ScoreOutboxEntry o WHERE o.streamId = :streamId AND o.id > :id"
            + " AND o.status <> 'superseded'")
@NamedQuery(
    name = ScoreOutboxEntry.OF_ENROLLMENTS,
    query =
        "SELECT o FROM ScoreOutboxEntry o WHERE o.enrollmentId IN :enrollmentIds"
            + " AND o.status <> 'superseded' ORDER BY o.id DESC")
@NamedQuery(
    name = ScoreOutboxEntry.COUNT_PENDING,
    query = "SELECT COUNT(o) FROM ScoreOutboxEntry o WHERE o.status = 'pending'")
public class ScoreOutboxEntry {
  public static final String NEWEST_OPEN_IN_STREAMS = "ScoreOutboxEntry.newestOpenInStreams";
  public static final String SUPERSEDE_OPEN_IN_STREAMS = "ScoreOutboxEntry.supersedeOpenInStreams";
  public static final String WITH_IDS = "ScoreOutboxEntry.withIds";
  public static final String NEWER_IN_STREAM = "ScoreOutboxEntry.newerInStream";
  public static final String NEWEST_IN_STREAM = "ScoreOutboxEntry.newestInStream";
  public static final String OF_ENROLLMENTS = "ScoreOutboxEntry.ofEnrollments";
  public static final String COUNT_PENDING = "ScoreOutboxEntry.countPending";

  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  /** Streams with a graded score that went out (delivered, or tried: it may have arrived). */
  public static final String GRADED_SENT_IN_STREAMS = "ScoreOutboxEntry.gradedSentInStreams";
  public static final String FAILED = "failed";
  public static final String SUPERSEDED = "superseded";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "stream_id", nullable = false, updatable = false)
  private long streamId;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(name = "score_given", precision = 5, scale = 2, updatable = false)
  private BigDecimal scoreGiven;

  @Column(name = "activity_progress", nullable = false, updatable = false, length = 16)
  private String activityProgress;

  @Column(name = "grading_progress", nullable = false, updatable = false, length = 16)
  private String gradingProgress;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  private Instant stamp;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ScoreOutboxEntry() {}

  /**
   * A score to deliver now.
   *
   * @param scoreGiven 0-100 for a graded score; {@code null} for progress only
   * @param activityProgress and gradingProgress: the AGS wire values, e.g. {@code InProgress}
   */
  public ScoreOutboxEntry(
      long streamId,
      long enrollmentId,
      BigDecimal scoreGiven,
      String activityProgress,
      String gradingProgress,
      Instant occurredAt,
      Instant now) {
    this.streamId = streamId;
    this.enrollmentId = enrollmentId;
    this.scoreGiven = scoreGiven;
    this.activityProgress = activityProgress;
    this.gradingProgress = gradingProgress;
    this.occurredAt = occurredAt;
    this.status = PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Gives the score its timestamp, once; retries keep it. */
  public void stamp(Instant stamp) {
    this.stamp = stamp;
  }

  public void markDelivered(int httpStatus, Instant now) {
    tried(httpStatus == 0 ? null : httpStatus, null, now);
    this.status = DELIVERED;
    this.deliveredAt = now;
  }

  /** A failure worth another try at {@code nextAttemptAt}; the entry stays pending. */
  public void markRetry(Integer httpStatus, String reason, Instant nextAttemptAt, Instant now) {
    tried(httpStatus, reason, now);
    this.nextAttemptAt = nextAttemptAt;
  }

  /** Not sent yet, on purpose (the platform asked to wait): due again then, no try counted. */
  public void defer(Instant nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }

  /** The platform refused the score for good; kept with its reason for the instructor. */
  public void markFailed(Integer httpStatus, String reason, Instant now) {
    tried(httpStatus, reason, now);
    this.status = FAILED;
  }

  /**
   * Queues a failed score again, to be sent at once with a fresh timestamp.
   *
   * @return whether it was failed
   */
  public boolean requeue(Instant now) {
    if (!FAILED.equals(status)) {
      return false;
    }
    this.status = PENDING;
    this.stamp = null;
    this.nextAttemptAt = now;
    return true;
  }

  private void tried(Integer httpStatus, String reason, Instant now) {
    this.attempts++;
    this.lastAttemptAt = now;
    this.lastHttpStatus = httpStatus;
    this.lastError = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
  }

  public Long id() {
    return id;
  }

  public long streamId() {
    return streamId;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  public String status() {
    return status;
  }

  public boolean isPending() {
    return PENDING.equals(status);
  }

  public BigDecimal scoreGiven() {
    return scoreGiven;
  }

  public String activityProgress() {
    return activityProgress;
  }

  public String gradingProgress() {
    return gradingProgress;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  /** The timestamp sent; {@code null} before the first try. */
  public Instant stamp() {
    return stamp;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastHttpStatus() {
    return lastHttpStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
