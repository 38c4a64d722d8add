package es.conectaempleo.bench;

import es.conectaempleo.lti.ToolAdmin;
import es.conectaempleo.lti.learning.boundary.AnswerKey;
import es.conectaempleo.lti.learning.boundary.LearningApi;
import es.conectaempleo.simulator.AgsFaults;
import es.conectaempleo.simulator.AgsRequest;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.Gradebook;
import es.conectaempleo.simulator.LineItem;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.PlatformSimulator;
import es.conectaempleo.simulator.ReceivedScore;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.ToolConfiguration;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The grade sync benchmark (issue 3): learners launched from a simulated Moodle whose launches
 * carry the AGS claim produce score events through the learning API (quiz attempts that finish the
 * course and then raise its score: each one writes an outbox row), and the tool's dispatcher
 * delivers them to the platform's scores endpoint. Run it with {@code bench/grades.sh}. Runs, each
 * with its own platform and learners on the same tool:
 *
 * <ul>
 *   <li>{@code live}: events produced while the platform answers; delivery keeps up or not
 *   <li>{@code drain}: events produced while the platform is down (connections closed), then it comes
 *       back and the backlog (coalesced: at most one score per learner) is timed
 *   <li>{@code faults}: like {@code live} with a share of score POSTs failing with 500 and the tool
 *       killed ({@code kill -9}) and started again on the same database halfway through; then every
 *       learner's final score, order and completeness are checked
 * </ul>
 *
 * Environment: {@code BENCH_JAR}, {@code BENCH_DIR}, {@code BENCH_OUT}, {@code BENCH_DB_URL/USER/PASSWORD}
 * (default: an in-memory H2 served over TCP by this driver, so it outlives the tool's kill),
 * {@code BENCH_LEARNERS} (1000), {@code BENCH_EVENTS} per learner (10), {@code BENCH_CONCURRENCY} (64),
 * {@code BENCH_PLACEMENTS} (20), {@code BENCH_RUNS} ("live drain faults"), {@code BENCH_FAILURE_RATE}
 * (0.3), {@code BENCH_TOOL_OPTS}, {@code BENCH_GRADESYNC_OPTS} (the tool's conecta.gradesync.* system
 * properties), {@code BENCH_DRAIN_TIMEOUT} seconds (300).
 */
public final class GradeSyncBenchmark {
  private static final String COURSE = "programacion";

  private GradeSyncBenchmark() {}

  /** A learner of a run: the launch token, the quizzes (question → right and wrong option), and the events. */
  private static final class Learner {
    final LmsUser user;
    final Placement placement;
    String token;
    final List<Long> quizzes = new ArrayList<>();
    final Map<Long, List<long[]>> questions = new HashMap<>(); // quiz -> [question, right, wrong]
    List<long[]> plan; // [quiz, right answers]
    int step;
    BigDecimal score;
    final List<Instant> commits = new ArrayList<>();
    final List<BigDecimal> expected = new ArrayList<>();

    Learner(LmsUser user, Placement placement) {
      this.user = user;
      this.placement = placement;
    }
  }

  private record Run(String name, SimulatedPlatform platform, List<Placement> placements, List<Learner> learners) {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(env("BENCH_JAR", "target/conecta-lti.jar"));
    Path dir = Path.of(env("BENCH_DIR", "target/bench/grades-" + System.currentTimeMillis())).toAbsolutePath();
    Path out = Path.of(env("BENCH_OUT", dir.resolve("report.txt").toString()));
    int learners = Integer.parseInt(env("BENCH_LEARNERS", "1000"));
    int events = Integer.parseInt(env("BENCH_EVENTS", "10"));
    int concurrency = Integer.parseInt(env("BENCH_CONCURRENCY", "64"));
    int placements = Integer.parseInt(env("BENCH_PLACEMENTS", "20"));
    double failureRate = Double.parseDouble(env("BENCH_FAILURE_RATE", "0.3"));
    long drainTimeout = Long.parseLong(env("BENCH_DRAIN_TIMEOUT", "300"));
    List<String> runs = words(env("BENCH_RUNS", "live drain faults"));
    List<String> toolOptions = new ArrayList<>(words(env("BENCH_TOOL_OPTS", "")));
    String gradesync = env("BENCH_GRADESYNC_OPTS",
        "-Dconecta.gradesync.lease-seconds=5 -Dconecta.gradesync.backoff-base-millis=200 -Dconecta.gradesync.backoff-cap-seconds=2");
    toolOptions.addAll(words(gradesync));

    org.h2.tools.Server h2 = null;
    String dbUrl = System.getenv("BENCH_DB_URL");
    if (dbUrl == null || dbUrl.isBlank()) {
      int port;
      try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      h2 = org.h2.tools.Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
      dbUrl = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:conecta-bench;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }
    String adminToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    Map<String, String> toolEnv = new HashMap<>();
    toolEnv.put("CONECTA_ADMIN_TOKEN", adminToken);
    toolEnv.put("CONECTA_DB_URL", dbUrl);
    toolEnv.put("CONECTA_DB_USER", env("BENCH_DB_USER", "conecta"));
    toolEnv.put("CONECTA_DB_PASSWORD", env("BENCH_DB_PASSWORD", "conecta"));
    toolEnv.put("CONECTA_BASE_URL", "");

    var report = new StringBuilder();
    Runnable header = () -> {};
    line(report, "Conecta LTI grade sync benchmark");
    line(report, "started: " + Instant.now() + ", commit " + env("BENCH_COMMIT", "?"));
    line(report, "machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load " + loadavg());
    line(report, "tool: " + jar + " " + String.join(" ", toolOptions));
    line(report, "database: " + dbUrl.replaceAll("//[^/@]*@", "//") + (h2 != null ? " (served by the driver's JVM)" : ""));
    line(report, "load: " + learners + " learners x " + events + " score events, concurrency " + concurrency
        + ", " + placements + " placements of '" + COURSE + "' in one simulated Moodle per run");
    System.out.print(report);
    AnswerKey answerKey = AnswerKey.fromMigrations();
    boolean failed = false;
    try (var tool = ToolProcess.start(jar, toolOptions, toolEnv, dir);
        var simulator = new PlatformSimulator()) {
      OptionalLong database = dbUrl.startsWith("jdbc:h2:") ? OptionalLong.empty() : ProcStat.findByName("mariadbd");
      line(report, "tool pid " + tool.pid() + ", RSS after start " + tool.rssKiB() / 1024 + " MiB");
      var api = new LearningApi(tool.base());
      for (String name : runs) {
        Run run = prepare(name, tool, adminToken, simulator, api, answerKey, learners, events, placements, concurrency, report);
        failed |= !measure(run, tool, database, api, concurrency, events, failureRate, drainTimeout, report);
      }
      line(report, "");
      line(report, "tool RSS at the end " + tool.rssKiB() / 1024 + " MiB, peak " + tool.peakRssKiB() / 1024
          + " MiB (of the last process); load " + loadavg());
    } finally {
      if (h2 != null) {
        h2.stop();
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toString());
    System.out.println("Report written to " + out);
    System.exit(failed ? 1 : 0);
  }

  /** A platform, its placements and learners; every learner launched and brought to the last quiz. */
  private static Run prepare(String name, ToolProcess tool, String adminToken, PlatformSimulator simulator,
      LearningApi api, AnswerKey answerKey, int count, int events, int placementCount, int concurrency,
      StringBuilder report) throws Exception {
    String launchUrl = tool.base() + "/lti/launch";
    var configuration = new ToolConfiguration(tool.base() + "/lti/login", launchUrl, List.of(launchUrl));
    SimulatedPlatform moodle = simulator.moodle(configuration);
    moodle.serveTokens(URI.create(tool.base() + "/.well-known/jwks.json"));
    new ToolAdmin(tool.base(), adminToken).register(moodle);
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < placementCount; i++) {
      placements.add(moodle.newPlacement().withCustom("course", COURSE).withGradeService());
    }
    List<Learner> learners = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      learners.add(new Learner(moodle.newLearner("Aprendiz", name + " " + i), placements.get(i % placementCount)));
    }
    long t0 = System.nanoTime();
    long calls = parallel(learners, concurrency, learner -> setUp(moodle, learner, api, answerKey, events));
    double seconds = (System.nanoTime() - t0) / 1e9;
    line(report, "");
    line(report, "== run " + name);
    line(report, String.format("set-up: %d launches (AGS claim) + %d learning API calls in %.1f s: every lesson done,"
        + " every quiz but the last answered all wrong (Started and InProgress scores, delivered before the run)",
        count, calls, seconds));
    System.out.print(report.substring(report.lastIndexOf("== run")));
    // The set-up's progress scores reach the platform before the measured events start.
    awaitAll(run(name, moodle, placements, learners), l -> last(moodle, l) != null
        && "InProgress".equals(last(moodle, l).activityProgress()), Duration.ofSeconds(300));
    return new Run(name, moodle, placements, learners);
  }

  private static Run run(String name, SimulatedPlatform moodle, List<Placement> placements, List<Learner> learners) {
    return new Run(name, moodle, placements, learners);
  }

  private static long setUp(SimulatedPlatform moodle, Learner learner, LearningApi api, AnswerKey key, int events) {
    Page landing = new Browser().launch(moodle, learner.user, learner.placement).landing();
    if (landing == null || landing.status() != 200) {
      throw new IllegalStateException("launch failed: " + landing);
    }
    learner.token = landing.document().select("meta[name=conecta-launch-token]").attr("content");
    long calls = 1;
    JsonObject outline = ok(api.get("/api/learning/courses/" + COURSE, learner.token), 200).json();
    for (JsonValue m : outline.getJsonArray("modules")) {
      JsonObject module = m.asJsonObject();
      for (JsonValue lesson : module.getJsonArray("lessons")) {
        ok(api.post("/api/learning/lessons/" + lesson.asJsonObject().getJsonNumber("id").longValue() + "/done",
            learner.token, null), 200);
        calls++;
      }
      if (module.get("quiz") instanceof JsonObject quiz) {
        long quizId = quiz.getJsonNumber("id").longValue();
        learner.quizzes.add(quizId);
        JsonObject detail = ok(api.get("/api/learning/quizzes/" + quizId, learner.token), 200).json();
        calls++;
        List<long[]> qs = new ArrayList<>();
        for (JsonValue q : detail.getJsonArray("questions")) {
          long id = q.asJsonObject().getJsonNumber("id").longValue();
          long right = key.right(id);
          long wrong = q.asJsonObject().getJsonArray("options").stream()
              .mapToLong(o -> o.asJsonObject().getJsonNumber("id").longValue()).filter(o -> o != right).findFirst().orElseThrow();
          qs.add(new long[] {id, right, wrong});
        }
        learner.questions.put(quizId, qs);
      }
    }
    // All quizzes but the last, all wrong: not finished yet, so no graded score.
    for (int q = 0; q < learner.quizzes.size() - 1; q++) {
      submit(api, learner, learner.quizzes.get(q), 0);
      calls++;
    }
    // The events: the last quiz all wrong (finishes the course: a graded score), then attempts with one
    // more right answer each, quiz by quiz (each raises the course score: another graded score).
    List<long[]> plan = new ArrayList<>();
    plan.add(new long[] {learner.quizzes.get(learner.quizzes.size() - 1), 0});
    for (long quiz : learner.quizzes) {
      for (int right = 1; right <= learner.questions.get(quiz).size(); right++) {
        plan.add(new long[] {quiz, right});
      }
    }
    if (plan.size() < events) {
      throw new IllegalStateException("the course allows only " + plan.size() + " score events per learner");
    }
    learner.plan = plan.subList(0, events);
    return calls;
  }

  private static JsonObject submit(LearningApi api, Learner learner, long quiz, int right) {
    var answers = new LinkedHashMap<Long, Long>();
    int n = 0;
    for (long[] q : learner.questions.get(quiz)) {
      answers.put(q[0], n++ < right ? q[1] : q[2]);
    }
    return ok(api.post("/api/learning/quizzes/" + quiz + "/attempts", learner.token, LearningApi.answers(answers)), 201)
        .json().getJsonObject("enrollment");
  }

  /** One score event: the learner's next planned attempt; its commit is when the API answered. */
  private static void event(LearningApi api, Learner learner) {
    synchronized (learner) {
      long[] step = learner.plan.get(learner.step);
      JsonObject enrollment = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
      while (enrollment == null) {
        try {
          enrollment = submit(api, learner, step[0], (int) step[1]);
        } catch (RuntimeException e) {
          // The tool is restarting (fault run): the same attempt again once it is back. If the first
          // one committed, this one changes nothing and the answer still shows the state.
          if (System.nanoTime() > deadline) {
            throw e;
          }
          sleep(200);
        }
      }
      Instant commit = Instant.now();
      BigDecimal score = enrollment.getJsonNumber("courseScore").bigDecimalValue();
      String state = enrollment.getString("state");
      if (!state.equals("completed") && !state.equals("approved")) {
        throw new IllegalStateException("not finished after event " + learner.step + ": " + enrollment);
      }
      if (learner.score != null && score.compareTo(learner.score) <= 0) {
        throw new IllegalStateException("event " + learner.step + " did not raise the score: " + enrollment);
      }
      learner.score = score;
      learner.commits.add(commit);
      learner.expected.add(score);
      learner.step++;
    }
  }

  private static boolean measure(Run run, ToolProcess tool, OptionalLong database, LearningApi api, int concurrency,
      int events, double failureRate, long drainTimeout, StringBuilder report) throws Exception {
    SimulatedPlatform moodle = run.platform();
    AgsFaults faults = moodle.faults();
    boolean drain = run.name().equals("drain");
    boolean faulty = run.name().equals("faults");
    if (drain) {
      // 503 + Retry-After: 2, as a site in maintenance answers: the tool holds back every score to it
      // for that long, so the backlog is due at once when it is back.
      faults.downUntil(Instant.now().plus(Duration.ofHours(1)), AgsFaults.Outage.UNAVAILABLE, Duration.ofSeconds(2));
    }
    if (faulty) {
      faults.failRandomly(failureRate, 20261128L);
    }
    List<Learner> learners = run.learners();
    long total = (long) learners.size() * events;
    var phase = new Phase(tool, database, () -> -1);
    Instant producing = Instant.now();
    long cpuBefore = tool.cpuTicks();
    var produced = new AtomicLong();
    Thread killer = null;
    if (faulty) {
      killer = new Thread(() -> {
        while (produced.get() < total / 2) {
          sleep(20);
        }
        try {
          System.out.println("kill -9 of the tool after " + produced.get() + " events; starting it again");
          tool.killAndRestart();
          System.out.println("tool back, pid " + tool.pid());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "bench-killer");
      killer.start();
    }
    int n = learners.size();
    PhaseResult result = phase.run(run.name() + " produce", concurrency, total, i -> {
      event(api, learners.get((int) (i % n)));
      produced.incrementAndGet();
    });
    Instant produced_ = Instant.now();
    if (killer != null) {
      killer.join();
    }
    double produceSeconds = Duration.between(producing, produced_).toNanos() / 1e9;
    line(report, String.format("produce: %d score events (quiz attempts through the learning API, each commits an outbox row)"
        + " in %.1f s = %.0f events/s at c=%d; HTTP p50 %.1f / p99 %.1f ms; errors %d%s",
        result.operations() - result.errors(), produceSeconds, (result.operations() - result.errors()) / produceSeconds,
        concurrency, result.millisAt(50), result.millisAt(99), result.errors(),
        result.errorSamples().isEmpty() ? "" : " " + result.errorSamples()));
    Instant up = producing;
    if (drain) {
      sleep(3000); // every stream has been held back at least once and waits for the pause (2 s)
      cpuBefore = tool.cpuTicks();
      up = Instant.now();
      faults.clear();
    }
    if (faulty) {
      faults.clear(); // the failures were for the delivery during production; the tail drains cleanly
      // (30% failures keep going until every learner is final: see below)
      faults.failRandomly(failureRate, 20261129L);
    }
    long busyBefore = ProcStat.machineBusyTicks();
    boolean drained = awaitAll(run, l -> {
      ReceivedScore last = last(moodle, l);
      return last != null && last.scoreGiven() != null && l.score != null
          && Math.abs(last.scoreGiven() - l.score.doubleValue()) < 0.005;
    }, Duration.ofSeconds(drainTimeout));
    Instant end = Instant.now();
    long toolTicks = tool.cpuTicks() - cpuBefore;
    faults.clear();

    // What arrived: graded scores accepted since production (drain: since the platform came back).
    var delays = new Histogram(Duration.ofMinutes(30).toMillis(), 3);
    long delivered = 0;
    long lost = 0;
    int outOfOrder = 0;
    int wrongFinal = 0;
    Instant first = null;
    Instant lastArrival = null;
    List<String> samples = new ArrayList<>();
    for (Learner l : learners) {
      List<ReceivedScore> history = history(moodle, l);
      for (ReceivedScore s : history) {
        if (s.scoreGiven() != null && !s.arrivedAt().isBefore(up)) {
          delivered++;
          first = first == null || s.arrivedAt().isBefore(first) ? s.arrivedAt() : first;
          lastArrival = lastArrival == null || s.arrivedAt().isAfter(lastArrival) ? s.arrivedAt() : lastArrival;
        }
      }
      for (int e = 0; e < l.commits.size(); e++) {
        double expected = l.expected.get(e).doubleValue();
        ReceivedScore carrier = history.stream()
            .filter(s -> s.scoreGiven() != null && s.scoreGiven() >= expected - 0.005).findFirst().orElse(null);
        if (carrier == null) {
          lost++;
        } else {
          delays.recordValue(Math.max(0, Duration.between(l.commits.get(e), carrier.arrivedAt()).toMillis()));
        }
      }
      Instant previous = null;
      Double best = null;
      boolean ordered = true;
      for (ReceivedScore s : history) {
        if (previous != null && !s.timestamp().isAfter(previous)) {
          ordered = false;
        }
        previous = s.timestamp();
        if (best != null && (s.scoreGiven() == null || s.scoreGiven() < best)) {
          ordered = false;
        }
        if ("FullyGraded".equals(s.gradingProgress())) {
          best = s.scoreGiven();
        }
      }
      if (!ordered) {
        outOfOrder++;
        if (samples.size() < 3) {
          samples.add(l.user.sub() + ": " + history.stream().map(s -> s.timestamp() + "=" + s.scoreGiven()).toList());
        }
      }
      ReceivedScore last = history.isEmpty() ? null : history.get(history.size() - 1);
      if (last == null || last.scoreGiven() == null || l.score == null
          || Math.abs(last.scoreGiven() - l.score.doubleValue()) >= 0.005) {
        wrongFinal++;
      }
    }
    long posts = 0;
    long failedPosts = 0;
    for (Placement p : run.placements()) {
      Gradebook book = moodle.gradebook(p);
      for (AgsRequest r : book.requests()) {
        if (r.endpoint() == AgsRequest.Endpoint.SCORES && !r.at().isBefore(up)) {
          posts++;
          if (r.status() >= 300) {
            failedPosts++;
          }
        }
      }
    }
    double window = first == null ? 0 : Math.max(0.001, Duration.between(first, lastArrival).toNanos() / 1e9);
    double sinceStart = lastArrival == null ? 0 : Math.max(0.001, Duration.between(up, lastArrival).toNanos() / 1e9);
    String what = drain
        ? "drain (platform down while producing, then up; backlog coalesced to the newest score per learner)"
        : faulty ? "delivery with faults" : "live delivery (platform up while producing)";
    line(report, String.format("%s: %d events -> %d graded scores accepted; %d score POSTs (%d refused/failed)"
        + "%s", what, l(learners), delivered, posts, failedPosts, drained ? "" : " -- NOT DRAINED within " + drainTimeout + " s"));
    line(report, String.format("  delivered %.0f scores/s over the delivery window (first to last accepted, %.1f s);"
        + " %.0f/s from %s to the last (%.1f s)", delivered / Math.max(window, 0.001), window,
        delivered / Math.max(sinceStart, 0.001), drain ? "the platform's return" : "the first event", sinceStart));
    if (!drain) {
      line(report, String.format("  delay event commit -> first accepted score carrying it (ms): p50 %d, p95 %d, p99 %d, max %d (%d events)",
          delays.getValueAtPercentile(50), delays.getValueAtPercentile(95), delays.getValueAtPercentile(99),
          delays.getMaxValue(), delays.getTotalCount()));
    }
    line(report, String.format("  tool CPU %.2f ms per delivered score (%s to drained, %d ms); machine busy %.0f%% of 2 cores; tool RSS %d MiB; load %s",
        ProcStat.ticksToMillis(toolTicks) / Math.max(1, delivered), drain ? "from the platform's return" : "from the first event",
        (long) ProcStat.ticksToMillis(toolTicks),
        100.0 * (ProcStat.machineBusyTicks() - busyBefore) / ProcStat.TICKS_PER_SECOND
            / Math.max(0.001, Duration.between(drain ? up : producing, end).toNanos() / 1e9) / Runtime.getRuntime().availableProcessors(),
        tool.rssKiB() / 1024, loadavg()));
    boolean ok = true;
    if (faulty || true) {
      ok &= check(report, "every learner's final score at the platform equals the tool's final course score",
          wrongFinal == 0, wrongFinal + " of " + learners.size() + " differ");
      ok &= check(report, "none out of order (timestamps strictly increasing, scoreGiven never lower once FullyGraded)",
          outOfOrder == 0, outOfOrder + " learners " + samples);
      ok &= check(report, "none lost (each event's score, or a later one carrying it, accepted)", lost == 0,
          lost + " events without an accepted score");
      ok &= check(report, "outbox drained within " + drainTimeout + " s", drained, "timed out");
      if (result.errors() > 0) {
        ok &= check(report, "every event produced", false, result.errors() + " errors " + result.errorSamples());
      }
    }
    System.out.print(report.substring(report.lastIndexOf("produce:")));
    return ok;
  }

  private static long l(List<Learner> learners) {
    return learners.stream().mapToLong(l -> l.commits.size()).sum();
  }

  private static boolean check(StringBuilder report, String what, boolean pass, String why) {
    line(report, "  " + (pass ? "PASS " : "FAIL ") + what + (pass ? "" : ": " + why));
    return pass;
  }

  private static List<ReceivedScore> history(SimulatedPlatform moodle, Learner l) {
    Gradebook book = moodle.gradebook(l.placement);
    LineItem item = book.lineItem(l.placement);
    return book.scores(item, l.user);
  }

  private static ReceivedScore last(SimulatedPlatform moodle, Learner l) {
    List<ReceivedScore> h = history(moodle, l);
    return h.isEmpty() ? null : h.get(h.size() - 1);
  }

  private static boolean awaitAll(Run run, java.util.function.Predicate<Learner> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Learner> waiting = new ArrayList<>(run.learners());
    while (System.nanoTime() < deadline) {
      waiting.removeIf(done);
      if (waiting.isEmpty()) {
        return true;
      }
      sleep(20);
    }
    return false;
  }

  private static <T> long parallel(List<T> items, int concurrency, java.util.function.ToLongFunction<T> work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (T item : items) {
        done.add(pool.submit(() -> work.applyAsLong(item)));
      }
      long sum = 0;
      for (Future<Long> f : done) {
        sum += f.get();
      }
      return sum;
    } finally {
      pool.shutdownNow();
    }
  }

  private static LearningApi.Reply ok(LearningApi.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException(reply.toString());
    }
    return reply;
  }

  private static void line(StringBuilder report, String text) {
    report.append(text).append('\n');
  }

  private static String loadavg() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
