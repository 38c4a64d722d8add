package es.conectaempleo.lti.security;

import es.conectaempleo.lti.web.shared.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The one bearer-token check of the admin and reports APIs: closed when no token is configured,
 * 401 without a bearer token or with a wrong one. Tokens are compared in constant time.
 *
 * @param token how it names the token, e.g. {@code "admin token"}
 * @param closed the refusal when no accepted token is configured
 */
record BearerTokenCheck(String token, String closed) {

  /** Lets the request on, or answers it with 401 and a problem that says why. */
  void apply(ContainerRequestContext request, List<Optional<String>> configured) {
    List<String> accepted = configured.stream().flatMap(Optional::stream).filter(t -> !t.isBlank()).toList();
    refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION), accepted)
        .ifPresent(detail -> request.abortWith(Problem.unauthorized(detail).response()));
  }

  /** Why a request with this {@code Authorization} header may not pass; empty when it may. */
  Optional<String> refusal(String authorization, List<String> accepted) {
    if (accepted.isEmpty()) {
      return Optional.of(closed);
    }
    String given = BearerToken.of(authorization);
    if (given == null) {
      return Optional.of("Send the " + token + " as a Bearer token");
    }
    // Every accepted token is compared, so the time taken does not tell which one nearly matched.
    boolean valid = false;
    for (String expected : accepted) {
      valid |= sameSecret(given, expected);
    }
    return valid ? Optional.empty() : Optional.of("The " + token + " is not valid");
  }

  /** Both sides are hashed first, so the comparison takes the same time whatever the guess's length. */
  static boolean sameSecret(String given, String expected) {
    return MessageDigest.isEqual(sha256(given), sha256(expected));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
