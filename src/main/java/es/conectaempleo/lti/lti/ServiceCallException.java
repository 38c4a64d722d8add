package es.conectaempleo.lti.lti;

import java.util.Objects;

/**
 * A call to a platform service (token endpoint, AGS, NRPS) that did not succeed because of the
 * platform or the network: a non-2xx answer, no answer, or an answer that cannot be used. Every
 * message starts with {@code "Service call failed: "}. The {@link #failure() facts} let the caller
 * decide whether to retry, refresh the token or give up. Faults of the tool itself (a signing key
 * without private part, a bug) are never this exception but {@link ToolFaultException}.
 */
public class ServiceCallException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ServiceFailure failure;

  /**
   * @param failure what happened; never {@code null}
   */
  public ServiceCallException(ServiceFailure failure) {
    this(failure, null);
  }

  /**
   * @param failure what happened; never {@code null}
   * @param cause the underlying exception; may be {@code null}
   */
  public ServiceCallException(ServiceFailure failure, Throwable cause) {
    super("Service call failed: " + Objects.requireNonNull(failure, "failure"), cause);
    this.failure = failure;
  }

  public ServiceFailure failure() {
    return failure;
  }

  /** See {@link ServiceFailure#isPermanent()}. */
  public boolean isPermanent() {
    return failure.isPermanent();
  }

  /** See {@link ServiceFailure#isRetryable()}. */
  public boolean isRetryable() {
    return failure.isRetryable();
  }

  /** See {@link ServiceFailure#isUnauthorized()}. */
  public boolean isUnauthorized() {
    return failure.isUnauthorized();
  }

  /** See {@link ServiceFailure#isConflict()}. */
  public boolean isConflict() {
    return failure.isConflict();
  }
}
