package es.conectaempleo.lti.roster.entity;

import es.conectaempleo.lti.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of an LMS course as the last roster import listed them. Written by imports only. */
@Entity
@Table(name = "roster_member")
@NamedQuery(
    name = RosterMember.FIND_BY_CONTEXT,
    query = "SELECT m FROM RosterMember m WHERE m.contextKey = :contextKey ORDER BY m.name, m.userId")
@NamedQuery(
    name = RosterMember.DELETE_BY_CONTEXT,
    query = "DELETE FROM RosterMember m WHERE m.contextKey = :contextKey")
public class RosterMember {
  public static final String FIND_BY_CONTEXT = "RosterMember.findByContext";
  public static final String DELETE_BY_CONTEXT = "RosterMember.deleteByContext";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "context_id", nullable = false, updatable = false)
  private long contextKey;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(nullable = false, updatable = false)
  private String status;

  @Column(nullable = false, updatable = false)
  private String roles;

  @Column(nullable = false, updatable = false)
  private boolean learner;

  @Column(updatable = false)
  private String name;

  @Column(updatable = false)
  private String email;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  protected RosterMember() {}

  public RosterMember(
      long contextKey, String userId, String status, String roles, boolean learner, String name, String email, Instant now) {
    this.contextKey = contextKey;
    this.userId = userId;
    this.status = status;
    this.roles = roles.length() <= 2000 ? roles : roles.substring(0, 2000);
    this.learner = learner;
    this.name = ColumnText.fit(name, 255);
    this.email = ColumnText.fit(email, 255);
    this.importedAt = now;
  }

  public String userId() {
    return userId;
  }

  public String status() {
    return status;
  }

  /** Holds the Learner role (and not only staff roles). */
  public boolean isLearner() {
    return learner;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }
}
