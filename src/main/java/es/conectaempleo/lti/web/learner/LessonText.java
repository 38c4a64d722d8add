package es.conectaempleo.lti.web.learner;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson body as blocks to render: paragraphs separated by blank lines, and lists where every line
 * of a block starts with {@code "- "}. Line breaks and indentation inside a paragraph are kept (code
 * examples, where Python's indentation matters; pages show them with {@code white-space: pre-wrap}).
 * The text stays text; templates escape it.
 */
public record LessonText(List<Block> blocks) {

  /** A paragraph ({@code items} has one entry) or a list. */
  public record Block(boolean list, List<String> items) {}

  public static LessonText parse(String body) {
    List<Block> blocks = new ArrayList<>();
    for (String chunk : body.replace("\r\n", "\n").split("\n\\s*\n")) {
      List<String> lines = chunk.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
      if (lines.isEmpty()) {
        continue;
      }
      if (lines.stream().allMatch(l -> l.strip().startsWith("- "))) {
        blocks.add(new Block(true, lines.stream().map(l -> l.strip().substring(2).strip()).toList()));
      } else {
        blocks.add(new Block(false, List.of(String.join("\n", lines))));
      }
    }
    return new LessonText(List.copyOf(blocks));
  }
}
