package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.simulator.AutoPostForm;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.PlatformSimulator;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.ToolConfiguration;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every system test of the deployed tool starts from: Arquillian deploys the packaged WAR to
 * Payara Micro and the test talks to it from outside, over HTTP only; each test class has its own
 * platform simulator (the LMSs); each test gets the tool's loopback base URL, its admin API and the
 * tool configuration a simulated platform is set up with (login and launch URLs).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ToolSystemTest {
  /** The LMSs of this test class; started before its first test, closed after its last. */
  protected static PlatformSimulator simulator;

  @ArquillianResource protected URL url;

  protected URI base;
  protected ToolAdmin admin;
  protected ToolConfiguration tool;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ToolDeployment.war();
  }

  @BeforeAll
  static void startPlatformSimulator() {
    simulator = new PlatformSimulator();
  }

  @AfterAll
  static void closePlatformSimulator() {
    simulator.close();
  }

  /**
   * The address a course page names as its own, which its script puts in the address bar (the
   * answer to a launch POST is a course page too): what a reload reads.
   */
  protected static URI ownAddress(Page coursePage) {
    var meta = coursePage.document().selectFirst("meta[name=conecta-page-url]");
    if (meta == null) {
      throw new AssertionError("The page names no address of its own: " + coursePage);
    }
    return coursePage.uri().resolve(meta.attr("content"));
  }

  /** The launch token a tool page hands its scripts ({@code <meta name="conecta-launch-token">}); empty when none. */
  protected static String launchToken(Page page) {
    return page.document().select("meta[name=conecta-launch-token]").attr("content");
  }

  /** The catalog page's form that enrolls the learner in the course with this code. */
  protected static AutoPostForm catalogForm(Page catalog, String code) {
    return catalog.forms().stream()
        .filter(form -> code.equals(form.field("course")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No form for " + code + " in " + catalog));
  }

  /**
   * Registers the LMS with the tool and has it serve access tokens for its services, checking the
   * tool's client assertions against the tool's JWKS.
   */
  protected SimulatedPlatform registeredServingTokens(SimulatedPlatform lms) {
    lms.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(lms);
    return lms;
  }

  /**
   * Reads until the value is done (the tool works in the background: grade delivery, for one), for
   * at most 40 s; fails the test when it never is.
   */
  protected static <T> T eventually(Supplier<T> read, Predicate<T> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(40));
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

  @BeforeEach
  void reachTool() {
    base = ToolDeployment.base(url);
    admin = new ToolAdmin(base);
    String launchUrl = base + "/lti/launch";
    tool = new ToolConfiguration(base + "/lti/login", launchUrl, List.of(launchUrl));
  }
}
