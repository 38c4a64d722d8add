package es.conectaempleo.lti.launch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The state and nonce of one login, kept until its launch arrives. Single use: consumed by the
 * first launch that presents it, expired after its lifetime. Rows stay a while after expiry so a
 * replayed nonce is recognised as such; then they are purged.
 */
@Entity
@Table(name = "launch_state")
@NamedQuery(name = LaunchState.FIND_BY_NONCE, query = "SELECT s FROM LaunchState s WHERE s.nonce = :nonce")
public class LaunchState {
  public static final String FIND_BY_NONCE = "LaunchState.findByNonce";

  @Id private String state;

  @Column(nullable = false, updatable = false)
  private String nonce;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  protected LaunchState() {}

  public LaunchState(String state, String nonce, long platformId, Instant now, Duration lifetime) {
    this.state = state;
    this.nonce = nonce;
    this.platformId = platformId;
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public String state() {
    return state;
  }

  public String nonce() {
    return nonce;
  }

  public long platformId() {
    return platformId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isConsumed() {
    return consumedAt != null;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
