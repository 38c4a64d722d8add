package es.conectaempleo.lti.launch.control;

import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.boundary.LaunchFacts;
import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The one transaction of an accepted launch: consume the state, upsert the registry, write the
 * audit. One commit per launch; if the state turns out to be used, nothing is written.
 */
@ApplicationScoped
public class LaunchRegistration {
  @PersistenceContext EntityManager em;

  @Inject LaunchStates states;

  @Inject Enrollments enrollments;

  /** A launch that passed every stateless check. */
  public record Verified(
      String state, String nonce, LaunchFacts facts, LaunchAudit.Claimed claimed, String courseCode) {}

  @Transactional(rollbackOn = LaunchRejectedException.class)
  public LaunchRecord register(Verified launch, Instant now) throws LaunchRejectedException {
    states.consume(launch.state(), launch.nonce(), launch.facts().platformId(), now);
    LaunchRecord record = enrollments.recordLaunch(launch.facts());
    em.persist(LaunchAudit.accepted(launch.claimed(), launch.courseCode(), now));
    return record;
  }
}
