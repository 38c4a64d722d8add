package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.registration.entity.Deployment;
import es.conectaempleo.lti.registration.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.List;

/** Registers platforms and their deployments (admin API and Dynamic Registration). */
@ApplicationScoped
@Transactional
public class Registrations {
  @PersistenceContext EntityManager em;

  @Inject PlatformLookup lookup;

  @Inject Clock clock;

  @Inject RegistrationInvitations invitations;

  /** @throws ClientErrorException 409 when (issuer, client id) is already registered */
  public Platform register(PlatformConfig config, String name) {
    if (existing(config.issuer(), config.clientId())) {
      throw new ClientErrorException(
          "A platform with this issuer and client id is already registered", Status.CONFLICT);
    }
    var platform = new Platform(config, name, clock.instant());
    em.persist(platform);
    em.flush();
    return platform;
  }

  /**
   * Corrects the endpoints of a registration.
   *
   * @throws ClientErrorException 409 when the request tries to change issuer or client id
   */
  public Platform update(long id, PlatformConfig config, String name) {
    Platform platform = platform(id);
    if (!platform.issuer().equals(config.issuer())
        || !platform.clientId().equals(config.clientId())) {
      throw new ClientErrorException(
          "Issuer and client id of a registration cannot change; register a new platform",
          Status.CONFLICT);
    }
    platform.update(config, name, clock.instant());
    lookup.invalidate();
    return platform;
  }

  /**
   * Keeps what a Dynamic Registration established, in one transaction with spending its invitation:
   * the platform and the deployment, when the platform created one.
   *
   * @param deploymentId may be {@code null}
   * @throws ClientErrorException 409 when (issuer, client id) is already registered: a registration
   *     never takes over a known platform
   */
  public Platform registerDynamically(
      PlatformConfig config, String name, String deploymentId, long invitationId) {
    Platform platform = register(config, name);
    if (deploymentId != null) {
      em.persist(new Deployment(platform, deploymentId, clock.instant()));
    }
    invitations.spend(invitationId, platform);
    em.flush();
    lookup.invalidate();
    return platform;
  }

  public List<Platform> platforms() {
    return em.createNamedQuery(Platform.FIND_ALL, Platform.class).getResultList();
  }

  /** @throws NotFoundException when there is no such platform */
  public Platform platform(long id) {
    Platform platform = em.find(Platform.class, id);
    if (platform == null) {
      throw new NotFoundException("No platform " + id);
    }
    return platform;
  }

  /** @throws ClientErrorException 409 when the deployment is already registered */
  public Deployment addDeployment(long platformId, String deploymentId) {
    Platform platform = platform(platformId);
    if (hasDeployment(platformId, deploymentId)) {
      throw new ClientErrorException(
          "This deployment is already registered for the platform", Status.CONFLICT);
    }
    var deployment = new Deployment(platform, deploymentId, clock.instant());
    em.persist(deployment);
    em.flush();
    return deployment;
  }

  public List<Deployment> deployments(long platformId) {
    platform(platformId);
    return em.createNamedQuery(Deployment.FIND_BY_PLATFORM, Deployment.class)
        .setParameter("platformId", platformId)
        .getResultList();
  }

  private boolean hasDeployment(long platformId, String deploymentId) {
    return !em.createNamedQuery(Deployment.FIND_ONE, Deployment.class)
        .setParameter("platformId", platformId)
        .setParameter("deploymentId", deploymentId)
        .getResultList()
        .isEmpty();
  }

  private boolean existing(String issuer, String clientId) {
    return !em.createNamedQuery(Platform.FIND_BY_ISSUER_AND_CLIENT, Platform.class)
        .setParameter("issuer", issuer)
        .setParameter("clientId", clientId)
        .getResultList()
        .isEmpty();
  }
}
