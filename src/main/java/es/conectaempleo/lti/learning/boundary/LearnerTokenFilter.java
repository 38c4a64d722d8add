package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.security.BearerToken;
import es.conectaempleo.lti.web.shared.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the launch token of a learning-API call before anything reads its body: a caller without
 * a valid token learns that (401), not whether its JSON would have been accepted.
 */
@Provider
@LearnerApi
@Priority(Priorities.AUTHENTICATION)
public class LearnerTokenFilter implements ContainerRequestFilter {
  @Inject LaunchTokens tokens;
  @Inject LearnerCall call;

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      call.verified(tokens.verify(BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION))));
    } catch (LaunchRejectedException e) {
      request.abortWith(
          Problem.of(e.reason().httpStatus(), e.detail(), e.reason().code()).response());
    }
  }
}
