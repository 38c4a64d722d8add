package es.conectaempleo.lti.lti.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The OIDC authentication request the tool sends the browser to, as a redirect (a plain GET keeps
 * Moodle's SameSite session cookie, which a cross-site POST would lose). Immutable.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#step-2-authentication-request">Security
 *     Framework 1.0 §5.1.1.2</a>
 */
public final class AuthenticationRequest {
  private final URI authorizationEndpoint;
  private final Map<String, String> parameters;

  /**
   * @param authorizationEndpoint the platform's OIDC authorization URL; may already carry a query;
   *     never {@code null}
   * @param clientId never {@code null}
   * @param redirectUri the tool's launch URL, byte for byte as registered; never {@code null}
   * @param login the initiation being answered; its hints are echoed unchanged; never {@code null}
   * @param state fresh, unguessable, bound to this browser; never {@code null}
   * @param nonce fresh, unguessable, single use; never {@code null}
   */
  public AuthenticationRequest(
      URI authorizationEndpoint,
      String clientId,
      String redirectUri,
      LoginInitiation login,
      String state,
      String nonce) {
    this.authorizationEndpoint = Objects.requireNonNull(authorizationEndpoint);
    var params = new LinkedHashMap<String, String>();
    params.put("scope", "openid");
    params.put("response_type", "id_token");
    params.put("response_mode", "form_post");
    params.put("prompt", "none");
    params.put("client_id", Objects.requireNonNull(clientId));
    params.put("redirect_uri", Objects.requireNonNull(redirectUri));
    params.put("login_hint", login.loginHint());
    if (login.messageHint() != null) {
      params.put("lti_message_hint", login.messageHint());
    }
    params.put("state", Objects.requireNonNull(state));
    params.put("nonce", Objects.requireNonNull(nonce));
    this.parameters = Collections.unmodifiableMap(params);
  }

  /** The request parameters, in the order they are sent. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The authorization endpoint with the request's parameters appended to any query it has. */
  public URI toUri() {
    var uri = new StringBuilder(authorizationEndpoint.toString());
    char separator = authorizationEndpoint.getRawQuery() == null ? '?' : '&';
    for (var entry : parameters.entrySet()) {
      uri.append(separator)
          .append(entry.getKey())
          .append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(uri.toString());
  }
}
