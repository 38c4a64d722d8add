package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.PlatformUrls;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.dynreg.PlatformConfiguration;
import es.conectaempleo.lti.lti.dynreg.RegisteredTool;
import es.conectaempleo.lti.lti.dynreg.RegistrationClient;
import es.conectaempleo.lti.lti.dynreg.ToolRegistrationRequest;
import es.conectaempleo.lti.registration.boundary.RegistrationProblem.Reason;
import es.conectaempleo.lti.registration.entity.Platform;
import es.conectaempleo.lti.registration.entity.RegistrationInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * LTI Dynamic Registration with an invitation: the LMS opens the tool's registration URL with its
 * OpenID configuration and a registration token; the tool checks the invitation, reads the
 * configuration, posts its registration and keeps the platform (and the deployment, when the LMS made
 * one). The LMS calls run outside any transaction; the invitation is claimed before them and spent
 * in the transaction that keeps the platform, or released when they fail. A registration never
 * changes a platform the tool knows already.
 */
@ApplicationScoped
public class DynamicRegistrations {
  private static final Logger LOG = Logger.getLogger(DynamicRegistrations.class.getName());

  @Inject RegistrationInvitations invitations;
  @Inject Registrations registrations;
  @Inject RegistrationClient client;
  @Inject Clock clock;

  /** What the LMS said about itself, shown to its admin before anything is registered. */
  public record Preview(RegistrationInvitation invitation, PlatformConfiguration platform) {}

  /** A registration done: the platform kept, and what the LMS answered. */
  public record Done(Platform platform, RegisteredTool tool, PlatformConfiguration configuration) {}

  /**
   * @param configurationUrl the {@code openid_configuration} parameter as received; may be {@code null}
   * @param registrationToken may be {@code null}
   */
  public Preview preview(String code, String configurationUrl, String registrationToken)
      throws RegistrationProblem {
    RegistrationInvitation invitation = openInvitation(code);
    return new Preview(invitation, configuration(configurationUri(configurationUrl), registrationToken));
  }

  /**
   * @param tool the tool's registration, with its public URLs
   */
  public Done register(
      String code, String configurationUrl, String registrationToken, ToolRegistrationRequest tool)
      throws RegistrationProblem {
    RegistrationInvitation invitation = openInvitation(code);
    URI configurationUri = configurationUri(configurationUrl);
    if (!invitations.claim(invitation.id())) {
      throw new RegistrationProblem(Reason.INVITATION_BUSY, "claimed by another registration");
    }
    boolean kept = false;
    try {
      PlatformConfiguration platform = configuration(configurationUri, registrationToken);
      RegisteredTool registered;
      try {
        registered = client.register(platform.registrationEndpoint(), registrationToken, tool.toJson(platform));
      } catch (ServiceCallException e) {
        throw lmsFailed(e);
      }
      var config =
          new PlatformConfig(
              platform.issuer(),
              registered.clientId(),
              platform.authorizationEndpoint(),
              platform.tokenEndpoint(),
              platform.jwksUri());
      Platform keptPlatform;
      try {
        keptPlatform =
            registrations.registerDynamically(
                config, name(invitation, platform), registered.deploymentId(), invitation.id());
      } catch (ClientErrorException e) {
        LOG.warning(
            () -> "Dynamic Registration refused: " + platform.issuer() + " client " + registered.clientId()
                + " is registered already (invitation " + invitation.id() + ")");
        throw new RegistrationProblem(Reason.PLATFORM_EXISTS, "issuer and client id registered already");
      }
      kept = true;
      LOG.info(
          () ->
              "Dynamic Registration: platform " + platform.issuer() + " client " + registered.clientId()
                  + " deployment " + registered.deploymentId() + " (invitation " + invitation.id() + ")");
      return new Done(keptPlatform, registered, platform);
    } finally {
      if (!kept) {
        invitations.release(invitation.id());
      }
    }
  }

  private RegistrationInvitation openInvitation(String code) throws RegistrationProblem {
    RegistrationInvitation invitation =
        invitations
            .find(code)
            .orElseThrow(() -> new RegistrationProblem(Reason.INVITATION_UNKNOWN, "no such invitation"));
    if (invitation.isUsed()) {
      throw new RegistrationProblem(Reason.INVITATION_USED, "already registered a platform");
    }
    if (invitation.isExpired(clock.instant())) {
      throw new RegistrationProblem(Reason.INVITATION_EXPIRED, "expired at " + invitation.expiresAt());
    }
    return invitation;
  }

  private PlatformConfiguration configuration(URI configurationUri, String registrationToken)
      throws RegistrationProblem {
    PlatformConfiguration platform;
    try {
      platform = client.configuration(configurationUri, registrationToken);
    } catch (ServiceCallException e) {
      throw lmsFailed(e);
    }
    if (!PlatformConfiguration.issuerMatches(platform.issuer(), configurationUri)) {
      LOG.warning(
          () -> "Dynamic Registration refused: issuer " + platform.issuer() + " served from "
              + configurationUri.getHost());
      throw new RegistrationProblem(
          Reason.ISSUER_MISMATCH,
          "issuer " + platform.issuer() + " does not match the configuration's host " + configurationUri.getHost());
    }
    return platform;
  }

  private static URI configurationUri(String configurationUrl) throws RegistrationProblem {
    if (configurationUrl == null || configurationUrl.isBlank() || configurationUrl.length() > 2048) {
      throw new RegistrationProblem(Reason.NOT_FROM_LMS, "no openid_configuration");
    }
    try {
      URI uri = new URI(configurationUrl.trim());
      if (!PlatformUrls.isCallable(uri)) {
        throw new RegistrationProblem(Reason.NOT_FROM_LMS, "openid_configuration is not an https URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new RegistrationProblem(Reason.NOT_FROM_LMS, "openid_configuration is not a URL");
    }
  }

  private static RegistrationProblem lmsFailed(ServiceCallException e) {
    String answer = RegistrationProblem.describe(e.failure());
    LOG.warning(() -> "Dynamic Registration failed at the LMS: " + answer);
    return new RegistrationProblem(Reason.LMS_FAILED, answer, e.failure());
  }

  /** The operator's name for the invitation, else what the LMS calls itself. */
  private static String name(RegistrationInvitation invitation, PlatformConfiguration platform) {
    String name = invitation.name() != null ? invitation.name() : platform.displayName();
    return name.length() <= 255 ? name : name.substring(0, 255);
  }
}
