package es.conectaempleo.lti.registration.entity;

import es.conectaempleo.lti.lti.PlatformConfig;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;

/**
 * One LMS registration of this tool. The pair (issuer, client id) is unique and never changes after
 * registration; the endpoint URLs may be corrected by an admin.
 */
@Entity
@Table(name = "platform")
@NamedQuery(name = Platform.FIND_ALL, query = "SELECT p FROM Platform p ORDER BY p.id")
@NamedQuery(
    name = Platform.FIND_BY_ISSUER_AND_CLIENT,
    query = "SELECT p FROM Platform p WHERE p.issuer = :issuer AND p.clientId = :clientId")
@NamedQuery(
    name = Platform.FIND_BY_ISSUER,
    query = "SELECT p FROM Platform p WHERE p.issuer = :issuer ORDER BY p.id")
public class Platform {
  public static final String FIND_ALL = "Platform.findAll";
  public static final String FIND_BY_ISSUER_AND_CLIENT = "Platform.findByIssuerAndClient";
  public static final String FIND_BY_ISSUER = "Platform.findByIssuer";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false, updatable = false)
  private String clientId;

  private String name;

  @Column(name = "auth_login_url", nullable = false)
  private String authLoginUrl;

  @Column(name = "access_token_url", nullable = false)
  private String accessTokenUrl;

  @Column(name = "jwks_url", nullable = false)
  private String jwksUrl;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Platform() {}

  public Platform(PlatformConfig config, String name, Instant now) {
    this.issuer = config.issuer();
    this.clientId = config.clientId();
    this.createdAt = now;
    update(config, name, now);
  }

  /** Corrects the endpoints and name; issuer and client id stay what they were. */
  public void update(PlatformConfig config, String name, Instant now) {
    this.name = name;
    this.authLoginUrl = config.authLoginUrl().toString();
    this.accessTokenUrl = config.accessTokenUrl().toString();
    this.jwksUrl = config.jwksUrl().toString();
    this.updatedAt = now;
  }

  /** The plain value the LTI library works with. */
  public PlatformConfig config() {
    return new PlatformConfig(
        issuer, clientId, URI.create(authLoginUrl), URI.create(accessTokenUrl), URI.create(jwksUrl));
  }

  public Long id() {
    return id;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
