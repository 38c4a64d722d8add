package es.conectaempleo.lti.lti;

import java.util.Objects;

/**
 * A login or launch refused because of what the platform or browser sent. Every message starts with
 * {@code "Launch rejected: "}. Faults of the tool itself (configuration, database) are never this
 * exception.
 */
public class LaunchRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Rejection reason;

  /**
   * @param reason why; never {@code null}
   * @param detail a short explanation safe to show and log (no tokens, no keys); never {@code null}
   */
  public LaunchRejectedException(Rejection reason, String detail) {
    super("Launch rejected: " + Objects.requireNonNull(detail, "detail"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Rejection reason() {
    return reason;
  }

  /** The explanation without the shared prefix. */
  public String detail() {
    return getMessage().substring("Launch rejected: ".length());
  }
}
