package es.conectaempleo.lti.reporting.boundary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The program's figures as RFC 4180 CSV for a spreadsheet: one row per course, then the total (a
 * learner counts once there, so it is not the sum of the rows). Hours with a decimal point.
 */
final class ProgramFiguresCsv {
  static final String HEADER = "code,title_es,title_en,enrolled,started,completed,approved,hours";

  private ProgramFiguresCsv() {}

  static String of(ReportsResource.Report report) {
    var rows = Stream.<String>builder().add(HEADER);
    for (ReportsResource.CourseFigures course : report.courses()) {
      rows.add(row(course.code(), course.titleEs(), course.titleEn(), course.figures()));
    }
    rows.add(row("TOTAL", "Total del programa", "Programme total", report.total()));
    return rows.build().collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static String row(String code, String titleEs, String titleEn, ReportsResource.Figures f) {
    return List.of(
            field(code),
            field(titleEs),
            field(titleEn),
            String.valueOf(f.enrolled()),
            String.valueOf(f.started()),
            String.valueOf(f.completed()),
            String.valueOf(f.approved()),
            f.hours().toPlainString())
        .stream()
        .collect(Collectors.joining(","));
  }

  /**
   * Quoted when it holds a separator, quote or line break. A text that a spreadsheet would take for
   * a formula ({@code = + - @}) gets a leading apostrophe.
   */
  static String field(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
