package es.conectaempleo.bench;

import es.conectaempleo.lti.ToolAdmin;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.PlatformSimulator;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.ToolConfiguration;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Complete learner launches from a simulated Moodle and a simulated Canvas, registered through the
 * admin API: a fixed population of learners opens catalog courses from a fixed set of placements, so
 * early launches create learners, contexts, links and enrollments and later ones mostly update
 * them, as in a running programme. Each launch uses a fresh browser (one person's visit): login
 * initiation, the platform's authorization endpoint, the launch POST, the course page. Thread-safe.
 */
final class LaunchWorkload implements AutoCloseable {
  private static final List<String> COURSES = List.of(
      "programacion", "videojuegos", "iot", "wordpress", "word", "excel", "html-css",
      "ciberseguridad", "datos", "nube", "marketing-digital", "empleo-digital");

  /** Placements of a platform: each catalog course in this many LMS courses. */
  private static final int CONTEXTS_PER_COURSE = 2;

  private record Lms(SimulatedPlatform platform, List<LmsUser> learners, List<Placement> placements) {}

  private final PlatformSimulator simulator = new PlatformSimulator();
  private final List<Lms> platforms = new ArrayList<>();
  private final URI asset;

  /**
   * @param tool the tool's base URL
   * @param adminToken the tool's admin API token
   * @param learners how many learners, split between the platforms
   */
  LaunchWorkload(URI tool, String adminToken, int learners) {
    asset = URI.create(tool + "/assets/conecta.js");
    String launchUrl = tool + "/lti/launch";
    var configuration = new ToolConfiguration(tool + "/lti/login", launchUrl, List.of(launchUrl));
    var admin = new ToolAdmin(tool, adminToken);
    for (SimulatedPlatform platform : List.of(simulator.moodle(configuration), simulator.canvas(configuration))) {
      admin.register(platform);
      List<LmsUser> people = new ArrayList<>();
      for (int i = 0; i < learners / 2; i++) {
        people.add(platform.newLearner("Aprendiz", "Número " + i));
      }
      List<Placement> placements = new ArrayList<>();
      for (String course : COURSES) {
        for (int i = 0; i < CONTEXTS_PER_COURSE; i++) {
          placements.add(platform.newPlacement().withCustom("course", course));
        }
      }
      platforms.add(new Lms(platform, List.copyOf(people), List.copyOf(placements)));
    }
  }

  /**
   * One complete launch, alternating platforms; a random learner opens a random placement.
   *
   * @throws IllegalStateException when the flow did not end on the course page
   */
  void launch(long index) {
    var random = ThreadLocalRandom.current();
    Lms lms = platforms.get((int) (index % platforms.size()));
    LmsUser learner = lms.learners().get(random.nextInt(lms.learners().size()));
    Placement placement = lms.placements().get(random.nextInt(lms.placements().size()));
    LaunchFlow flow = new Browser().launch(lms.platform(), learner, placement);
    Page landing = flow.landing();
    if (landing == null
        || landing.status() != 200
        || !landing.body().contains("<meta name=\"conecta-page-url\" content=\"/learn/courses/")
        || !landing.body().contains("<h1")) {
      Page last = flow.lastPage();
      throw new IllegalStateException(
          "launch ended at " + last.method() + " " + last.uri().getPath() + " -> " + last.status());
    }
  }

  /**
   * The yardstick of a launch: as many requests as a launch makes the tool answer (login and launch
   * POST), but to a resource that does no work of its own ({@code GET /assets/conecta.js}, bytes held
   * in memory). What the tool spends on it is the container's share of a launch: HTTP, servlet, JAX-RS,
   * CDI and Payara's per-request bookkeeping.
   *
   * @throws IllegalStateException when the tool did not answer 200
   */
  void baseline(long index) {
    var browser = new Browser();
    for (int request = 0; request < 2; request++) {
      Page answer = browser.get(asset);
      if (answer.status() != 200) {
        throw new IllegalStateException("GET " + asset.getPath() + " -> " + answer.status());
      }
    }
  }

  @Override
  public void close() {
    simulator.close();
  }
}
