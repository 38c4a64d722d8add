package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator stands for the LMS: it may know the specs, never the tool. No source of this
 * package may name a type of the tool's packages, imported or fully qualified.
 */
class SimulatorIsolationTest {
  private static final Path SOURCES = Path.of("src/test/java/es/conectaempleo/simulator");
  // Built from parts so that this file does not match itself.
  private static final String TOOL_PACKAGE = "es.conectaempleo" + ".lti";

  @Test
  void testSimulatorImportsNothingFromTheTool() throws IOException {
    List<Path> offending;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offending =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(SimulatorIsolationTest::namesTheTool)
              .toList();
    }
    assertThat(offending).isEmpty();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      assertThat(files.filter(file -> file.toString().endsWith(".java")).count()).isGreaterThan(10);
    }
  }

  private static boolean namesTheTool(Path file) {
    try {
      return Files.readString(file).matches("(?s).*\\b" + TOOL_PACKAGE.replace(".", "\\.") + "\\b.*");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
