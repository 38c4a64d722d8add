package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.registration.entity.Platform;
import es.conectaempleo.lti.registration.entity.RegistrationInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one-time codes that open Dynamic Registration to one LMS. A code is 256 random bits; the
 * database keeps only its SHA-256, so a copy of the database opens nothing.
 */
@ApplicationScoped
@Transactional
public class RegistrationInvitations {
  /**
   * A registration claimed longer ago than this is taken to have died with its node (the LMS calls
   * take seconds), and the invitation may be used again.
   */
  static final Duration STALE_CLAIM = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A new invitation and its code, which is shown once and never stored. */
  public record Issued(RegistrationInvitation invitation, String code) {}

  public Issued issue(String name, Duration validFor) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    var invitation = new RegistrationInvitation(hash(code), name, now, now.plus(validFor));
    em.persist(invitation);
    em.flush();
    return new Issued(invitation, code);
  }

  /** Every invitation, newest first. */
  public List<RegistrationInvitation> all() {
    return em.createNamedQuery(RegistrationInvitation.FIND_ALL, RegistrationInvitation.class).getResultList();
  }

  /**
   * Ends an invitation before its time; its link then answers "expired".
   *
   * @throws NotFoundException when there is no such invitation
   * @throws ClientErrorException 409 when it registered a platform already
   */
  public RegistrationInvitation revoke(long id) {
    RegistrationInvitation invitation = em.find(RegistrationInvitation.class, id);
    if (invitation == null) {
      throw new NotFoundException("No registration invitation " + id);
    }
    if (invitation.isUsed()) {
      throw new ClientErrorException(
          "This invitation registered platform " + invitation.platform().id() + " already", Status.CONFLICT);
    }
    invitation.revoke(clock.instant());
    return invitation;
  }

  /** The invitation of that code, used, expired or open; empty for a code never issued. */
  public Optional<RegistrationInvitation> find(String code) {
    if (code == null || code.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(RegistrationInvitation.FIND_BY_CODE_HASH, RegistrationInvitation.class)
        .setParameter("codeHash", hash(code))
        .getResultStream()
        .findFirst();
  }

  /**
   * Marks the invitation as being used, in its own transaction so that a second click waits for
   * nothing and is refused at once.
   *
   * @return false when it is used, expired, or another registration with it is under way
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long id) {
    Instant now = clock.instant();
    return em.createNamedQuery(RegistrationInvitation.CLAIM)
            .setParameter("id", id)
            .setParameter("now", now)
            .setParameter("staleBefore", now.minus(STALE_CLAIM))
            .executeUpdate()
        == 1;
  }

  /** The registration failed: the invitation may be used again (until it expires). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(long id) {
    em.createNamedQuery(RegistrationInvitation.RELEASE).setParameter("id", id).executeUpdate();
  }

  /** The invitation registered that platform and is spent; joins the caller's transaction. */
  void spend(long id, Platform platform) {
    em.find(RegistrationInvitation.class, id).registered(platform);
  }

  static String hash(String code) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
