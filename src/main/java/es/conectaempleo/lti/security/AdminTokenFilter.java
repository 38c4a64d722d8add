package es.conectaempleo.lti.security;

import es.conectaempleo.lti.web.shared.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request into the admin API only with {@code Authorization: Bearer <admin token>}. Both
 * sides are hashed before comparing, so the comparison takes the same time whatever the length or
 * content of the guess.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {
  @Inject
  @ConfigProperty(name = "conecta.admin.token")
  Optional<String> adminToken;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (adminToken.isEmpty() || adminToken.get().isBlank()) {
      request.abortWith(
          Problem.unauthorized("The admin API is closed: no admin token is configured").response());
      return;
    }
    String token = BearerToken.of(header);
    if (token == null) {
      request.abortWith(Problem.unauthorized("Send the admin token as a Bearer token").response());
      return;
    }
    if (!sameSecret(token, adminToken.get())) {
      request.abortWith(Problem.unauthorized("The admin token is not valid").response());
    }
  }

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
