package es.conectaempleo.lti.gradesync.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolAdmin;
import es.conectaempleo.lti.ToolProcess;
import es.conectaempleo.lti.learning.boundary.AnswerKey;
import es.conectaempleo.lti.learning.boundary.LearningApi;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.PlatformSimulator;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.TokenEndpoint;
import es.conectaempleo.simulator.ToolConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several tool nodes on one database, started from the packaged jar: each score is delivered once
 * although every node's dispatcher competes for the outbox, and a node killed ({@code kill -9}) in
 * the middle of a delivery loses nothing: once its lease expires another node delivers the score.
 * The database is H2 served over TCP on loopback by this test; the platform is a simulated Moodle
 * with a strict scores endpoint ({@link ScoresEndpoint}: a timestamp not later than the stored one
 * gets 409).
 */
class GradeSyncNodesIT {
  private static final String CLOUD = "nube";
  private static final Map<String, String> FAST =
      Map.of(
          "conecta.gradesync.lease-seconds", "4",
          "conecta.gradesync.poll-millis", "250",
          "conecta.gradesync.backoff-base-millis", "200",
          "conecta.gradesync.backoff-cap-seconds", "2",
          "conecta.lms.request-timeout-seconds", "30");

  private static PlatformSimulator simulator;
  private static AnswerKey answerKey;

  private Server database;
  private String dbUrl;
  private final List<ToolProcess> nodes = new ArrayList<>();

  @BeforeAll
  static void startSimulator() {
    simulator = new PlatformSimulator();
    answerKey = AnswerKey.fromMigrations();
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void startDatabase() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    dbUrl = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:nodes-" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
  }

  @AfterEach
  void stopNodes() throws Exception {
    for (ToolProcess node : nodes) {
      node.close();
    }
    database.stop();
  }

  @Test
  void testTwoNodesDeliverEachScoreOnceInOrder() throws Exception {
    ToolProcess a = node("a");
    ToolProcess b = node("b");
    Course course = course(a);
    List<LmsUser> learners = new ArrayList<>();
    List<CourseWork> works = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LmsUser learner = course.platform.newLearner("Learner" + i, "Nodes");
      learners.add(learner);
      // Launches reach node a (the LMS knows one tool URL); the launch token works on every node,
      // so half the learners work through node b.
      String token = launch(course.platform, learner, course.placement);
      ToolProcess via = i % 2 == 0 ? a : b;
      works.add(new CourseWork(new LearningApi(via.base()), answerKey, CLOUD, token));
    }
    for (CourseWork work : works) {
      List<Long> lessons = work.lessons();
      work.lessonDone(lessons.get(0));
      work.lessonDone(lessons.get(1));
      work.lessonDone(lessons.get(2));
    }
    for (CourseWork work : works) {
      work.finish(0);
    }

    await(() -> learners.stream().allMatch(l -> final100(course.scores, l)), Duration.ofSeconds(60));

    Map<String, List<ScoresEndpoint.Received>> byUser =
        course.scores.received().stream().collect(Collectors.groupingBy(ScoresEndpoint.Received::userId));
    for (LmsUser learner : learners) {
      List<ScoresEndpoint.Received> history = byUser.get(learner.sub());
      assertThat(history).extracting(ScoresEndpoint.Received::status).as("each score sent once: no 409").containsOnly(200);
      assertThat(history).extracting(ScoresEndpoint.Received::timestamp).as("in order").isSorted().doesNotHaveDuplicates();
      assertThat(history.get(0).gradingProgress()).as("progress first (Started, or InProgress superseding it)").isEqualTo("Pending");
      assertThat(history.get(history.size() - 1).scoreGiven()).isEqualTo(100.0);
    }
  }

  @Test
  void testKilledNodeLosesNothing() throws Exception {
    ToolProcess a = node("a");
    Course course = course(a);
    LmsUser ana = course.platform.newLearner("Ana", "Kill");
    String token = launch(course.platform, ana, course.placement);
    var work = new CourseWork(new LearningApi(a.base()), answerKey, CLOUD, token);
    course.scores.arrived = new CountDownLatch(1);
    course.scores.hold = new CountDownLatch(1);

    work.lessonDone(work.lessons().get(0));
    assertThat(course.scores.arrived.await(60, TimeUnit.SECONDS)).as("the score is on its way").isTrue();
    a.kill();
    course.scores.hold.countDown();
    course.scores.hold = null;
    assertThat(course.scores.received()).hasSize(1);

    ToolProcess b = node("b");
    await(() -> course.scores.received().size() >= 2, Duration.ofSeconds(60));
    ScoresEndpoint.Received again = course.scores.received().get(1);
    assertThat(again.timestamp()).as("the same score, the same timestamp").isEqualTo(course.scores.received().get(0).timestamp());
    assertThat(again.status()).as("Moodle already has it").isEqualTo(409);

    // b took over and treats that 409 as delivered: the next score follows normally.
    var viaB = new CourseWork(new LearningApi(b.base()), answerKey, CLOUD, token);
    viaB.lessonDone(viaB.lessons().get(1));
    await(() -> course.scores.received().size() >= 3, Duration.ofSeconds(30));
    ScoresEndpoint.Received next = course.scores.received().get(2);
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.activityProgress()).isEqualTo("InProgress");
    assertThat(next.timestamp()).isGreaterThan(again.timestamp());
  }

  // ---------------------------------------------------------------- helpers

  /** A Moodle course with the tool placed, grades accepted, and its scores endpoint. */
  private final class Course {
    final SimulatedPlatform platform;
    final Placement placement;
    final ScoresEndpoint scores;

    Course(SimulatedPlatform platform, Placement placement, ScoresEndpoint scores) {
      this.platform = platform;
      this.placement = placement;
      this.scores = scores;
    }
  }

  private Course course(ToolProcess registrar) {
    URI base = registrar.base();
    String launchUrl = base + "/lti/launch";
    var tool = new ToolConfiguration(base + "/lti/login", launchUrl, List.of(launchUrl));
    SimulatedPlatform moodle = simulator.moodle(tool);
    TokenEndpoint tokens = moodle.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    new ToolAdmin(base).register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    return new Course(moodle, placement, ScoresEndpoint.moodle(moodle, tokens, placement));
  }

  private ToolProcess node(String name) throws IOException {
    ToolProcess node = ToolProcess.start(name, dbUrl, FAST, Path.of("target", "nodes-it"));
    nodes.add(node);
    return node;
  }

  private static String launch(SimulatedPlatform lms, LmsUser user, Placement placement) {
    LaunchFlow flow = new Browser().launch(lms, user, placement);
    Page landing = flow.landing();
    assertThat(landing).as("%s", flow.lastPage()).isNotNull();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    return landing.document().select("meta[name=conecta-launch-token]").attr("content");
  }

  private static boolean final100(ScoresEndpoint scores, LmsUser learner) {
    return scores.received().stream().anyMatch(r -> r.userId().equals(learner.sub()) && Double.valueOf(100.0).equals(r.scoreGiven()));
  }

  private static void await(BooleanSupplier done, Duration timeout) throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as("in time").isBefore(until);
      Thread.sleep(200);
    }
  }
}
