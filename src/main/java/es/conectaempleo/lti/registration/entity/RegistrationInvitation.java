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
 * A one-time link that lets one LMS register itself with the tool through LTI Dynamic Registration.
 * The operator creates it (admin API) and hands its URL to the LMS admin; the code in the URL is
 * kept only as a hash. Open until it expires or registers a platform; while a registration is under
 * way it is claimed, so two clicks cannot register twice.
 */
@Entity
@Table(name = "registration_invitation")
@NamedQuery(
    name = RegistrationInvitation.FIND_ALL,
    query = "SELECT i FROM RegistrationInvitation i ORDER BY i.id DESC")
@NamedQuery(
    name = RegistrationInvitation.FIND_BY_CODE_HASH,
    query = "SELECT i FROM RegistrationInvitation i WHERE i.codeHash = :codeHash")
@NamedQuery(
    name = RegistrationInvitation.CLAIM,
    query =
        "UPDATE RegistrationInvitation i SET i.claimedAt = :now WHERE i.id = :id"
            + " AND i.platform IS NULL AND i.expiresAt > :now"
            + " AND (i.claimedAt IS NULL OR i.claimedAt < :staleBefore)")
@NamedQuery(
    name = RegistrationInvitation.RELEASE,
    query =
        "UPDATE RegistrationInvitation i SET i.claimedAt = NULL WHERE i.id = :id AND i.platform IS NULL")
public class RegistrationInvitation {
  public static final String FIND_ALL = "RegistrationInvitation.findAll";
  public static final String FIND_BY_CODE_HASH = "RegistrationInvitation.findByCodeHash";
  public static final String CLAIM = "RegistrationInvitation.claim";
  public static final String RELEASE = "RegistrationInvitation.release";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "name")
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "platform_id")
  private Platform platform;

  protected RegistrationInvitation() {}

  public RegistrationInvitation(String codeHash, String name, Instant now, Instant expiresAt) {
    this.codeHash = codeHash;
    this.name = name;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public Long id() {
    return id;
  }

  /** What the operator called it (e.g. the LMS's name); may be {@code null}. */
  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return platform != null;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** The platform it registered, or {@code null} while open. */
  public Platform platform() {
    return platform;
  }

  /** Ends an open invitation now (a link sent to the wrong person); a used one stays as it was. */
  public void revoke(Instant now) {
    if (!isUsed() && now.isBefore(expiresAt)) {
      expiresAt = now;
    }
  }

  public void registered(Platform registered) {
    this.platform = registered;
  }
}
