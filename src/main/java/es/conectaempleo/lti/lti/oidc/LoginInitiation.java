package es.conectaempleo.lti.lti.oidc;

import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import java.util.Map;
import java.util.Optional;

/**
 * A third-party-initiated login request, as a platform sends it (GET query or POST form). Immutable.
 *
 * @param issuer {@code iss}; never {@code null}
 * @param loginHint {@code login_hint}, opaque, echoed unchanged; never {@code null}
 * @param targetLinkUri {@code target_link_uri}; never {@code null}
 * @param messageHint {@code lti_message_hint}, opaque, echoed unchanged; may be {@code null}
 * @param clientId {@code client_id}; may be {@code null} (optional in LTI Core §4.1.3)
 * @param deploymentId {@code lti_deployment_id}, or Canvas's {@code deployment_id}; may be {@code null}
 * @param storageTarget {@code lti_storage_target} (Platform Storage, Canvas); may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#additional-login-parameters">LTI Core 1.3 §4.1</a>
 */
public record LoginInitiation(
    String issuer,
    String loginHint,
    String targetLinkUri,
    String messageHint,
    String clientId,
    String deploymentId,
    String storageTarget) {

  /**
   * Reads the login parameters.
   *
   * @param parameters the request's parameters, first value of each; never {@code null}
   * @throws LaunchRejectedException with {@link Rejection#LOGIN_PARAMETER_MISSING} when a required
   *     parameter is absent or blank, {@link Rejection#LOGIN_PARAMETER_TOO_LONG} when any is longer
   *     than {@link #MAX_LENGTH}
   */
  public static LoginInitiation from(Map<String, String> parameters) throws LaunchRejectedException {
    return new LoginInitiation(
        required(parameters, "iss"),
        required(parameters, "login_hint"),
        required(parameters, "target_link_uri"),
        optional(parameters, "lti_message_hint"),
        optional(parameters, "client_id"),
        Optional.ofNullable(optional(parameters, "lti_deployment_id"))
            .orElse(optional(parameters, "deployment_id")),
        optional(parameters, "lti_storage_target"));
  }

  /**
   * The longest value a login parameter may have. {@code login_hint} and {@code lti_message_hint} go
   * back to the platform in the authentication request's URL; Moodle's hints are a few dozen
   * characters and Canvas's message hint, a JWT, under two thousand, while servers commonly refuse
   * request lines over 8 KiB. Anything longer is not from an LMS.
   */
  public static final int MAX_LENGTH = 4096;

  private static String required(Map<String, String> parameters, String name)
      throws LaunchRejectedException {
    String value = optional(parameters, name);
    if (value == null) {
      throw new LaunchRejectedException(
          Rejection.LOGIN_PARAMETER_MISSING, "login parameter " + name + " is missing");
    }
    return value;
  }

  private static String optional(Map<String, String> parameters, String name)
      throws LaunchRejectedException {
    String value = parameters.get(name);
    if (value != null && value.length() > MAX_LENGTH) {
      throw new LaunchRejectedException(
          Rejection.LOGIN_PARAMETER_TOO_LONG,
          "login parameter " + name + " is longer than " + MAX_LENGTH + " characters");
    }
    return value == null || value.isBlank() ? null : value;
  }
}
