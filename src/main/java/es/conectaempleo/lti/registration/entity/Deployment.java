package es.conectaempleo.lti.registration.entity;

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

/**
 * A deployment of the tool inside a platform: in Moodle one per tool type, in Canvas one per
 * installation (account, sub-account or course). Launches from unregistered deployments are
 * refused. Immutable once registered.
 */
@Entity
@Table(name = "deployment")
@NamedQuery(
    name = Deployment.FIND_BY_PLATFORM,
    query = "SELECT d FROM Deployment d WHERE d.platform.id = :platformId ORDER BY d.id")
@NamedQuery(
    name = Deployment.FIND_ONE,
    query =
        "SELECT d FROM Deployment d WHERE d.platform.id = :platformId"
            + " AND d.deploymentId = :deploymentId")
public class Deployment {
  public static final String FIND_BY_PLATFORM = "Deployment.findByPlatform";
  public static final String FIND_ONE = "Deployment.findOne";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "platform_id", updatable = false)
  private Platform platform;

  @Column(name = "deployment_id", nullable = false, updatable = false)
  private String deploymentId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Deployment() {}

  public Deployment(Platform platform, String deploymentId, Instant now) {
    this.platform = platform;
    this.deploymentId = deploymentId;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String deploymentId() {
    return deploymentId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
