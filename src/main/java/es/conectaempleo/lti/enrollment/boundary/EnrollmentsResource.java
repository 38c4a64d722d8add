package es.conectaempleo.lti.enrollment.boundary;

import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.security.AdminApi;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admin API: the enrollment registry, filtered by platform, learner and course, newest first. */
@Path("api/admin/enrollments")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {
  @PersistenceContext EntityManager em;

  @Inject Catalog catalog;

  @GET
  public List<EnrollmentView> enrollments(
      @QueryParam("platformId") Long platformId,
      @QueryParam("subject") String subject,
      @QueryParam("course") String courseCode,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var jpql =
        new StringBuilder(
            "SELECT e FROM Enrollment e JOIN FETCH e.learner l"
                + " LEFT JOIN FETCH e.context LEFT JOIN FETCH e.resourceLink WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (platformId != null) {
      jpql.append(" AND e.platformId = :platformId");
      parameters.put("platformId", platformId);
    }
    if (subject != null) {
      jpql.append(" AND l.subject = :subject");
      parameters.put("subject", subject);
    }
    if (courseCode != null) {
      Long courseId = catalog.findByCode(courseCode).map(Course::id).orElse(-1L);
      jpql.append(" AND e.courseId = :courseId");
      parameters.put("courseId", courseId);
    }
    jpql.append(" ORDER BY e.id DESC");
    var query = em.createQuery(jpql.toString(), Enrollment.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultStream()
        .map(e -> EnrollmentView.of(e, catalog.findById(e.courseId()).map(Course::code).orElse(null)))
        .toList();
  }
}
