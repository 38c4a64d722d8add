package es.conectaempleo.lti.lti;

/**
 * A fault of the tool itself while talking to a platform: configuration (a signing key without its
 * private part or {@code kid}), or a signing failure. Retrying does not help; an operator must
 * look. What the platform or the network did wrong is {@link ServiceCallException} instead.
 */
public class ToolFaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, without secrets; never {@code null}
   * @param cause may be {@code null}
   */
  public ToolFaultException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what is wrong, without secrets; never {@code null}
   */
  public ToolFaultException(String message) {
    super(message);
  }
}
