package es.conectaempleo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The launch benchmark (issue 2): complete LTI launches against the running uber jar, at each
 * concurrency in turn, after a warm-up. Run it with {@code bench/launch.sh}, which builds, prepares
 * the database and passes these environment variables:
 *
 * <ul>
 *   <li>{@code BENCH_JAR}: the tool's uber jar (default {@code target/conecta-lti.jar})
 *   <li>{@code BENCH_DB_URL}, {@code BENCH_DB_USER}, {@code BENCH_DB_PASSWORD}: the tool's database
 *       (default: a fresh embedded H2 file in the run's directory)
 *   <li>{@code BENCH_CONCURRENCY}: the phases (default {@code "1 16 64"})
 *   <li>{@code BENCH_LAUNCHES}: measured launches per phase (default 6000; with the warm-up the run
 *       makes 20,000, so the last RSS is the one after 20,000 launches)
 *   <li>{@code BENCH_WARMUP}: warm-up launches (default 2000), at {@code BENCH_WARMUP_CONCURRENCY}
 *       (default 16)
 *   <li>{@code BENCH_LEARNERS}: the learner population (default 2000)
 *   <li>{@code BENCH_TOOL_OPTS}: the tool's JVM options
 *   <li>{@code BENCH_PROFILE}: after the phase of this concurrency (default 64; 0 = none), one more
 *       phase of {@code BENCH_PROFILE_LAUNCHES} (default 2000) at that concurrency, recorded with JFR
 *   <li>{@code BENCH_BASELINE}: after the launch phases, this many baseline operations (default 6000;
 *       0 = none) at the last concurrency: two requests for a static asset each, what the container
 *       alone costs for the two requests of a launch ({@link LaunchWorkload#baseline})
 *   <li>{@code BENCH_OUT}: the report file; {@code BENCH_DIR}: where the run keeps its files
 * </ul>
 */
public final class LaunchBenchmark {
  private LaunchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(env("BENCH_JAR", "target/conecta-lti.jar"));
    Path dir = Path.of(env("BENCH_DIR", "target/bench/launch-" + System.currentTimeMillis())).toAbsolutePath();
    Path out = Path.of(env("BENCH_OUT", dir.resolve("report.txt").toString()));
    int[] concurrencies = Arrays.stream(env("BENCH_CONCURRENCY", "1 16 64").trim().split("[\\s,]+"))
        .mapToInt(Integer::parseInt).toArray();
    long launches = Long.parseLong(env("BENCH_LAUNCHES", "6000"));
    long warmup = Long.parseLong(env("BENCH_WARMUP", "2000"));
    int warmupConcurrency = Integer.parseInt(env("BENCH_WARMUP_CONCURRENCY", "16"));
    int learners = Integer.parseInt(env("BENCH_LEARNERS", "2000"));
    int profiled = Integer.parseInt(env("BENCH_PROFILE", "64"));
    long profiledLaunches = Long.parseLong(env("BENCH_PROFILE_LAUNCHES", "2000"));
    long baseline = Long.parseLong(env("BENCH_BASELINE", "6000"));
    List<String> toolOptions = words(env("BENCH_TOOL_OPTS", ""));
    String dbUrl = env("BENCH_DB_URL", "jdbc:h2:file:" + dir.resolve("h2/conecta") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE");

    String adminToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    Map<String, String> toolEnv = new HashMap<>();
    toolEnv.put("CONECTA_ADMIN_TOKEN", adminToken);
    toolEnv.put("CONECTA_DB_URL", dbUrl);
    toolEnv.put("CONECTA_DB_USER", env("BENCH_DB_USER", "conecta"));
    toolEnv.put("CONECTA_DB_PASSWORD", env("BENCH_DB_PASSWORD", "conecta"));
    toolEnv.put("CONECTA_BASE_URL", "");

    var report = new Report("Conecta LTI launch benchmark", "launch")
        .context("started", Instant.now())
        .context("commit", env("BENCH_COMMIT", "?"))
        .context("machine", Runtime.getRuntime().availableProcessors() + " CPUs, load " + ProcStat.loadAverage())
        .context("tool", jar + " " + String.join(" ", toolOptions))
        .context("database", dbUrl.replaceAll("//[^/@]*@", "//"));
    System.out.println("Starting the tool (" + jar + ") in " + dir);
    try (var tool = ToolProcess.start(jar, toolOptions, toolEnv, dir);
        var workload = new LaunchWorkload(tool.base(), adminToken, learners)) {
      OptionalLong database = dbUrl.startsWith("jdbc:h2:") ? OptionalLong.empty() : ProcStat.findByName("mariadbd");
      report.context("tool pid", tool.pid() + ", RSS after start " + tool.rssKiB() / 1024 + " MiB, log " + tool.log())
          .context("database pid", database.isPresent() ? database.getAsLong() : "n/a (embedded)")
          .context("launches", "warm-up " + warmup + " at c=" + warmupConcurrency + ", then " + launches + " per phase, learners " + learners);
      var phase = new Phase(tool, database, statementCounter(dbUrl, toolEnv));
      long total = 0;
      if (warmup > 0) {
        report.phase(print(phase.run("warm-up", warmupConcurrency, warmup, workload::launch)));
        total += warmup;
      }
      for (int c : concurrencies) {
        report.phase(print(phase.run("c=" + c, c, launches, workload::launch)));
        total += launches;
        if (c == profiled && profiledLaunches > 0) {
          // A phase of its own: recording costs the tool CPU, so the measured phase runs without it.
          tool.startRecording("bench");
          report.phase(print(phase.run("c=" + c + "+JFR", c, profiledLaunches, workload::launch)));
          total += profiledLaunches;
          Path recording = dir.resolve("launch-c" + c + ".jfr");
          tool.stopRecording("bench", recording);
          report.note("Profile of the c=" + c + "+JFR phase (JFR, settings=profile), " + recording + "\n"
              + HotMethods.summarise(recording, 25));
        }
      }
      if (baseline > 0 && concurrencies.length > 0) {
        int c = concurrencies[concurrencies.length - 1];
        report.phase(print(phase.run("baseline " + c, c, baseline, workload::baseline)));
        report.note("The baseline row is no launch: each operation is two GET /assets/conecta.js (bytes held in\n"
            + "memory) on a fresh browser, as many tool requests as a launch. Its tool CPU is what the container\n"
            + "alone (HTTP, servlet, JAX-RS, CDI, Payara's per-request work) costs for a launch's two requests on\n"
            + "this machine now; a launch's CPU above it is the launch's own work.");
      }
      report.context("after run", total + " launches, RSS " + tool.rssKiB() / 1024 + " MiB, peak RSS "
          + tool.peakRssKiB() / 1024 + " MiB");
    }
    String text = report.render();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, text);
    System.out.println();
    System.out.println(text);
    System.out.println("Report written to " + out);
    boolean failed = report.phases().stream().anyMatch(r -> r.errors() > 0);
    System.exit(failed ? 1 : 0);
  }

  private static PhaseResult print(PhaseResult result) {
    System.out.printf("%s: %d launches, %d errors, %.1f/s, p99 %.1f ms, tool CPU %.3f ms/launch, RSS %d MiB%n",
        result.name(), result.operations(), result.errors(), result.perSecond(), result.millisAt(99),
        result.toolCpuMillisPerOperation(), result.rssKiB() / 1024);
    return result;
  }

  /** MariaDB's and MySQL's count of statements received, through the tool's own user; -1 for H2. */
  private static java.util.function.LongSupplier statementCounter(String dbUrl, Map<String, String> toolEnv) {
    if (dbUrl.startsWith("jdbc:h2:")) {
      return () -> -1;
    }
    return () -> {
      try (var connection = java.sql.DriverManager.getConnection(
              dbUrl, toolEnv.get("CONECTA_DB_USER"), toolEnv.get("CONECTA_DB_PASSWORD"));
          var result = connection.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
        return result.next() ? result.getLong(2) : -1;
      } catch (java.sql.SQLException e) {
        return -1;
      }
    };
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
