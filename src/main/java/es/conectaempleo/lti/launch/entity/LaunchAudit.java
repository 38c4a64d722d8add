package es.conectaempleo.lti.launch.entity;

import es.conectaempleo.lti.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of one launch attempt: accepted, or rejected with its reason code. Values are copied as
 * the request claimed them (a rejected launch may name an unknown platform); no token, key or
 * personal data beyond the LMS user id is kept. Written once, never changed.
 */
@Entity
@Table(name = "launch_audit")
@NamedQuery(name = LaunchAudit.FIND_RECENT, query = "SELECT a FROM LaunchAudit a ORDER BY a.id DESC")
@NamedQuery(
    name = LaunchAudit.FIND_RECENT_BY_OUTCOME,
    query = "SELECT a FROM LaunchAudit a WHERE a.outcome = :outcome ORDER BY a.id DESC")
@NamedQuery(
    name = LaunchAudit.SUBJECTS_LAUNCHED_IN,
    query = "SELECT DISTINCT a.subject FROM LaunchAudit a WHERE a.contextKey = :contextKey AND a.outcome = :outcome")
public class LaunchAudit {
  public static final String FIND_RECENT = "LaunchAudit.findRecent";
  public static final String FIND_RECENT_BY_OUTCOME = "LaunchAudit.findRecentByOutcome";
  /** The LMS user ids of the accepted launches from one LMS course. */
  public static final String SUBJECTS_LAUNCHED_IN = "LaunchAudit.subjectsLaunchedIn";

  private static final int MAX = 255;

  /**
   * Deletes the oldest rows up to an id (from {@link #oldestBatchEnd}). Parameters: that id, the
   * cutoff time (UTC). Portable (H2, MySQL, MariaDB).
   */
  public static final String DELETE_UP_TO = "DELETE FROM launch_audit WHERE id <= ? AND occurred_at < ?";

  /**
   * The largest id among the {@code size} oldest rows written before the cutoff, or {@code NULL}
   * when there are none: a retention run deletes in batches this size, each in a transaction of its
   * own, so that the first run on a year of audits neither holds locks for minutes nor fills the
   * database's undo log. Parameter: the cutoff time (UTC).
   */
  public static String oldestBatchEnd(int size) {
    return "SELECT MAX(id) FROM (SELECT id FROM launch_audit WHERE occurred_at < ? ORDER BY id LIMIT "
        + size + ") oldest";
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LaunchOutcome outcome;

  @Column(updatable = false)
  private String reason;

  @Column(updatable = false)
  private String detail;

  @Column(updatable = false)
  private String issuer;

  @Column(name = "client_id", updatable = false)
  private String clientId;

  @Column(name = "deployment_id", updatable = false)
  private String deploymentId;

  @Column(updatable = false)
  private String subject;

  @Column(name = "message_type", updatable = false)
  private String messageType;

  /** The LMS course (registry key) of an accepted launch; {@code null} for rejected ones. */
  @Column(name = "context_key", updatable = false)
  private Long contextKey;

  @Column(name = "course_code", updatable = false)
  private String courseCode;

  protected LaunchAudit() {}

  /** Who asked to launch what, as far as the request says. */
  public record Claimed(
      String issuer, String clientId, String deploymentId, String subject, String messageType) {
    public static final Claimed NOTHING = new Claimed(null, null, null, null, null);
  }

  /** @param contextKey the registry key of the LMS course launched from; may be {@code null} */
  public static LaunchAudit accepted(Claimed claimed, String courseCode, Long contextKey, Instant now) {
    var audit = of(claimed, now, LaunchOutcome.ACCEPTED);
    audit.courseCode = ColumnText.fit(courseCode, 64);
    audit.contextKey = contextKey;
    return audit;
  }

  public static LaunchAudit rejected(Claimed claimed, String reason, String detail, Instant now) {
    var audit = of(claimed, now, LaunchOutcome.REJECTED);
    audit.reason = reason;
    audit.detail = ColumnText.fit(detail, 500);
    return audit;
  }

  private static LaunchAudit of(Claimed claimed, Instant now, LaunchOutcome outcome) {
    var audit = new LaunchAudit();
    audit.occurredAt = now;
    audit.outcome = outcome;
    audit.issuer = ColumnText.fit(claimed.issuer(), MAX);
    audit.clientId = ColumnText.fit(claimed.clientId(), MAX);
    audit.deploymentId = ColumnText.fit(claimed.deploymentId(), MAX);
    audit.subject = ColumnText.fit(claimed.subject(), MAX);
    audit.messageType = ColumnText.fit(claimed.messageType(), 64);
    return audit;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String detail() {
    return detail;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String deploymentId() {
    return deploymentId;
  }

  public String subject() {
    return subject;
  }

  public String messageType() {
    return messageType;
  }

  public String courseCode() {
    return courseCode;
  }

  public LaunchOutcome outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }
}
