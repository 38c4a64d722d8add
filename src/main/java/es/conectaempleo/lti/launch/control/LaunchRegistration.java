package es.conectaempleo.lti.launch.control;

import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.boundary.LaunchFacts;
import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import es.conectaempleo.lti.gradesync.boundary.GradeSync;
import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.ags.AgsEndpoint;
import es.conectaempleo.lti.lti.nrps.NrpsEndpoint;
import es.conectaempleo.lti.roster.boundary.Rosters;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The one transaction of an accepted launch: consume the state, upsert the registry, remember the
 * placement's grade and roster services (and tell the link's gradebook of an attempt that moved
 * there), write the audit. One commit per launch; if the state turns out to be used, nothing is written.
 */
@ApplicationScoped
public class LaunchRegistration {
  @PersistenceContext EntityManager em;

  @Inject LaunchStates states;

  @Inject Enrollments enrollments;

  @Inject GradeSync gradeSync;

  @Inject Rosters rosters;

  /**
   * A launch that passed every stateless check.
   *
   * @param ags the launch's AGS claim; may be {@code null}
   * @param nrps the launch's NRPS claim; may be {@code null}
   */
  public record Verified(
      String state,
      String nonce,
      LaunchFacts facts,
      LaunchAudit.Claimed claimed,
      String courseCode,
      AgsEndpoint ags,
      NrpsEndpoint nrps) {}

  @Transactional(rollbackOn = LaunchRejectedException.class)
  public LaunchRecord register(Verified launch, Instant now) throws LaunchRejectedException {
    states.consume(launch.state(), launch.nonce(), launch.facts().platformId(), now);
    LaunchRecord record = enrollments.recordLaunch(launch.facts());
    if (launch.ags() != null && record.resourceLinkKey() != null) {
      gradeSync.recordEndpoint(
          record.resourceLinkKey(), launch.facts().platformId(), record.courseId(), launch.ags());
    }
    if (record.attemptMoved()) {
      gradeSync.attemptMoved(record.enrollment());
    }
    if (launch.nrps() != null && record.contextKey() != null) {
      rosters.recordEndpoint(record.contextKey(), launch.facts().platformId(), launch.nrps());
    }
    em.persist(LaunchAudit.accepted(launch.claimed(), launch.courseCode(), record.contextKey(), now));
    return record;
  }
}
