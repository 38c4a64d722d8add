package es.conectaempleo.lti.lti.dynreg;

import es.conectaempleo.lti.lti.JsonMembers;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ServiceHttp;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The two calls of a Dynamic Registration: read the platform's OpenID configuration (§3.4) and post
 * the tool's registration (§3.5.2). The registration token goes with both as a bearer token when
 * the platform gave one: Canvas refuses its configuration without it. Thread-safe.
 */
public final class RegistrationClient {
  private static final String JSON = "application/json";
  /** The registry's client id column. */
  static final int MAX_CLIENT_ID_LENGTH = 255;

  private final ServiceHttp http;

  public RegistrationClient(ServiceHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * @param url the {@code openid_configuration} the platform passed; callable (https, or http on
   *     loopback)
   * @param registrationToken may be {@code null}
   * @throws ServiceCallException no 2xx answer, or not a usable configuration (the failure's
   *     detail names the missing member)
   */
  public PlatformConfiguration configuration(URI url, String registrationToken) throws ServiceCallException {
    ServiceHttp.Response response = http.get(url, JSON, bearer(registrationToken));
    try {
      return PlatformConfiguration.fromJson(response.jsonObject("GET"));
    } catch (PlatformConfiguration.InvalidConfiguration e) {
      throw new ServiceCallException(
          ServiceFailure.malformed("GET", url, response.status(), response.body(), e.getMessage()), e);
    }
  }

  /**
   * @param registrationJson from {@link ToolRegistrationRequest#toJson}
   * @throws ServiceCallException no 2xx answer, or an answer without a client id
   */
  public RegisteredTool register(URI registrationEndpoint, String registrationToken, String registrationJson)
      throws ServiceCallException {
    ServiceHttp.Response response =
        http.post(registrationEndpoint, JSON, registrationJson, JSON, bearer(registrationToken));
    Map<String, Object> answer = response.jsonObject("POST");
    String clientId = JsonMembers.string(answer, "client_id");
    if (clientId == null || clientId.length() > MAX_CLIENT_ID_LENGTH) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              "POST", registrationEndpoint, response.status(), response.body(), "no usable client_id"));
    }
    // Moodle names the deployment in the tool configuration; Canvas (when it creates one at
    // registration) at the top level.
    String deploymentId = null;
    if (answer.get(ToolRegistrationRequest.TOOL_CONFIGURATION) instanceof Map<?, ?> tool) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) tool;
      deploymentId = JsonMembers.string(typed, "deployment_id");
    }
    if (deploymentId == null) {
      deploymentId = JsonMembers.string(answer, "deployment_id");
    }
    if (deploymentId != null && deploymentId.length() > MAX_CLIENT_ID_LENGTH) {
      deploymentId = null; // longer than any LMS makes them: leave it to the admin API
    }
    return new RegisteredTool(clientId, deploymentId, JsonMembers.string(answer, "scope"));
  }

  private static String bearer(String token) {
    return token == null || token.isBlank() ? null : "Bearer " + token;
  }
}
