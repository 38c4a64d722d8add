package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.launch.control.LaunchAudits;
import es.conectaempleo.lti.launch.control.LaunchStates;
import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.oidc.AuthenticationRequest;
import es.conectaempleo.lti.lti.oidc.LoginInitiation;
import es.conectaempleo.lti.registration.boundary.PlatformLookup;
import es.conectaempleo.lti.registration.boundary.RegisteredPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Answers a third-party-initiated login with the authentication request for the platform. */
@ApplicationScoped
public class Logins {
  /** Cookies of this tool that bind a login to the browser: the name ends with the state. */
  public static final String STATE_COOKIE_PREFIX = "conecta_lti_state_";

  @Inject PlatformLookup platforms;

  @Inject LaunchStates states;

  @Inject LaunchAudits audits;

  @Inject ToolUrls urls;

  @Inject Clock clock;

  /**
   * @param parameters the login request's parameters (query or form), first value of each
   * @throws LaunchRejectedException unknown platform, missing parameter, foreign target
   */
  public LoginRedirect begin(Map<String, String> parameters, UriInfo request)
      throws LaunchRejectedException {
    Instant now = clock.instant();
    LoginInitiation login = null;
    try {
      login = LoginInitiation.from(parameters);
      RegisteredPlatform platform = platformOf(login);
      if (!urls.isOwn(login.targetLinkUri(), request)) {
        throw new LaunchRejectedException(
            Rejection.TARGET_LINK_URI_FOREIGN, "target_link_uri is not a URL of this tool");
      }
      var state = states.issue(platform.id(), now);
      var authentication =
          new AuthenticationRequest(
              platform.config().authLoginUrl(),
              platform.config().clientId(),
              urls.launch(request),
              login,
              state.state(),
              state.nonce());
      return new LoginRedirect(
          authentication.toUri(),
          STATE_COOKIE_PREFIX + state.state(),
          (int) LaunchStates.LIFETIME.toSeconds(),
          urls.launchPath(request));
    } catch (LaunchRejectedException e) {
      audits.rejected(claimed(login, parameters), e, now);
      throw e;
    }
  }

  private RegisteredPlatform platformOf(LoginInitiation login) throws LaunchRejectedException {
    if (login.clientId() != null) {
      return platforms
          .find(login.issuer(), login.clientId())
          .orElseThrow(
              () ->
                  new LaunchRejectedException(
                      Rejection.UNKNOWN_PLATFORM,
                      "no platform is registered for this issuer and client id"));
    }
    // client_id is optional at login (LTI Core 4.1.3): unambiguous only with one registration.
    List<RegisteredPlatform> candidates = platforms.findByIssuer(login.issuer());
    if (candidates.isEmpty()) {
      throw new LaunchRejectedException(
          Rejection.UNKNOWN_PLATFORM, "no platform is registered for this issuer");
    }
    if (candidates.size() > 1) {
      throw new LaunchRejectedException(
          Rejection.AMBIGUOUS_PLATFORM, "the issuer has several registrations; client_id is needed");
    }
    return candidates.get(0);
  }

  private static LaunchAudit.Claimed claimed(LoginInitiation login, Map<String, String> parameters) {
    if (login != null) {
      return new LaunchAudit.Claimed(login.issuer(), login.clientId(), login.deploymentId(), null, null);
    }
    return new LaunchAudit.Claimed(parameters.get("iss"), parameters.get("client_id"), null, null, null);
  }
}
