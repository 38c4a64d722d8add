package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.launch.entity.LaunchOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who has opened the tool from an LMS course, enrolled in a course or not (a learner may open a link
 * that names no course and pick none yet), read from the accepted launches' audit: as far back as
 * audits are kept ({@code CONECTA_AUDIT_RETENTION_DAYS}).
 */
@ApplicationScoped
public class LaunchHistory {
  @PersistenceContext EntityManager em;

  /** @return the LMS user ids ({@code sub}) of the accepted launches from this LMS course */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> subjectsLaunchedIn(long contextKey) {
    return em.createNamedQuery(LaunchAudit.SUBJECTS_LAUNCHED_IN, String.class)
        .setParameter("contextKey", contextKey)
        .setParameter("outcome", LaunchOutcome.ACCEPTED)
        .getResultStream()
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }
}
