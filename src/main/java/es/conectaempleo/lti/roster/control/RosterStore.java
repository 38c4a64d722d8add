package es.conectaempleo.lti.roster.control;

import es.conectaempleo.lti.lti.nrps.Membership;
import es.conectaempleo.lti.roster.entity.RosterMember;
import es.conectaempleo.lti.roster.entity.RosterSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes rosters: one transaction per import replaces the course's members. */
@ApplicationScoped
@Transactional
public class RosterStore {
  /** The longest user id the registry keeps (its column, as for launches). */
  static final int MAX_USER_ID = 255;

  @PersistenceContext EntityManager em;

  /** Upserts where a course's membership service lives; writes nothing when it did not change. */
  public void recordSource(long contextKey, long platformId, String membershipsUrl, Instant now) {
    var existing = source(contextKey);
    if (existing == null) {
      em.persist(new RosterSource(contextKey, platformId, membershipsUrl, now));
    } else {
      existing.point(membershipsUrl, now);
    }
  }

  /**
   * Replaces the course's members with those listed. Someone listed twice (offset paging while an
   * enrolment changed moves a member from the end of one page to the start of the next) is kept
   * once, as last listed; a user id longer than the registry keys on cannot be kept and is left out.
   */
  public void replace(long contextKey, List<Membership> listed, Instant now) {
    Map<String, Membership> byUser = new LinkedHashMap<>();
    for (Membership member : listed) {
      if (member.userId().length() <= MAX_USER_ID) {
        byUser.put(member.userId(), member);
      }
    }
    Collection<Membership> members = byUser.values();
    em.createNamedQuery(RosterMember.DELETE_BY_CONTEXT).setParameter("contextKey", contextKey).executeUpdate();
    for (Membership member : members) {
      var roles = member.roleSet();
      em.persist(
          new RosterMember(
              contextKey,
              member.userId(),
              member.status().name().toLowerCase(java.util.Locale.ROOT),
              String.join(" ", member.roles()),
              roles.isLearnerNotStaff(),
              displayName(member),
              member.email(),
              now));
    }
    source(contextKey).imported(members.size(), now);
  }

  public void failed(long contextKey, String reason) {
    source(contextKey).importFailed(reason);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RosterSource source(long contextKey) {
    return em.createNamedQuery(RosterSource.FIND_BY_CONTEXT, RosterSource.class)
        .setParameter("contextKey", contextKey)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RosterMember> members(long contextKey) {
    return em.createNamedQuery(RosterMember.FIND_BY_CONTEXT, RosterMember.class)
        .setParameter("contextKey", contextKey)
        .getResultList();
  }

  private static String displayName(Membership member) {
    if (member.name() != null) {
      return member.name();
    }
    String joined =
        ((member.givenName() == null ? "" : member.givenName()) + " "
                + (member.familyName() == null ? "" : member.familyName()))
            .trim();
    return joined.isEmpty() ? null : joined;
  }
}
