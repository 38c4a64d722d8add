package es.conectaempleo.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's results as a plain-text report: what was measured and on what, one table row per
 * phase, then any notes (error samples, the profile summary). Printed and written to a file as is.
 */
final class Report {
  private final String title;
  private final String unit;
  private final List<String> context = new ArrayList<>();
  private final List<PhaseResult> phases = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** @param unit what one operation is, e.g. "launch" */
  Report(String title, String unit) {
    this.title = title;
    this.unit = unit;
  }

  Report context(String name, Object value) {
    context.add(String.format("%-22s %s", name + ":", value));
    return this;
  }

  Report phase(PhaseResult result) {
    phases.add(result);
    notes.add("Tool CPU by thread in " + result.name() + ":\n" + result.toolThreads(8));
    if (!result.errorSamples().isEmpty()) {
      notes.add("Errors in " + result.name() + " (first " + result.errorSamples().size() + "):\n  "
          + String.join("\n  ", result.errorSamples()));
    }
    return this;
  }

  Report note(String text) {
    notes.add(text);
    return this;
  }

  List<PhaseResult> phases() {
    return List.copyOf(phases);
  }

  String table() {
    var out = new StringBuilder();
    out.append(String.format("%-8s %4s %7s %6s %8s %8s %8s %8s %8s %9s %9s %8s %8s %9s %7s %7s %9s%n",
        "phase", "c", "count", "errors", unit + "/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
        "tool CPU", "(of it JIT)", "DB CPU", "DB stmts", "driver CPU", "other%", "RSS MiB", "load"));
    out.append(String.format("%-8s %4s %7s %6s %8s %8s %8s %8s %8s %9s %9s %8s %8s %9s %7s %7s %9s%n",
        "", "", "", "", "", "", "", "", "", "ms/" + unit, "ms/" + unit, "ms/" + unit, "/" + unit, "ms/" + unit, "", "", "before>after"));
    for (PhaseResult r : phases) {
      out.append(String.format("%-8s %4d %7d %6d %8.1f %8.1f %8.1f %8.1f %8.1f %9.3f %9.3f %8.3f %8.1f %9.3f %7.0f %7d %4.1f>%4.1f%n",
          r.name(), r.concurrency(), r.operations(), r.errors(), r.perSecond(),
          r.millisAt(50), r.millisAt(95), r.millisAt(99), r.latenciesMicros().getMaxValue() / 1000.0,
          r.toolCpuMillisPerOperation(), r.jitCpuMillisPerOperation(), r.databaseCpuMillisPerOperation(),
          r.databaseStatementsPerOperation(), r.driverCpuMillisPerOperation(),
          r.otherCpuPercent(), r.rssKiB() / 1024, r.loadBefore(), r.loadAfter()));
    }
    return out.toString();
  }

  String render() {
    var out = new StringBuilder();
    out.append("== ").append(title).append(" ==\n");
    context.forEach(line -> out.append(line).append('\n'));
    out.append('\n').append(table());
    out.append("""

        tool CPU = utime+stime of the tool's JVM (/proc/<pid>/stat) over the phase / %ses, of it JIT = its
        compiler threads (/proc/<pid>/task; high = not warmed up yet); DB CPU the same
        for the database server (n/a for embedded H2), DB stmts its Questions counter (every client's); other%% = busy CPU of every other process on the
        machine, in %% of one core (high = the machine was not quiet). Latency = one complete %s.
        """.formatted(unit, unit));
    notes.forEach(note -> out.append('\n').append(note).append('\n'));
    return out.toString();
  }
}
