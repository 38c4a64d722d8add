package es.conectaempleo.lti.reporting.control;

import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Aggregates over the enrollment registry (read only). */
@ApplicationScoped
public class ProgramFigures {
  private static final Set<EnrollmentState> STARTED =
      EnumSet.of(EnrollmentState.STARTED, EnrollmentState.COMPLETED, EnrollmentState.APPROVED);
  private static final Set<EnrollmentState> COMPLETED =
      EnumSet.of(EnrollmentState.COMPLETED, EnrollmentState.APPROVED);
  private static final Set<EnrollmentState> APPROVED = EnumSet.of(EnrollmentState.APPROVED);

  @PersistenceContext EntityManager em;

  /** Learners reaching each milestone and minutes of training; {@code courseId} null = all courses. */
  public record Counts(long enrolled, long started, long completed, long approved, long minutes) {}

  /**
   * @param since only enrollments made at or after this instant; may be {@code null}
   * @param platformId only this platform's learners; may be {@code null}
   */
  public Map<Long, Counts> perCourse(Instant since, Long platformId) {
    Map<Long, long[]> figures = new HashMap<>();
    collect(figures, "COUNT(DISTINCT e.learner.id)", null, since, platformId, 0);
    collect(figures, "COUNT(DISTINCT e.learner.id)", STARTED, since, platformId, 1);
    collect(figures, "COUNT(DISTINCT e.learner.id)", COMPLETED, since, platformId, 2);
    collect(figures, "COUNT(DISTINCT e.learner.id)", APPROVED, since, platformId, 3);
    collect(figures, "SUM(e.minutesDone)", null, since, platformId, 4);
    Map<Long, Counts> result = new HashMap<>();
    figures.forEach((course, f) -> result.put(course, new Counts(f[0], f[1], f[2], f[3], f[4])));
    return result;
  }

  /** The same figures over every course: a learner in several courses counts once. */
  public Counts total(Instant since, Long platformId) {
    return new Counts(
        single("COUNT(DISTINCT e.learner.id)", null, since, platformId),
        single("COUNT(DISTINCT e.learner.id)", STARTED, since, platformId),
        single("COUNT(DISTINCT e.learner.id)", COMPLETED, since, platformId),
        single("COUNT(DISTINCT e.learner.id)", APPROVED, since, platformId),
        single("SUM(e.minutesDone)", null, since, platformId));
  }

  private void collect(
      Map<Long, long[]> figures, String aggregate, Set<EnrollmentState> states, Instant since, Long platformId, int slot) {
    var query =
        em.createQuery(
            "SELECT e.courseId, " + aggregate + " FROM Enrollment e WHERE " + where(states, since, platformId)
                + " GROUP BY e.courseId",
            Object[].class);
    bind(query, states, since, platformId);
    for (Object[] row : query.getResultList()) {
      long value = row[1] == null ? 0 : ((Number) row[1]).longValue();
      figures.computeIfAbsent((Long) row[0], k -> new long[5])[slot] = value;
    }
  }

  private long single(String aggregate, Set<EnrollmentState> states, Instant since, Long platformId) {
    var query =
        em.createQuery("SELECT " + aggregate + " FROM Enrollment e WHERE " + where(states, since, platformId), Number.class);
    bind(query, states, since, platformId);
    Number value = query.getSingleResult();
    return value == null ? 0 : value.longValue();
  }

  private static String where(Set<EnrollmentState> states, Instant since, Long platformId) {
    var where = new StringBuilder("1 = 1");
    if (states != null) {
      where.append(" AND e.state IN :states");
    }
    if (since != null) {
      where.append(" AND e.enrolledAt >= :since");
    }
    if (platformId != null) {
      where.append(" AND e.platformId = :platformId");
    }
    return where.toString();
  }

  private static void bind(jakarta.persistence.Query query, Set<EnrollmentState> states, Instant since, Long platformId) {
    if (states != null) {
      query.setParameter("states", List.copyOf(states));
    }
    if (since != null) {
      query.setParameter("since", since);
    }
    if (platformId != null) {
      query.setParameter("platformId", platformId);
    }
  }
}
