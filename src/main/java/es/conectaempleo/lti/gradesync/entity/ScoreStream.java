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
 * The scores of one learner on one placement's line item, in order. It remembers what was queued
 * (the best graded score, the last activity progress) so that no ungraded score follows a graded
 * one and no score lowers the best; and the last timestamp stamped, so each score's timestamp is
 * whole seconds later than the previous one (Moodle refuses an equal second with 409).
 *
 * <p>The lease columns are written only by the SQL of {@link #claim} and {@link #release}: a node
 * delivers a stream's scores only while it holds the lease, so one delivery per stream is in
 * flight across all nodes, and a node killed mid-delivery loses the lease when it expires.
 */
@Entity
@Table(name = "score_stream")
@NamedQuery(
    name = ScoreStream.FIND,
    query = "SELECT s FROM ScoreStream s WHERE s.gradeLinkId = :gradeLinkId AND s.userId = :userId")
@NamedQuery(
    name = ScoreStream.LEASED,
    query = "SELECT s FROM ScoreStream s WHERE s.id IN :ids AND s.leaseOwner = :owner ORDER BY s.id")
@NamedQuery(
    name = ScoreStream.GRADED_OF_LINK,
    query = "SELECT s.id FROM ScoreStream s WHERE s.gradeLinkId = :gradeLinkId AND s.bestScore IS NOT NULL ORDER BY s.id")
public class ScoreStream {
  public static final String FIND = "ScoreStream.find";
  public static final String GRADED_OF_LINK = "ScoreStream.gradedOfLink";
  public static final String LEASED = "ScoreStream.leased";

  /**
   * Takes the lease of streams that nobody holds or whose holder's lease ran out. Parameters:
   * owner, lease end, now, then the {@code streams} ids. The rows updated are the ones the caller
   * now holds (read them back by owner with {@link #LEASED}). Portable (H2, MySQL, MariaDB): the row
   * locks of the UPDATE make concurrent claims exclusive; callers pass the ids ascending so that
   * every transaction locks streams in the same order.
   */
  public static String claim(int streams) {
    return "UPDATE score_stream SET lease_owner = ?, lease_until = ?"
        + " WHERE (lease_until IS NULL OR lease_until < ?) AND id IN (" + marks(streams) + ")";
  }

  /**
   * Locks, of the given streams, those that no lease holds and no other transaction is writing, and
   * returns their ids ascending: a claim then takes only these (with {@link #claim}) and never waits.
   * A stream whose row a learner's request has locked to queue its new score is passed over, not
   * waited for: that request commits in a moment and wakes the pump, which takes it then. Waiting
   * instead held the whole batch, and the locks already taken in it, behind that request.
   * Parameters: now, then the {@code streams} ids. {@code FOR UPDATE SKIP LOCKED}: H2 2, MySQL 8,
   * MariaDB 10.6.
   */
  public static String lockFree(int streams) {
    return "SELECT id FROM score_stream WHERE (lease_until IS NULL OR lease_until < ?) AND id IN ("
        + marks(streams) + ") ORDER BY id FOR UPDATE SKIP LOCKED";
  }

  /**
   * Gives leases back, only where the caller still holds them. Parameters: owner, then the {@code
   * streams} ids (ascending).
   */
  public static String release(int streams) {
    return "UPDATE score_stream SET lease_owner = NULL, lease_until = NULL"
        + " WHERE lease_owner = ? AND id IN (" + marks(streams) + ")";
  }

  /**
   * Streams with a pending score due and no live lease, the longest due first. Parameters: now,
   * now; the caller limits the rows. It starts from the due pending scores (index {@code
   * ix_score_outbox_due}), not from the streams: the pump runs after every commit and every
   * delivery, and must cost what is waiting, not how many learners ever had a score.
   */
  public static final String DUE =
      "SELECT o.stream_id FROM score_outbox o JOIN score_stream s ON s.id = o.stream_id"
          + " WHERE o.status = 'pending' AND o.next_attempt_at <= ?"
          + " AND (s.lease_until IS NULL OR s.lease_until < ?)"
          + " GROUP BY o.stream_id ORDER BY MIN(o.next_attempt_at)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "grade_link_id", nullable = false, updatable = false)
  private long gradeLinkId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(name = "best_score", precision = 5, scale = 2)
  private BigDecimal bestScore;

  @Column(name = "last_progress", length = 16)
  private String lastProgress;

  @Column(name = "last_stamp")
  private Instant lastStamp;

  @Column(name = "lease_owner", insertable = false, updatable = false)
  private String leaseOwner;

  @Column(name = "lease_until", insertable = false, updatable = false)
  private Instant leaseUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ScoreStream() {}

  public ScoreStream(long gradeLinkId, String userId, Instant now) {
    this.gradeLinkId = gradeLinkId;
    this.userId = userId;
    this.createdAt = now;
  }

  /** A score was queued: remember what the gradebook will show after it. */
  public void queued(String activityProgress, BigDecimal gradedScore) {
    this.lastProgress = activityProgress;
    if (gradedScore != null && (bestScore == null || gradedScore.compareTo(bestScore) > 0)) {
      this.bestScore = gradedScore;
    }
  }

  /** A timestamp was given to a score of this stream. */
  public void stamped(Instant stamp) {
    this.lastStamp = stamp;
  }

  public Long id() {
    return id;
  }

  public long gradeLinkId() {
    return gradeLinkId;
  }

  public String userId() {
    return userId;
  }

  /** The best graded score queued so far; {@code null} while none was. */
  public BigDecimal bestScore() {
    return bestScore;
  }

  /** The activity progress of the last score queued; {@code null} while none was. */
  public String lastProgress() {
    return lastProgress;
  }

  /** The timestamp of the last score stamped; {@code null} while none was. */
  public Instant lastStamp() {
    return lastStamp;
  }

  public String leaseOwner() {
    return leaseOwner;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  private static String marks(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("no streams");
    }
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
