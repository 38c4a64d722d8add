package es.conectaempleo.lti.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.lti.web.LmsWithTool;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dynamic Registration in a real browser, inside the LMS's registration dialog (a frame on another
 * site): the admin presses "Register", then "Close", and the page's script tells the LMS to close the
 * dialog with {@code org.imsglobal.lti.close} (an inline script would be refused by the pages'
 * Content-Security-Policy).
 */
class ToolRegistrationPagesIT extends ToolSystemTest {
  @RegisterExtension static RealBrowser browser = new RealBrowser();

  @Test
  void testAdminRegistersInMoodlesDialogAndTheDialogCloses() {
    registerAndClose(simulator.moodleAwaitingRegistration());
  }

  /** Canvas takes the close message only from the origin of the registration URL it opened. */
  @Test
  void testAdminRegistersInCanvasDialogAndTheDialogCloses() {
    registerAndClose(simulator.canvasAwaitingRegistration());
    assertThat((List<?>) browser.script("return window.ignoredMessages;")).isEmpty();
  }

  private void registerAndClose(SimulatedPlatform lms) {
    String link = admin.invite(null).getString("registrationUrl");

    browser.open(lms.registrationPage(link));
    browser.enterFrame(LmsWithTool.FRAME, base + "/lti/register/");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Registrar Conecta Empleo en tu LMS");
    browser.find(By.cssSelector("form button[type=submit]")).click();
    // The h1 found may still be the confirmation page's, gone by the time its text is read.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "Conecta Empleo está registrado".equals(browser.find(By.tagName("h1")).getText()));
    browser.find(By.cssSelector("button[data-lti-close]")).click();

    browser.driver().switchTo().defaultContent();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "closed".equals(browser.find(By.id("lti-status")).getText()));
    @SuppressWarnings("unchecked")
    var messages = (List<Map<String, Object>>) browser.script("return window.ltiMessages;");
    assertThat(messages).singleElement().satisfies(m -> assertThat(m).containsEntry("subject", "org.imsglobal.lti.close"));
    assertThat(admin.platform(lms.issuer(), lms.clientId())).isPresent();
  }
}
