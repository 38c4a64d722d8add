package es.conectaempleo.lti.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.lti.web.LmsWithTool;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The instructor page in a real browser (headless Chromium, third-party cookies blocked): the
 * instructor opens the activity from the LMS course page, follows the course page's link inside
 * the frame and sees the group's learners and their states; a learner who tries the same page gets
 * a plain 403 page.
 */
class InstructorPageIT extends ToolSystemTest {
  private static final String CLOUD = "nube";

  @RegisterExtension static RealBrowser browser = new RealBrowser();

  private LmsWithTool lms;

  @BeforeEach
  void setUp() {
    lms = new LmsWithTool(base, simulator);
    browser.clearCookies();
  }

  @Test
  void testInstructorSeesLearnersAndStatesFromTheLmsFrame() {
    SimulatedPlatform moodle = lms.moodle();
    Placement course = moodle.newPlacement().withCustom("course", CLOUD);
    lms.open(browser, moodle, moodle.newLearner("Ana", "García"), course);
    click(browser.findAll(By.cssSelector(".steps a[href^='/learn/lessons/']")).get(0));
    click(browser.find(By.xpath("//button[normalize-space()='Marcar como hecha y seguir']")));
    lms.open(browser, moodle, moodle.newLearner("Luis", "Martín"), course);

    lms.open(browser, moodle, moodle.newInstructor("Marta", "Sanz"), course);
    assertThat(text(".notice")).contains("Estás viendo el curso como docente");
    click(browser.find(By.linkText("Ver el progreso y las notas de tu grupo")));

    assertThat(browser.url()).startsWith(lms.tool() + "/instructor?lt=");
    assertThat(browser.script("return window.top === window")).as("inside the LMS frame").isEqualTo(false);
    assertThat(text("h1")).isEqualTo("Progreso y notas del grupo");
    assertThat(text(".lead")).isEqualTo(course.contextTitle());
    Map<String, String> states = statesByLearner();
    assertThat(states).containsOnly(Map.entry("Ana García", "Empezado"), Map.entry("Luis Martín", "Inscrito"));
    assertThat(text(".facts")).contains("Personas\n2", "Empezado\n1");
    assertThat(browser.script("return document.cookie")).isEqualTo("");
    assertThat(lms.toolCookies(browser)).as("only a partitioned launch cookie at most")
        .allSatisfy(cookie -> assertThat(cookie.get("partitionKey")).isNotNull());
  }

  @Test
  void testLearnerGetsAPlainForbiddenPage() {
    SimulatedPlatform moodle = lms.moodle();
    Placement course = moodle.newPlacement().withCustom("course", CLOUD);
    lms.open(browser, moodle, moodle.newLearner("Eva", "López"), course);
    lms.open(browser, moodle, moodle.newLearner("Zoe", "Ruiz"), course);
    String token = LmsWithTool.launchToken(browser);
    String page = browser.url();

    browser.script("location.assign(arguments[0])", lms.tool() + "/instructor?lt=" + token);
    browser.waitForNavigationFrom(page);

    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(text("h1")).isEqualTo("Sin permiso");
    assertThat(text("main")).contains("No tienes permiso para ver esta página.", "403")
        .doesNotContain("Eva López", "Exception", "at es.conectaempleo");
    assertThat(browser.findAll(By.tagName("table"))).isEmpty();
  }

  private static Map<String, String> statesByLearner() {
    var states = new LinkedHashMap<String, String>();
    for (WebElement row : browser.findAll(By.cssSelector("table tbody tr"))) {
      String name = row.findElement(By.tagName("th")).getText().lines().findFirst().orElse("").trim();
      states.put(name, row.findElement(By.cssSelector(".state")).getText().trim());
    }
    return states;
  }

  private static String text(String css) {
    return browser.find(By.cssSelector(css)).getText().trim();
  }

  private static void click(WebElement element) {
    String before = browser.url();
    element.click();
    browser.waitForNavigationFrom(before);
  }
}
