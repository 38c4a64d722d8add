package es.conectaempleo.lti.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where an LMS course's membership service lives, as the latest launch with the NRPS claim said, and
 * how the last import went. One per LMS course.
 */
@Entity
@Table(name = "roster_source")
@NamedQuery(
    name = RosterSource.FIND_BY_CONTEXT,
    query = "SELECT s FROM RosterSource s WHERE s.contextKey = :contextKey")
public class RosterSource {
  public static final String FIND_BY_CONTEXT = "RosterSource.findByContext";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "context_id", nullable = false, updatable = false)
  private long contextKey;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(name = "memberships_url", nullable = false)
  private String membershipsUrl;

  /** The last import that succeeded: a failed one leaves the roster, and this, as they were. */
  @Column(name = "last_import_at")
  private Instant lastImportAt;

  @Column(name = "last_import_count")
  private Integer lastImportCount;

  @Column(name = "last_import_error")
  private String lastImportError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RosterSource() {}

  public RosterSource(long contextKey, long platformId, String membershipsUrl, Instant now) {
    this.contextKey = contextKey;
    this.platformId = platformId;
    this.membershipsUrl = membershipsUrl;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the URL of a newer launch; returns whether it changed. */
  public boolean point(String url, Instant now) {
    if (url.equals(membershipsUrl)) {
      return false;
    }
    membershipsUrl = url;
    updatedAt = now;
    return true;
  }

  public void imported(int count, Instant now) {
    lastImportAt = now;
    lastImportCount = count;
    lastImportError = null;
  }

  /**
   * Keeps the reason of a failed import for the instructor. The roster and the time of the last
   * import that succeeded stay: before, a first import that failed looked like an empty roster
   * ("every learner has opened the tool").
   */
  public void importFailed(String reason) {
    lastImportError = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
  }

  public long contextKey() {
    return contextKey;
  }

  public long platformId() {
    return platformId;
  }

  public String membershipsUrl() {
    return membershipsUrl;
  }

  public Instant lastImportAt() {
    return lastImportAt;
  }

  public Integer lastImportCount() {
    return lastImportCount;
  }

  public String lastImportError() {
    return lastImportError;
  }
}
