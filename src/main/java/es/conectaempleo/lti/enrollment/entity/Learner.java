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

/**
 * A person as one platform knows them: the key is (platform, {@code sub}). Name and email are kept
 * only when the platform shares them, and refreshed at each launch; a launch that omits them (the
 * LMS admin stopped sharing) does not erase what an earlier launch sent.
 */
@Entity
@Table(name = "learner")
@NamedQuery(
    name = Learner.FIND_BY_SUBJECT,
    query = "SELECT l FROM Learner l WHERE l.platformId = :platformId AND l.subject = :subject")
public class Learner {
  public static final String FIND_BY_SUBJECT = "Learner.findBySubject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(nullable = false, updatable = false)
  private String subject;

  private String name;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  private String email;

  private String locale;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Learner() {}

  public Learner(long platformId, String subject, Instant now) {
    this.platformId = platformId;
    this.subject = subject;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the profile a launch sent; returns whether anything changed. */
  public boolean updateProfile(
      String name, String givenName, String familyName, String email, String locale, Instant now) {
    boolean changed = false;
    if (name != null && !name.equals(this.name)) {
      this.name = name;
      changed = true;
    }
    if (givenName != null && !givenName.equals(this.givenName)) {
      this.givenName = givenName;
      changed = true;
    }
    if (familyName != null && !familyName.equals(this.familyName)) {
      this.familyName = familyName;
      changed = true;
    }
    if (email != null && !email.equals(this.email)) {
      this.email = email;
      changed = true;
    }
    if (locale != null && !Objects.equals(locale, this.locale)) {
      this.locale = locale;
      changed = true;
    }
    if (changed) {
      this.updatedAt = now;
    }
    return changed;
  }

  public Long id() {
    return id;
  }

  public long platformId() {
    return platformId;
  }

  public String subject() {
    return subject;
  }

  /** The name to show: the full name, else given + family name; may be {@code null}. */
  public String displayName() {
    if (name != null) {
      return name;
    }
    if (givenName != null || familyName != null) {
      return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName))
          .trim();
    }
    return null;
  }

  public String email() {
    return email;
  }

  public String locale() {
    return locale;
  }
}
