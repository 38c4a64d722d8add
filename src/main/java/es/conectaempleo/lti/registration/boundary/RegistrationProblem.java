package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.ServiceFailure;
import java.net.URI;

/**
 * Why a Dynamic Registration cannot go on, for the LMS admin who started it: each reason has its
 * HTTP status and its own explanation on the page.
 */
public class RegistrationProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    /** No invitation has this code. */
    INVITATION_UNKNOWN(404),
    /** The invitation registered a platform already. */
    INVITATION_USED(410),
    INVITATION_EXPIRED(410),
    /** Another registration with this invitation is under way (a second click). */
    INVITATION_BUSY(409),
    /** The page was opened without the LMS's {@code openid_configuration}, or with an unusable one. */
    NOT_FROM_LMS(400),
    /** The configuration names an issuer on another domain than the one it came from (DR §3.5.1). */
    ISSUER_MISMATCH(400),
    /**
     * The LMS answered with an issuer and client id the tool has registered already: a registration
     * never takes over an existing platform (its keys and learners); the operator decides.
     */
    PLATFORM_EXISTS(409),
    /** The LMS did not answer, refused, or answered something unusable. */
    LMS_FAILED(502);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;
  private final transient ServiceFailure failure;

  public RegistrationProblem(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public RegistrationProblem(Reason reason, String detail, ServiceFailure failure) {
    super(reason + ": " + detail);
    this.reason = reason;
    this.failure = failure;
  }

  public Reason reason() {
    return reason;
  }

  /** What the LMS answered, for {@link Reason#LMS_FAILED}; otherwise {@code null}. */
  public ServiceFailure failure() {
    return failure;
  }

  /**
   * What the LMS answered, for its admin and the log: the call without its query (Canvas puts the
   * registration token there), what was wrong, and the start of the LMS's body; {@code null}
   * without a failure.
   */
  public String lmsAnswer() {
    return failure == null ? null : describe(failure);
  }

  static String describe(ServiceFailure failure) {
    URI uri = failure.uri();
    String where = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    var text = new StringBuilder(failure.method()).append(' ').append(where).append(": ").append(failure.detail());
    if (!failure.body().isEmpty()) {
      text.append("\n").append(failure.body());
    }
    return text.toString();
  }
}
