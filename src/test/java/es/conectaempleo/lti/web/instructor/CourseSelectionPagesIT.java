package es.conectaempleo.lti.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.lti.web.LmsWithTool;
import es.conectaempleo.simulator.DeepLinkReturns;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The course selection in a real browser, inside the LMS's frame: the instructor ticks a course and
 * presses the button, and the page's script takes the signed answer back to the LMS (an inline
 * script would be refused by the pages' Content-Security-Policy).
 */
class CourseSelectionPagesIT extends ToolSystemTest {
  @RegisterExtension static RealBrowser browser = new RealBrowser();

  @Test
  void testInstructorPicksACourseAndTheAnswerReachesTheLms() {
    var lms = new LmsWithTool(base, simulator);
    SimulatedPlatform moodle = lms.moodle();
    DeepLinkReturns returns = moodle.acceptDeepLinks(URI.create(base + "/.well-known/jwks.json"));

    lms.open(browser, moodle, moodle.newInstructor("Marta", "Sanz"), moodle.newPlacement().deepLinking());

    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Elegir cursos para tu aula");
    browser.find(By.cssSelector("label[for=c-excel]")).click();
    browser.find(By.cssSelector("button[value=add]")).click();

    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !returns.received().isEmpty());
    assertThat(returns.last().problem()).isNull();
    assertThat(returns.last().items()).singleElement().satisfies(item -> assertThat(item.get("custom")).hasToString("{course=excel}"));
  }
}
