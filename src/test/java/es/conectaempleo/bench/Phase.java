package es.conectaempleo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * One measured stretch of load: {@code count} operations run by {@code concurrency} workers, each
 * starting its next operation as soon as the last one ended (closed loop). Around it, the CPU ticks
 * of the tool, the database server, this driver and the whole machine are read from {@code /proc}, so
 * the result says what one operation cost the tool, whatever else the machine was doing.
 */
final class Phase {
  /** One operation (a complete launch, a score event). */
  @FunctionalInterface
  interface Operation {
    /**
     * @param index the operation's number in the phase, from 0
     * @throws Exception a failed operation; it counts as an error
     */
    void run(long index) throws Exception;
  }

  private static final int KEPT_ERRORS = 5;

  /** An operation running this long gets the tool's threads dumped (twice per phase at most). */
  private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(20);

  private final ToolProcess tool;
  private final OptionalLong databasePid;
  private volatile long lastDumped;

  private final java.util.function.LongSupplier databaseStatements;

  /**
   * @param databasePid the database server's process, measured too when present
   * @param databaseStatements the database server's statement counter, or {@code () -> -1}
   */
  Phase(ToolProcess tool, OptionalLong databasePid, java.util.function.LongSupplier databaseStatements) {
    this.tool = tool;
    this.databasePid = databasePid;
    this.databaseStatements = databaseStatements;
  }

  PhaseResult run(String name, int concurrency, long count, Operation operation) throws InterruptedException {
    long self = ProcessHandle.current().pid();
    double loadBefore = ProcStat.loadAverage();
    var threadsBefore = ProcStat.threadTicks(tool.pid());
    long statementsBefore = databaseStatements.getAsLong();
    long toolBefore = tool.cpuTicks();
    long dbBefore = databasePid.isPresent() ? ProcStat.cpuTicks(databasePid.getAsLong()) : 0;
    long driverBefore = ProcStat.cpuTicks(self);
    long machineBefore = ProcStat.machineBusyTicks();
    long started = System.nanoTime();

    var errorSamples = new ConcurrentLinkedQueue<String>();
    var inFlight = new java.util.concurrent.atomic.AtomicLongArray(concurrency); // start time, 0 = idle
    var dumps = new java.util.concurrent.atomic.AtomicInteger();
    var watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      var thread = new Thread(r, "bench-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    watchdog.scheduleWithFixedDelay(() -> {
      long now = System.nanoTime();
      for (int w = 0; w < inFlight.length(); w++) {
        long since = inFlight.get(w);
        if (since != 0 && now - since > SLOW_NANOS && dumps.get() < 2 && since != lastDumped) {
          lastDumped = since;
          String file = "threads-" + name.replaceAll("[^A-Za-z0-9]", "") + "-" + dumps.incrementAndGet() + ".txt";
          errorSamples.add("an operation ran over 20 s; the tool's threads are in " + tool.threadDump(file));
        }
      }
    }, 1, 1, TimeUnit.SECONDS);
    var next = new AtomicLong();
    var errors = new AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
      var thread = new Thread(r, "bench-" + name);
      thread.setDaemon(true);
      return thread;
    });
    List<Future<Histogram>> parts = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      parts.add(workers.submit(() -> {
        var latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          inFlight.set(worker, t0);
          try {
            operation.run(i);
          } catch (Exception | AssertionError e) {
            if (errors.incrementAndGet() <= KEPT_ERRORS) {
              errorSamples.add(describe(e));
            }
          }
          inFlight.set(worker, 0);
          latencies.recordValue(Math.min((System.nanoTime() - t0) / 1000, latencies.getHighestTrackableValue()));
        }
        return latencies;
      }));
    }
    var latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    for (Future<Histogram> part : parts) {
      try {
        latencies.add(part.get());
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("A worker failed", e.getCause());
      }
    }
    workers.shutdown();
    watchdog.shutdownNow();

    long elapsed = System.nanoTime() - started;
    var threads = new java.util.HashMap<String, Long>(ProcStat.threadTicks(tool.pid()));
    threadsBefore.forEach((thread, ticks) -> threads.merge(thread, -ticks, Long::sum));
    threads.values().removeIf(ticks -> ticks <= 0);
    return new PhaseResult(
        name,
        concurrency,
        count,
        errors.get(),
        List.copyOf(errorSamples),
        elapsed,
        latencies,
        tool.cpuTicks() - toolBefore,
        databasePid.isPresent() ? ProcStat.cpuTicks(databasePid.getAsLong()) - dbBefore : -1,
        statementsBefore < 0 ? -1 : databaseStatements.getAsLong() - statementsBefore,
        ProcStat.cpuTicks(self) - driverBefore,
        ProcStat.machineBusyTicks() - machineBefore,
        tool.rssKiB(),
        java.util.Map.copyOf(threads),
        loadBefore,
        ProcStat.loadAverage());
  }

  /** The exception and its causes, one line. */
  private static String describe(Throwable e) {
    var text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : " <- ").append(t.toString().lines().findFirst().orElse(""));
    }
    return text.toString();
  }
}
