package es.conectaempleo.simulator;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A third-party-initiated login the LMS sends through the browser to the tool: a self-posting form
 * (both LMSs) or a redirect (GET). Immutable.
 *
 * @param topLevel the LMS page the person clicked on; the tool runs in an iframe inside it, which
 *     makes the tool's cookies third-party cookies
 * @param loginUrl the tool's login URL
 * @param method {@code POST} or {@code GET}
 * @param parameters as the LMS sends them, in its order
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#step-1-third-party-initiated-login">
 *     Security Framework 1.0 §5.1.1.1</a>
 */
public record LoginInitiation(URI topLevel, URI loginUrl, String method, Map<String, String> parameters) {
  public LoginInitiation {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  public String messageHint() {
    return parameters.get("lti_message_hint");
  }

  /** The login URL with the parameters in its query, for a GET initiation. */
  public URI withQuery() {
    String query =
        parameters.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return URI.create(loginUrl + (loginUrl.getRawQuery() == null ? "?" : "&") + query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
