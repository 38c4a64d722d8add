package es.conectaempleo.lti.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A placement of the tool in an LMS course (a Moodle activity, a Canvas assignment or module item);
 * key (platform, resource link id). It remembers which catalog course it opens, once known.
 */
@Entity
@Table(name = "resource_link")
@NamedQuery(
    name = ResourceLink.FIND_BY_LINK_ID,
    query =
        "SELECT r FROM ResourceLink r WHERE r.platformId = :platformId"
            + " AND r.resourceLinkId = :resourceLinkId")
public class ResourceLink {
  public static final String FIND_BY_LINK_ID = "ResourceLink.findByLinkId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(name = "deployment_id", nullable = false)
  private long deploymentKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "context_id")
  private LmsContext context;

  @Column(name = "resource_link_id", nullable = false, updatable = false)
  private String resourceLinkId;

  private String title;

  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ResourceLink() {}

  public ResourceLink(
      long platformId, long deploymentKey, LmsContext context, String resourceLinkId, Instant now) {
    this.platformId = platformId;
    this.deploymentKey = deploymentKey;
    this.context = context;
    this.resourceLinkId = resourceLinkId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes what a launch through this link said of it. */
  public void describe(String title, Long courseId, Instant now) {
    boolean changed = false;
    if (title != null && !title.equals(this.title)) {
      this.title = title;
      changed = true;
    }
    if (courseId != null && !Objects.equals(courseId, this.courseId)) {
      this.courseId = courseId;
      changed = true;
    }
    if (changed) {
      this.updatedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String resourceLinkId() {
    return resourceLinkId;
  }

  public String title() {
    return title;
  }

  /** The catalog course this link opens; {@code null} until a launch names one. */
  public Long courseId() {
    return courseId;
  }
}
