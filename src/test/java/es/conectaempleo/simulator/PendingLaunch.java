package es.conectaempleo.simulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A launch the LMS has started and keeps until the authorization request comes back: Moodle holds
 * it in the user's session under the {@code launchid} of the message hint, Canvas caches it under
 * the hint's verifier. Either way it is used once.
 */
final class PendingLaunch {
  private final LmsUser user;
  private final Placement placement;
  private final String messageHint;
  private final Instant expiresAt;
  private final AtomicBoolean consumed = new AtomicBoolean();

  /** @param expiresAt {@code null} when only the LMS session bounds it (Moodle) */
  PendingLaunch(LmsUser user, Placement placement, String messageHint, Instant expiresAt) {
    this.user = user;
    this.placement = placement;
    this.messageHint = messageHint;
    this.expiresAt = expiresAt;
  }

  LmsUser user() {
    return user;
  }

  Placement placement() {
    return placement;
  }

  String messageHint() {
    return messageHint;
  }

  /** Marks it used; {@code false} if it was used before or has expired. */
  boolean consume(Instant now) {
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return false;
    }
    return consumed.compareAndSet(false, true);
  }
}
