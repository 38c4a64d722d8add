package es.conectaempleo.lti.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request into the admin API only with {@code Authorization: Bearer <admin token>}, compared
 * in constant time. With no admin token configured the admin API is closed.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {
  private static final BearerTokenCheck CHECK =
      new BearerTokenCheck("admin token", "The admin API is closed: no admin token is configured");

  @Inject
  @ConfigProperty(name = "conecta.admin.token")
  Optional<String> adminToken;

  @Override
  public void filter(ContainerRequestContext request) {
    CHECK.apply(request, List.of(adminToken));
  }
}
