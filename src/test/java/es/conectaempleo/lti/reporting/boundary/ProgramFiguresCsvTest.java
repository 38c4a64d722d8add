package es.conectaempleo.lti.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramFiguresCsvTest {
  @Test
  void testFieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    assertThat(ProgramFiguresCsv.field("Word")).isEqualTo("Word");
    assertThat(ProgramFiguresCsv.field("HTML, CSS")).isEqualTo("\"HTML, CSS\"");
    assertThat(ProgramFiguresCsv.field("El \"cloud\"")).isEqualTo("\"El \"\"cloud\"\"\"");
    assertThat(ProgramFiguresCsv.field("dos\nlíneas")).isEqualTo("\"dos\nlíneas\"");
    assertThat(ProgramFiguresCsv.field(null)).isEmpty();
  }

  @Test
  void testTextASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
    assertThat(ProgramFiguresCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ProgramFiguresCsv.field("+34")).isEqualTo("'+34");
    assertThat(ProgramFiguresCsv.field("-1")).isEqualTo("'-1");
    assertThat(ProgramFiguresCsv.field("@SUM")).isEqualTo("'@SUM");
  }

  @Test
  void testOneRowPerCourseThenTheTotal() {
    var excel = new ReportsResource.Figures(3, 2, 1, 1, new BigDecimal("12.5"));
    var total = new ReportsResource.Figures(3, 2, 1, 1, new BigDecimal("12.5"));
    var report =
        new ReportsResource.Report(
            Instant.parse("2026-11-29T10:00:00Z"), null, null, total,
            List.of(new ReportsResource.CourseFigures("excel", "Excel, de cero a tablas", "Excel", excel)));

    assertThat(ProgramFiguresCsv.of(report))
        .isEqualTo(
            "code,title_es,title_en,enrolled,started,completed,approved,hours\r\n"
                + "excel,\"Excel, de cero a tablas\",Excel,3,2,1,1,12.5\r\n"
                + "TOTAL,Total del programa,Programme total,3,2,1,1,12.5\r\n");
  }
}
