package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.launch.entity.LaunchOutcome;
import es.conectaempleo.lti.security.AdminApi;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * Admin API: the newest launches, accepted and rejected, with their reason codes; what an LMS admin
 * needs to see why a launch failed.
 */
@Path("api/admin/launches")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class LaunchAuditResource {
  @PersistenceContext EntityManager em;

  @GET
  public List<LaunchAuditView> recent(
      @QueryParam("outcome") @Pattern(regexp = "accepted|rejected") String outcome,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    TypedQuery<LaunchAudit> query =
        outcome == null
            ? em.createNamedQuery(LaunchAudit.FIND_RECENT, LaunchAudit.class)
            : em.createNamedQuery(LaunchAudit.FIND_RECENT_BY_OUTCOME, LaunchAudit.class)
                .setParameter("outcome", LaunchOutcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
    return query.setMaxResults(limit).getResultStream().map(LaunchAuditView::of).toList();
  }
}
