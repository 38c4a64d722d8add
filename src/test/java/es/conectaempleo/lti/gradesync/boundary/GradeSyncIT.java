package es.conectaempleo.lti.gradesync.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolAdmin;
import es.conectaempleo.lti.ToolDeployment;
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
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grade and completion sync end to end: learners launch from simulated LMS courses whose launches
 * carry the AGS claim, work through the course with the learning API, and the scores arrive at the
 * platform's AGS endpoints; the instructor page shows how delivery stands.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradeSyncIT {
  private static final String CLOUD = "nube";

  private static PlatformSimulator simulator;
  private static AnswerKey answerKey;

  @ArquillianResource URL url;

  private URI base;
  private ToolAdmin admin;
  private ToolConfiguration tool;
  private LearningApi api;

  /** A person inside the tool after a launch. */
  private record Visit(Browser browser, Page page, String token) {}

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ToolDeployment.war();
  }

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
  void setUp() {
    base = ToolDeployment.base(url);
    admin = new ToolAdmin(base);
    api = new LearningApi(base);
    String launchUrl = base + "/lti/launch";
    tool = new ToolConfiguration(base + "/lti/login", launchUrl, List.of(launchUrl));
  }

  @Test
  void testPlatformRefusalShownAsFailedToTheInstructor() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    TokenEndpoint tokens = moodle.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    LmsUser ana = moodle.newLearner("Ana", "García");
    Visit visit = launch(moodle, ana, placement);
    var work = new CourseWork(api, answerKey, CLOUD, visit.token());
    work.lessonDone(work.lessons().get(0));

    LmsUser teacher = moodle.newInstructor("Marta", "Sanz");
    Element row = eventually(() -> deliveryCell(moodle, teacher, placement), cell -> cell != null && cell.text().contains("Falló"));
    assertThat(row.text()).contains("404");
    assertThat(tokens.issued()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- helpers

  private static Visit launch(SimulatedPlatform lms, LmsUser user, Placement placement) {
    var browser = new Browser();
    LaunchFlow flow = browser.launch(lms, user, placement);
    Page landing = flow.landing();
    assertThat(landing).as("%s", flow.lastPage()).isNotNull();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    String token = landing.document().select("meta[name=conecta-launch-token]").attr("content");
    assertThat(token).isNotBlank();
    return new Visit(browser, landing, token);
  }

  private Page instructorPage(SimulatedPlatform lms, LmsUser teacher, Placement placement) {
    var browser = new Browser();
    Page landing = browser.launch(lms, teacher, placement).landing();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    Page page = browser.get(landing.uri().resolve(landing.document().select("a[href^=/instructor]").attr("href")));
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page;
  }

  private Element deliveryCell(SimulatedPlatform lms, LmsUser teacher, Placement placement) {
    Page page = instructorPage(lms, teacher, placement);
    return page.document().select("tbody tr td:last-child").first();
  }

  private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    T value = read.get();
    while (!done.test(value) && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = read.get();
    }
    assertThat(done.test(value)).as("in time: %s", value).isTrue();
    return value;
  }
}
