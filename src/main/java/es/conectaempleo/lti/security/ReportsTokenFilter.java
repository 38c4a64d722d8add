package es.conectaempleo.lti.security;

import es.conectaempleo.lti.web.shared.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.stream.Stream;
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
  @Inject
  @ConfigProperty(name = "conecta.reports.token")
  Optional<String> reportsToken;

  @Inject
  @ConfigProperty(name = "conecta.admin.token")
  Optional<String> adminToken;

  @Override
  public void filter(ContainerRequestContext request) {
    var accepted = Stream.of(reportsToken, adminToken).flatMap(Optional::stream).filter(t -> !t.isBlank()).toList();
    if (accepted.isEmpty()) {
      request.abortWith(
          Problem.unauthorized("The reports API is closed: no reports or admin token is configured").response());
      return;
    }
    String token = BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      request.abortWith(Problem.unauthorized("Send the reports token as a Bearer token").response());
      return;
    }
    // Every configured token is compared, so the time taken does not tell which one nearly matched.
    boolean valid = false;
    for (String expected : accepted) {
      valid |= AdminTokenFilter.sameSecret(token, expected);
    }
    if (!valid) {
      request.abortWith(Problem.unauthorized("The reports token is not valid").response());
    }
  }
}
