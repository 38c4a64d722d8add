package es.conectaempleo.simulator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Admission of a request to a platform's grade services: the bearer token and its scopes (401
 * without a valid token, 403 without the scope, with RFC 6750 {@code WWW-Authenticate}), and the
 * media types of {@code Accept} and {@code Content-Type}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
 */
final class ServiceAccess {
  private ServiceAccess() {}

  /**
   * Whether the token grants one of the scopes; otherwise answers 401 or 403.
   *
   * @return the status answered, or 0 when granted
   */
  static int authorize(Exchange exchange, SimulatedPlatform platform, String... scopes) throws IOException {
    TokenEndpoint tokens = platform.tokens();
    String authorization = exchange.http().getRequestHeaders().getFirst("Authorization");
    TokenEndpoint.Access best = TokenEndpoint.Access.INVALID_TOKEN;
    for (String scope : scopes) {
      TokenEndpoint.Access access = tokens == null ? TokenEndpoint.Access.INVALID_TOKEN : tokens.authorize(authorization, scope);
      if (access == TokenEndpoint.Access.GRANTED) {
        return 0;
      }
      if (access == TokenEndpoint.Access.INSUFFICIENT_SCOPE) {
        best = access;
      }
    }
    if (best == TokenEndpoint.Access.INVALID_TOKEN) {
      exchange.http().getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      return error(exchange, 401, "invalid or expired access token");
    }
    exchange.http().getResponseHeaders().set(
        "WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\"");
    return error(exchange, 403, "the token lacks the scope " + String.join(" or ", scopes));
  }

  /** Whether {@code Accept} lists the media type (parameters ignored; a wildcard does not count). */
  static boolean accepts(Exchange exchange, String mediaType) {
    String accept = exchange.http().getRequestHeaders().getFirst("Accept");
    return accept != null
        && Arrays.stream(accept.split(",")).map(ServiceAccess::bare).anyMatch(mediaType::equals);
  }

  /** Whether the body's {@code Content-Type} is the media type (parameters such as charset ignored). */
  static boolean hasContentType(Exchange exchange, String mediaType) {
    String type = exchange.http().getRequestHeaders().getFirst("Content-Type");
    return type != null && mediaType.equals(bare(type));
  }

  static int error(Exchange exchange, int status, String message) throws IOException {
    exchange.json(status, Jsonp.createObjectBuilder().add("error", message).add("status", status).build().toString());
    return status;
  }

  /**
   * The token with one of the scopes, then the LMS's own query (Moodle's {@code type_id}); 0 when
   * admitted, else the status already answered.
   */
  static int admit(Exchange exchange, SimulatedPlatform platform, GradingRules rules, String... scopes)
      throws IOException {
    int denied = authorize(exchange, platform, scopes);
    if (denied != 0) {
      return denied;
    }
    GradingRules.Refusal refusal = rules.checkQuery(exchange.parameters(), platform);
    return refusal == null ? 0 : refuse(exchange, refusal);
  }

  static int refuse(Exchange exchange, GradingRules.Refusal refusal) throws IOException {
    return error(exchange, refusal.status(), refusal.message());
  }

  /** Answers 405 naming the methods allowed. */
  static int methodNotAllowed(Exchange exchange, String allowed) throws IOException {
    exchange.http().getResponseHeaders().set("Allow", allowed);
    return error(exchange, 405, allowed + " only");
  }

  private static String bare(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
