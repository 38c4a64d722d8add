package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.registration.control.ExpiringCache;
import es.conectaempleo.lti.registration.entity.Deployment;
import es.conectaempleo.lti.registration.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds registrations and deployments for logins and launches. Results are cached for a few seconds
 * on each node: a launch then costs no registration query, and an admin's change reaches every node
 * within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class PlatformLookup {
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

  private record PlatformKey(String issuer, String clientId) {}

  private record DeploymentKey(long platformId, String deploymentId) {}

  @PersistenceContext EntityManager em;

  private final ExpiringCache<PlatformKey, RegisteredPlatform> platforms =
      new ExpiringCache<>(TIME_TO_LIVE, 10_000);
  private final ExpiringCache<DeploymentKey, Long> deployments =
      new ExpiringCache<>(TIME_TO_LIVE, 50_000);

  /** The registration of (issuer, client id). */
  public Optional<RegisteredPlatform> find(String issuer, String clientId) {
    return platforms.get(
        new PlatformKey(issuer, clientId),
        key ->
            em.createNamedQuery(Platform.FIND_BY_ISSUER_AND_CLIENT, Platform.class)
                .setParameter("issuer", key.issuer())
                .setParameter("clientId", key.clientId())
                .getResultStream()
                .findFirst()
                .map(PlatformLookup::registered));
  }

  /** A registration by its key (for calls to the platform's services). */
  public Optional<RegisteredPlatform> findById(long platformId) {
    return Optional.ofNullable(em.find(Platform.class, platformId)).map(PlatformLookup::registered);
  }

  /** Every registration of an issuer (a login may omit the client id). */
  public List<RegisteredPlatform> findByIssuer(String issuer) {
    return em.createNamedQuery(Platform.FIND_BY_ISSUER, Platform.class)
        .setParameter("issuer", issuer)
        .getResultStream()
        .map(PlatformLookup::registered)
        .toList();
  }

  /** The key of a registered deployment of a platform. */
  public Optional<Long> findDeployment(long platformId, String deploymentId) {
    return deployments.get(
        new DeploymentKey(platformId, deploymentId),
        key ->
            em.createNamedQuery(Deployment.FIND_ONE, Deployment.class)
                .setParameter("platformId", key.platformId())
                .setParameter("deploymentId", key.deploymentId())
                .getResultStream()
                .findFirst()
                .map(Deployment::id));
  }

  /** Forgets cached registrations after an admin changed them on this node. */
  void invalidate() {
    platforms.clear();
    deployments.clear();
  }

  private static RegisteredPlatform registered(Platform platform) {
    return new RegisteredPlatform(platform.id(), platform.config());
  }
}
