package es.conectaempleo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the tool's CPU went, from a JFR recording: execution samples counted by the method on top of
 * the stack (self time), by the library that method belongs to, and by the methods of the tool on the
 * stack (inclusive time); then allocation by top frame, garbage-collection pauses, and where threads
 * blocked on locks or waited (a JDBC pool too small for the request threads shows there). JDK 17's
 * {@code jfr} tool has no {@code view hot-methods}, so this reads the file with {@code jdk.jfr.consumer}.
 */
final class HotMethods {
  /** Library of a frame, by package prefix; the first match wins. */
  private static final Map<String, String> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("es.conectaempleo.lti.web.templates", "templates (jte, generated)");
    AREAS.put("es.conectaempleo", "tool code");
    AREAS.put("com.nimbusds", "Nimbus JOSE+JWT");
    AREAS.put("sun.security", "crypto (JDK)");
    AREAS.put("java.security", "crypto (JDK)");
    AREAS.put("javax.crypto", "crypto (JDK)");
    AREAS.put("com.sun.crypto", "crypto (JDK)");
    AREAS.put("java.math", "crypto (JDK)");
    AREAS.put("org.eclipse.persistence", "EclipseLink");
    AREAS.put("org.h2", "H2");
    AREAS.put("org.mariadb", "MariaDB Connector/J");
    AREAS.put("com.mysql", "MySQL Connector/J");
    AREAS.put("com.sun.gjc", "JDBC pool (Payara)");
    AREAS.put("com.sun.enterprise.resource", "JDBC pool (Payara)");
    AREAS.put("com.sun.enterprise.transaction", "JTA (Payara)");
    AREAS.put("com.sun.jts", "JTA (Payara)");
    AREAS.put("org.glassfish.grizzly", "HTTP (Grizzly)");
    AREAS.put("org.apache.catalina", "Servlet container");
    AREAS.put("org.apache.coyote", "Servlet container");
    AREAS.put("org.glassfish.jersey", "JAX-RS (Jersey)");
    AREAS.put("org.jboss.weld", "CDI (Weld)");
    AREAS.put("gg.jte", "templates (jte runtime)");
    AREAS.put("org.eclipse.yasson", "JSON-B (Yasson)");
    AREAS.put("java.util.logging", "logging");
    AREAS.put("com.sun.enterprise.server.logging", "logging");
    AREAS.put("java.util.regex", "regex (JDK)");
    AREAS.put("java.util.zip", "zip (JDK)");
    AREAS.put("sun.nio", "I/O (JDK)");
    AREAS.put("java.nio", "I/O (JDK)");
    AREAS.put("java.io", "I/O (JDK)");
    AREAS.put("java.net", "I/O (JDK)");
    AREAS.put("java.lang.invoke", "reflection (JDK)");
    AREAS.put("java.lang.reflect", "reflection (JDK)");
    AREAS.put("jdk.internal.reflect", "reflection (JDK)");
    AREAS.put("java.", "JDK other");
    AREAS.put("jdk.", "JDK other");
    AREAS.put("sun.", "JDK other");
    AREAS.put("fish.payara", "Payara other");
    AREAS.put("com.sun", "Payara other");
    AREAS.put("org.glassfish", "Payara other");
  }

  private HotMethods() {}

  /** Summarises a recording made earlier: {@code HotMethods <file.jfr> [top]}. */
  public static void main(String[] args) throws IOException {
    System.out.print(summarise(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
  }

  /** The summary as text, with the {@code top} entries of each list. */
  static String summarise(Path recording, int top) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> areas = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocations = new HashMap<>();
    Map<String, Long> locks = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    long gcCount = 0;
    Duration gcPause = Duration.ZERO;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        List<RecordedFrame> frames = frames(event.getStackTrace());
        if (frames.isEmpty()) {
          continue;
        }
        samples++;
        String topMethod = name(frames.get(0));
        self.merge(topMethod, 1L, Long::sum);
        areas.merge(area(topMethod), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String method = name(frame);
          if (method.startsWith("es.conectaempleo") && seen.add(method)) {
            inclusive.merge(method, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        List<RecordedFrame> frames = frames(event.getStackTrace());
        long weight = event.getLong("weight");
        allocated += weight;
        allocations.merge(frames.isEmpty() ? "?" : name(frames.get(0)), weight, Long::sum);
      } else if (type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.JavaMonitorWait")) {
        List<RecordedFrame> frames = frames(event.getStackTrace());
        String where = frames.stream().map(HotMethods::name).filter(m -> !m.startsWith("java.lang.Object.wait"))
            .findFirst().orElse("?");
        if (!where.contains("getTask")) { // an idle Grizzly worker waiting for work
          String kind = type.endsWith("Enter") ? "blocked on a lock in " : "waiting in ";
          locks.merge(kind + where, event.getDuration().toMillis(), Long::sum);
        }
      } else if (type.equals("jdk.GarbageCollection")) {
        gcCount++;
        gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
      }
    }
    var out = new StringBuilder();
    out.append(String.format("JFR %s: %d execution samples, %d GCs with %d ms of pauses, ~%d MiB allocated%n",
        recording.getFileName(), samples, gcCount, gcPause.toMillis(), allocated >> 20));
    section(out, "CPU by library (top frame)", areas, samples, top);
    section(out, "Hot methods (self, top frame)", self, samples, top);
    section(out, "Tool methods on the stack (inclusive)", inclusive, samples, top);
    section(out, "Allocation by top frame (share of sampled bytes)", allocations, allocated, top);
    out.append(String.format("%nThreads blocked or waiting (over 10 ms each; total ms)%n"));
    locks.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top / 2)
        .forEach(e -> out.append(String.format("  %8d  %s%n", e.getValue(), e.getKey())));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Map<String, Long> counts, long total, int top) {
    out.append(String.format("%n%s%n", title));
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> out.append(String.format("  %5.1f%%  %s%n", e.getValue() * 100.0 / Math.max(total, 1), e.getKey())));
  }

  private static List<RecordedFrame> frames(RecordedStackTrace stack) {
    return stack == null ? List.of() : stack.getFrames().stream().filter(RecordedFrame::isJavaFrame).toList();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String area(String method) {
    for (Map.Entry<String, String> area : AREAS.entrySet()) {
      if (method.startsWith(area.getKey())) {
        return area.getValue();
      }
    }
    return "other";
  }
}
