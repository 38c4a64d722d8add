package es.conectaempleo.lti.web.instructor;

import es.conectaempleo.lti.gradesync.boundary.Delivery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The instructor page: one row per learner attempt, totals, and the roster's absentees. */
public record DeliveryStatusView(
    String token,
    String contextTitle,
    List<Row> rows,
    Totals totals,
    boolean rosterAvailable,
    List<Absentee> notLaunched,
    String rosterImportedAt,
    String rosterError,
    String notice) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** A learner's attempt and its gradebook delivery ({@code delivery} may be {@code null}). */
  public record Row(
      String learner,
      String email,
      String courseTitle,
      int attempt,
      String state,
      BigDecimal score,
      String hours,
      Delivery delivery) {

    public String lastTry() {
      return delivery == null || delivery.lastAttemptAt() == null ? "" : format(delivery.lastAttemptAt());
    }
  }

  /** Counts of the page's rows. */
  public record Totals(
      int learners, int enrolled, int started, int completed, int approved, int delivered, int pending, int failed) {}

  /** Someone on the LMS roster who has not opened the tool. */
  public record Absentee(String name, String email) {}

  static String format(Instant instant) {
    return WHEN.format(instant) + " UTC";
  }
}
