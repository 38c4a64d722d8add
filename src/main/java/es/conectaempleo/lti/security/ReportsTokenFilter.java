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
 * Lets a request into the reports API with {@code Authorization: Bearer} and either the reports
 * token ({@code CONECTA_REPORTS_TOKEN}) or the admin token, each compared in constant time. With
 * neither configured the reports API is closed.
 */
@Provider
@ReportsApi
@Priority(Priorities.AUTHENTICATION)
public class ReportsTokenFilter implements ContainerRequestFilter {
  private static final BearerTokenCheck CHECK =
      new BearerTokenCheck(
          "reports token", "The reports API is closed: no reports or admin token is configured");

  @Inject
  @ConfigProperty(name = "conecta.reports.token")
  Optional<String> reportsToken;

  @Inject
  @ConfigProperty(name = "conecta.admin.token")
  Optional<String> adminToken;

  @Override
  public void filter(ContainerRequestContext request) {
    CHECK.apply(request, List.of(reportsToken, adminToken));
  }
}
