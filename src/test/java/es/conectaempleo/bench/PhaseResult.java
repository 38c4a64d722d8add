package es.conectaempleo.bench;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What one {@link Phase} measured. CPU figures are clock ticks ({@link ProcStat#TICKS_PER_SECOND});
 * latencies are microseconds.
 *
 * @param databaseTicks the database server's CPU, -1 when it is not a process of its own (H2)
 * @param databaseStatements statements the database server received (MariaDB {@code Questions}, all
 *     clients), -1 when not counted
 * @param machineTicks busy ticks of every process on the machine, the tool's included
 * @param rssKiB the tool's resident memory at the end of the phase
 * @param toolThreadTicks the tool's CPU by thread name (see {@link ProcStat#threadTicks}); threads
 *     that ended during the phase are missing
 */
record PhaseResult(
    String name,
    int concurrency,
    long operations,
    long errors,
    List<String> errorSamples,
    long elapsedNanos,
    Histogram latenciesMicros,
    long toolTicks,
    long databaseTicks,
    long databaseStatements,
    long driverTicks,
    long machineTicks,
    long rssKiB,
    java.util.Map<String, Long> toolThreadTicks,
    double loadBefore,
    double loadAfter) {

  double perSecond() {
    return operations * 1e9 / elapsedNanos;
  }

  double millisAt(double percentile) {
    return latenciesMicros.getValueAtPercentile(percentile) / 1000.0;
  }

  double toolCpuMillisPerOperation() {
    return ProcStat.ticksToMillis(toolTicks) / operations;
  }

  /** The tool's JIT compiler threads: high means the tool was not warm yet. */
  double jitCpuMillisPerOperation() {
    long jit = toolThreadTicks.entrySet().stream()
        .filter(e -> e.getKey().contains("CompilerThre"))
        .mapToLong(java.util.Map.Entry::getValue)
        .sum();
    return ProcStat.ticksToMillis(jit) / operations;
  }

  double databaseCpuMillisPerOperation() {
    return databaseTicks < 0 ? Double.NaN : ProcStat.ticksToMillis(databaseTicks) / operations;
  }

  double databaseStatementsPerOperation() {
    return databaseStatements < 0 ? Double.NaN : (double) databaseStatements / operations;
  }

  double driverCpuMillisPerOperation() {
    return ProcStat.ticksToMillis(driverTicks) / operations;
  }

  /** CPU of everything that is neither the tool, the database nor this driver: other people's work. */
  double otherCpuPercent() {
    long other = machineTicks - toolTicks - driverTicks - Math.max(databaseTicks, 0);
    double seconds = elapsedNanos / 1e9;
    return Math.max(other, 0) * 100.0 / ProcStat.TICKS_PER_SECOND / seconds;
  }

  /** The tool's CPU per operation by thread name, largest first, as text. */
  String toolThreads(int top) {
    var out = new StringBuilder();
    toolThreadTicks.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> out.append(String.format("  %8.3f ms/op  %s%n", ProcStat.ticksToMillis(e.getValue()) / operations, e.getKey())));
    return out.toString();
  }
}
