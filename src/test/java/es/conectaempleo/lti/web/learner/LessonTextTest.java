package es.conectaempleo.lti.web.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.web.learner.LessonText.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson bodies as blocks: paragraphs split by blank lines, lists of {@code "- "} lines. */
class LessonTextTest {

  private static Block paragraph(String text) {
    return new Block(false, List.of(text));
  }

  private static Block list(String... items) {
    return new Block(true, List.of(items));
  }

  @Test
  void testParagraph() {
    assertThat(LessonText.parse("Una hoja de cálculo organiza datos en filas y columnas.").blocks())
        .containsExactly(paragraph("Una hoja de cálculo organiza datos en filas y columnas."));
  }

  @Test
  void testParagraphLinesKept() {
    assertThat(LessonText.parse("Una hoja de cálculo\norganiza datos\n  en filas y columnas.  ").blocks())
        .containsExactly(paragraph("Una hoja de cálculo\norganiza datos\n  en filas y columnas."));
  }

  @Test
  void testCodeIndentationKept() {
    String body = "Un bucle en Python:\nfor i in range(3):\n    print(i)";

    assertThat(LessonText.parse(body).blocks())
        .containsExactly(paragraph("Un bucle en Python:\nfor i in range(3):\n    print(i)"));
  }

  @Test
  void testParagraphs() {
    assertThat(LessonText.parse("Primero.\n\nSegundo.\n\nTercero.").blocks())
        .containsExactly(paragraph("Primero."), paragraph("Segundo."), paragraph("Tercero."));
  }

  @Test
  void testList() {
    assertThat(LessonText.parse("- Filas\n- Columnas\n-   Celdas  ").blocks())
        .containsExactly(list("Filas", "Columnas", "Celdas"));
  }

  @Test
  void testListIndented() {
    assertThat(LessonText.parse("  - Filas\n\t- Columnas").blocks()).containsExactly(list("Filas", "Columnas"));
  }

  @Test
  void testMixed() {
    String body =
        "Una fórmula empieza por =.\n\n"
            + "- SUMA suma un rango\n"
            + "- PROMEDIO calcula la media\n\n"
            + "Prueba las dos en tu hoja.";

    assertThat(LessonText.parse(body).blocks())
        .containsExactly(
            paragraph("Una fórmula empieza por =."),
            list("SUMA suma un rango", "PROMEDIO calcula la media"),
            paragraph("Prueba las dos en tu hoja."));
  }

  /** A block is a list only when every line is an item; otherwise it stays text as written. */
  @Test
  void testBlockMixingTextAndItemsIsParagraph() {
    assertThat(LessonText.parse("Funciones útiles:\n- SUMA\n- PROMEDIO").blocks())
        .containsExactly(paragraph("Funciones útiles:\n- SUMA\n- PROMEDIO"));
  }

  @Test
  void testDashWithoutSpaceIsText() {
    assertThat(LessonText.parse("-5 grados\n-10 grados").blocks()).containsExactly(paragraph("-5 grados\n-10 grados"));
  }

  @Test
  void testCrlf() {
    String body = "Primero.\r\nSigue.\r\n\r\n- Uno\r\n- Dos\r\n\r\nFin.\r\n";

    assertThat(LessonText.parse(body).blocks())
        .containsExactly(paragraph("Primero.\nSigue."), list("Uno", "Dos"), paragraph("Fin."));
  }

  @Test
  void testExtraBlankLines() {
    String body = "\n\n\nPrimero.\n\n\n\n  \n\t\nSegundo.\n \n- Uno\n\n\n";

    assertThat(LessonText.parse(body).blocks())
        .containsExactly(paragraph("Primero."), paragraph("Segundo."), list("Uno"));
  }

  @Test
  void testEmpty() {
    assertThat(LessonText.parse("").blocks()).isEmpty();
    assertThat(LessonText.parse("\n \r\n\t\n").blocks()).isEmpty();
  }

  @Test
  void testTextKeptAsText() {
    assertThat(LessonText.parse("<b>negrita</b> & \"comillas\"").blocks())
        .containsExactly(paragraph("<b>negrita</b> & \"comillas\""));
  }

  @Test
  void testBlocksImmutable() {
    var blocks = LessonText.parse("Uno.\n\nDos.").blocks();

    assertThatThrownBy(() -> blocks.add(paragraph("Tres.")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
