package es.conectaempleo.lti.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A course of the LMS (Moodle course, Canvas course) the tool was launched from; key (platform, context id). */
@Entity
@Table(name = "lms_context")
@NamedQuery(
    name = LmsContext.FIND_BY_CONTEXT_ID,
    query =
        "SELECT c FROM LmsContext c WHERE c.platformId = :platformId AND c.contextId = :contextId")
public class LmsContext {
  public static final String FIND_BY_CONTEXT_ID = "LmsContext.findByContextId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(name = "context_id", nullable = false, updatable = false)
  private String contextId;

  private String label;

  private String title;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LmsContext() {}

  public LmsContext(long platformId, String contextId, Instant now) {
    this.platformId = platformId;
    this.contextId = contextId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the label and title a launch sent (courses get renamed). */
  public void describe(String label, String title, Instant now) {
    if ((label != null && !Objects.equals(label, this.label))
        || (title != null && !Objects.equals(title, this.title))) {
      this.label = label != null ? label : this.label;
      this.title = title != null ? title : this.title;
      this.updatedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String contextId() {
    return contextId;
  }

  public String label() {
    return label;
  }

  public String title() {
    return title;
  }
}
