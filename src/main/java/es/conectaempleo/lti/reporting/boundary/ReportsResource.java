package es.conectaempleo.lti.reporting.boundary;

import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.reporting.control.ProgramFigures;
import es.conectaempleo.lti.security.ReportsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/admin/reports/program} — enrolled, started, completed and approved learners and
 * hours of training, per course and in total, optionally since a date and for one platform. JSON, or
 * CSV for a spreadsheet ({@code Accept: text/csv}). Program staff read it with the reports token.
 */
@Path("api/admin/reports/program")
@ReportsApi
public class ReportsResource {
  /** Asked for by {@code Accept}; JSON stays the answer to {@code *}{@code /*}. */
  static final String CSV = "text/csv";
  @Inject ProgramFigures figures;
  @Inject Catalog catalog;
  @Inject Clock clock;

  public record Figures(long enrolled, long started, long completed, long approved, BigDecimal hours) {
    static Figures of(ProgramFigures.Counts c) {
      return new Figures(
          c.enrolled(),
          c.started(),
          c.completed(),
          c.approved(),
          BigDecimal.valueOf(c.minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
    }
  }

  public record CourseFigures(String code, String titleEs, String titleEn, Figures figures) {}

  public record Report(Instant generatedAt, Instant since, Long platformId, Figures total, List<CourseFigures> courses) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Report program(@QueryParam("since") String since, @QueryParam("platformId") Long platformId) {
    Instant from = parse(since);
    var perCourse = figures.perCourse(from, platformId);
    var empty = new ProgramFigures.Counts(0, 0, 0, 0, 0);
    var courses =
        catalog.courses().stream()
            .map(c -> new CourseFigures(c.code(), c.titleEs(), c.titleEn(), Figures.of(perCourse.getOrDefault(c.id(), empty))))
            .toList();
    return new Report(clock.instant(), from, platformId, Figures.of(figures.total(from, platformId)), courses);
  }

  @GET
  @Produces(CSV + ";qs=0.5")
  public Response programCsv(@QueryParam("since") String since, @QueryParam("platformId") Long platformId) {
    Report report = program(since, platformId);
    String day = report.generatedAt().toString().substring(0, 10);
    return Response.ok(ProgramFiguresCsv.of(report), CSV + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"conecta-empleo-" + day + ".csv\"")
        .build();
  }

  /** An ISO-8601 instant ({@code 2026-05-16T00:00:00Z}) or date ({@code 2026-05-16}, UTC). */
  private static Instant parse(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return since.length() == 10 ? Instant.parse(since + "T00:00:00Z") : Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("since must be a date (2026-05-16) or an instant (2026-05-16T00:00:00Z)");
    }
  }
}
