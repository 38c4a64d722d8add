package es.conectaempleo.lti.web.instructor;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import es.conectaempleo.lti.enrollment.entity.LmsContext;
import es.conectaempleo.lti.gradesync.boundary.Delivery;
import es.conectaempleo.lti.gradesync.boundary.GradeSync;
import es.conectaempleo.lti.launch.boundary.LaunchHistory;
import es.conectaempleo.lti.launch.boundary.LaunchSession;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.roster.boundary.Rosters;
import es.conectaempleo.lti.roster.entity.RosterSource;
import es.conectaempleo.lti.web.shared.Pages;
import es.conectaempleo.lti.web.shared.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /instructor}: every learner of the LMS course the instructor launched from, their state and
 * score, and whether the grade reached the LMS. Only staff of that LMS course get here; learners and
 * staff of other courses get 403.
 */
@Path("instructor")
public class GradeDeliveryStatus {
  @Inject LaunchTokens tokens;
  @Inject LaunchHistory launches;
  @Inject Enrollments enrollments;
  @Inject GradeSync gradeSync;
  @Inject Catalog catalog;
  @Inject Rosters rosters;
  @Inject Pages pages;
  @Inject ToolUrls urls;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @GET
  public Response show(@QueryParam("lt") String token, @QueryParam("notice") String notice)
      throws LaunchRejectedException {
    LaunchSession session = staffSession(token);
    var language = Language.fromTag(session.language());
    long contextKey = session.contextKey();
    List<Enrollment> attempts = enrollments.inContext(contextKey);
    Map<Long, Delivery> deliveries = gradeSync.deliveries(attempts.stream().map(Enrollment::id).toList());
    var rows =
        attempts.stream()
            .map(e -> row(e, deliveries.get(e.id()), language.locale()))
            .toList();
    var source = rosters.source(contextKey);
    // Enrolled from this course, or opened the tool from it (a link without a course, nothing picked yet).
    Set<String> launched = new HashSet<>(launches.subjectsLaunchedIn(contextKey));
    attempts.forEach(e -> launched.add(e.learner().subject()));
    var absentees =
        rosters.notLaunched(contextKey, launched).stream()
            .map(m -> new DeliveryStatusView.Absentee(m.name() != null ? m.name() : m.userId(), m.email()))
            .toList();
    var view =
        new DeliveryStatusView(
            tokens.issue(session.renewed(clock.instant(), tokens.lifetime())),
            enrollments.context(contextKey).map(LmsContext::title).orElse(""),
            rows,
            totals(attempts, deliveries),
            source.isPresent(),
            absentees,
            source.map(RosterSource::lastImportAt).map(DeliveryStatusView::format).orElse(null),
            source.map(RosterSource::lastImportError).orElse(null),
            notice);
    return pages.page("instructor/deliveries.jte", Map.of("t", Texts.of(language), "view", view));
  }

  /** Queues a failed delivery again. */
  @POST
  @Path("deliveries/{id}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response retry(@PathParam("id") long outboxId, @FormParam("lt") String token)
      throws LaunchRejectedException {
    LaunchSession session = staffSession(token);
    var own = enrollments.inContext(session.contextKey()).stream().map(Enrollment::id).toList();
    boolean queued = gradeSync.retry(outboxId, own);
    String renewed = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    return Response.seeOther(
            URI.create(urls.base(uriInfo) + "/instructor?notice=" + (queued ? "retried" : "not-retried") + "&lt=" + renewed))
        .build();
  }

  /** Imports the LMS course's roster (NRPS) now. */
  @POST
  @Path("roster")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response importRoster(@FormParam("lt") String token) throws LaunchRejectedException {
    LaunchSession session = staffSession(token);
    var result = rosters.importRoster(session.contextKey());
    String renewed = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    String notice = result.imported() ? "roster-imported" : "roster-failed";
    return Response.seeOther(URI.create(urls.base(uriInfo) + "/instructor?notice=" + notice + "&lt=" + renewed))
        .build();
  }

  /** Staff of the LMS course the token was issued for; everyone else is refused. */
  private LaunchSession staffSession(String token) throws LaunchRejectedException {
    LaunchSession session = tokens.verify(token);
    if (!session.staff() || session.contextKey() == null) {
      throw new ForbiddenException("Only instructors of this LMS course may see this page");
    }
    return session;
  }

  private DeliveryStatusView.Row row(Enrollment e, Delivery delivery, Locale language) {
    var learner = e.learner();
    String name = learner.displayName() != null ? learner.displayName() : learner.subject();
    String course = catalog.findById(e.courseId()).map(c -> c.title(language)).orElse("?");
    return new DeliveryStatusView.Row(
        name,
        learner.email(),
        course,
        e.attempt(),
        e.state().name().toLowerCase(Locale.ROOT),
        e.courseScore(),
        String.format(language, "%.1f", e.minutesDone() / 60.0),
        delivery);
  }

  /**
   * People, attempts, and the people who reached each state in any attempt, as the program's
   * figures count them: a learner who passed and started the course again is one passed learner.
   */
  private static DeliveryStatusView.Totals totals(List<Enrollment> attempts, Map<Long, Delivery> deliveries) {
    int started = reached(attempts, EnrollmentState.STARTED);
    int completed = reached(attempts, EnrollmentState.COMPLETED);
    int approved = reached(attempts, EnrollmentState.APPROVED);
    int delivered = (int) deliveries.values().stream().filter(d -> "delivered".equals(d.status())).count();
    int pending = (int) deliveries.values().stream().filter(d -> "pending".equals(d.status())).count();
    int failed = (int) deliveries.values().stream().filter(Delivery::failed).count();
    long learners = attempts.stream().map(e -> e.learner().id()).distinct().count();
    return new DeliveryStatusView.Totals(
        (int) learners, attempts.size(), started, completed, approved, delivered, pending, failed);
  }

  private static int reached(List<Enrollment> attempts, EnrollmentState state) {
    return (int) attempts.stream().filter(e -> e.state().compareTo(state) >= 0).map(e -> e.learner().id()).distinct().count();
  }
}
