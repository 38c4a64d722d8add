package es.conectaempleo.lti.keys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A random secret the tool made for itself, named by purpose. Immutable once created. */
@Entity
@Table(name = "tool_secret")
public class ToolSecret {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String name;

  @Column(nullable = false, updatable = false)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ToolSecret() {}

  /** A new 256-bit secret. */
  public static ToolSecret generate(String name, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var secret = new ToolSecret();
    secret.name = name;
    secret.secret = Base64.getEncoder().encodeToString(bytes);
    secret.createdAt = now;
    return secret;
  }

  public byte[] bytes() {
    return Base64.getDecoder().decode(secret);
  }
}
