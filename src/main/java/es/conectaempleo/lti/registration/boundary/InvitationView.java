package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.registration.entity.RegistrationInvitation;
import java.time.Instant;

/**
 * An invitation as the admin API shows it. The registration URL (with its code) is shown only in
 * the answer that creates it: the tool keeps no copy of the code.
 *
 * @param state {@code open}, {@code used} or {@code expired}
 * @param platformId the platform it registered; {@code null} until used
 */
public record InvitationView(
    long id,
    String name,
    String state,
    Instant createdAt,
    Instant expiresAt,
    Long platformId,
    String registrationUrl) {

  static InvitationView of(RegistrationInvitation invitation, Instant now, String registrationUrl) {
    String state = invitation.isUsed() ? "used" : invitation.isExpired(now) ? "expired" : "open";
    return new InvitationView(
        invitation.id(),
        invitation.name(),
        state,
        invitation.createdAt(),
        invitation.expiresAt(),
        invitation.isUsed() ? invitation.platform().id() : null,
        registrationUrl);
  }
}
