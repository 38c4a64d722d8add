package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.registration.entity.Deployment;
import java.time.Instant;

/** A deployment as the admin API shows it. */
public record DeploymentView(long id, long platformId, String deploymentId, Instant createdAt) {

  static DeploymentView of(long platformId, Deployment deployment) {
    return new DeploymentView(
        deployment.id(), platformId, deployment.deploymentId(), deployment.createdAt());
  }
}
