package es.conectaempleo.lti.roster.boundary;

import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.LmsContext;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.nrps.NrpsEndpoint;
import es.conectaempleo.lti.registration.boundary.PlatformLookup;
import es.conectaempleo.lti.roster.control.RosterStore;
import es.conectaempleo.lti.roster.control.RosterSync;
import es.conectaempleo.lti.roster.entity.RosterMember;
import es.conectaempleo.lti.roster.entity.RosterSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Course rosters: where they come from (recorded by launches) and their import (on an instructor's
 * request). The platform call happens outside any transaction; only its result is written.
 */
@ApplicationScoped
public class Rosters {
  @Inject RosterStore store;

  @Inject RosterSync sync;

  @Inject PlatformLookup platforms;

  @Inject Enrollments enrollments;

  @Inject Clock clock;

  /** The outcome of an import: how many members, or why it failed. */
  public record ImportResult(boolean imported, int members, String error) {}

  /** A launch carried the NRPS claim; called inside the launch's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEndpoint(long contextKey, long platformId, NrpsEndpoint endpoint) {
    store.recordSource(contextKey, platformId, endpoint.contextMembershipsUrl().toString(), clock.instant());
  }

  public Optional<RosterSource> source(long contextKey) {
    return Optional.ofNullable(store.source(contextKey));
  }

  /** Fetches the roster from the platform and replaces the stored one. */
  public ImportResult importRoster(long contextKey) {
    RosterSource source = store.source(contextKey);
    if (source == null) {
      return new ImportResult(false, 0, "no-service");
    }
    var platform = platforms.findById(source.platformId()).orElseThrow();
    String contextId = enrollments.context(contextKey).map(LmsContext::contextId).orElseThrow();
    try {
      var members = sync.members(platform.config(), URI.create(source.membershipsUrl()), contextId);
      store.replace(contextKey, members, clock.instant());
      return new ImportResult(true, members.size(), null);
    } catch (ServiceCallException e) {
      String reason = e.getMessage();
      store.failed(contextKey, reason);
      return new ImportResult(false, 0, reason);
    }
  }

  /**
   * Learners on the imported roster (active, with the Learner role) whose LMS user id is not among
   * {@code launched}.
   */
  public List<RosterMember> notLaunched(long contextKey, Set<String> launched) {
    return store.members(contextKey).stream()
        .filter(RosterMember::isLearner)
        .filter(m -> "active".equals(m.status()))
        .filter(m -> !launched.contains(m.userId()))
        .toList();
  }
}
