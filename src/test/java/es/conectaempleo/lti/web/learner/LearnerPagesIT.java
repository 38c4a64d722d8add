package es.conectaempleo.lti.web.learner;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.lti.learning.boundary.AnswerKey;
import es.conectaempleo.lti.web.LmsWithTool;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner's pages in a real browser (headless Chromium, third-party cookies blocked): the course
 * opens from the LMS course page inside its iframe, and everything after the launch (outline,
 * lesson, mark as done, quiz, score, retry) works by following the tool's own links and forms with
 * the launch token they carry, with no cookie at all. Right answers come from the seed ({@link
 * AnswerKey}).
 */
class LearnerPagesIT extends ToolSystemTest {
  /** 3 modules, 15 h. */
  private static final String CLOUD = "nube";

  @RegisterExtension static RealBrowser browser = new RealBrowser();

  private static AnswerKey answerKey;

  private LmsWithTool lms;

  @BeforeAll
  static void loadAnswerKey() {
    answerKey = AnswerKey.fromMigrations();
  }

  @BeforeEach
  void setUp() {
    lms = new LmsWithTool(base, simulator);
    browser.clearCookies();
  }

  @Test
  void testLearnerStudiesInTheLmsFrameWithoutCookies() {
    SimulatedPlatform moodle = lms.moodle();
    LmsUser ana = moodle.newLearner("Ana", "García");

    lms.open(browser, moodle, ana, moodle.newPlacement().withCustom("course", CLOUD));

    // The outline, in Spanish, framed by the LMS page.
    // The launch POST answered with the page; its script gave the page its own address.
    assertThat(browser.url()).startsWith(lms.tool() + "/learn/courses/" + CLOUD + "?lt=");
    assertThat(text("h1")).isEqualTo("Trabajar en la nube");
    // So a reload reads the page again instead of posting the spent launch (a replay error).
    browser.reload();
    assertThat(browser.url()).startsWith(lms.tool() + "/learn/courses/" + CLOUD + "?lt=");
    assertThat(text("h1")).isEqualTo("Trabajar en la nube");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(text("main")).contains("Hola, Ana García.", "0 de ", "Inscrito");
    assertThat(browser.script("return window.top === window")).as("inside the LMS frame").isEqualTo(false);
    assertNoCookies();
    assertThat(lms.toolCookies(browser)).as("third party: at most the launch's state cookie, partitioned under the LMS site")
        .allSatisfy(cookie -> assertThat(cookie.get("partitionKey")).asString().contains("topLevelSite=http://localhost"));
    // Whatever the launch kept (a partitioned state cookie at most) is gone: the pages must not need it.
    browser.clearCookies();

    // A lesson, marked done: the page's script posts to the API with the token, then goes on.
    List<WebElement> lessons = browser.findAll(By.cssSelector(".steps a[href^='/learn/lessons/']"));
    int lessonsTotal = lessons.size();
    String firstLesson = lessons.get(0).getText();
    click(lessons.get(0));
    assertThat(text("h1")).isEqualTo(firstLesson);
    assertThat(browser.findAll(By.cssSelector(".lesson-body p"))).isNotEmpty();
    click(button("Marcar como hecha y seguir"));
    assertThat(browser.url()).as("the next step, still with the token").contains("?lt=").doesNotContain("/done");
    assertThat(text("h1")).as("the next step").isNotEqualTo(firstLesson);
    click(browser.find(By.cssSelector(".breadcrumbs a")));
    assertThat(text("h1")).isEqualTo("Trabajar en la nube");
    assertThat(text(".facts")).contains("1 de " + lessonsTotal + " lecciones", "0 de 3 cuestionarios", "Empezado");
    assertThat(browser.find(By.xpath("//ul[@class='steps']/li[a[normalize-space()='" + firstLesson + "']]")).getText())
        .contains("Hecha");

    // The first quiz: one wrong answer, then a retry with every answer right.
    click(browser.find(By.cssSelector(".steps a[href^='/learn/quizzes/']")));
    List<WebElement> questions = browser.findAll(By.cssSelector("fieldset.question"));
    int total = questions.size();
    assertThat(total).isBetween(3, 5);
    answer(1);
    click(button("Enviar respuestas"));
    assertThat(browser.url()).contains("/attempts/");
    assertThat(text(".notice")).contains("Has acertado " + (total - 1) + " de " + total, "Intento número 1");
    assertThat(browser.findAll(By.cssSelector(".review .answer-wrong"))).hasSize(1);

    click(link("Volver a intentarlo"));
    assertThat(text("main")).contains("Lo has intentado una vez.");
    answer(0);
    click(button("Enviar respuestas"));
    assertThat(text(".notice")).contains("Has acertado " + total + " de " + total + ": 100", "Intento número 2");
    assertThat(browser.findAll(By.cssSelector(".review .answer-wrong"))).isEmpty();

    // The outline shows the progress.
    click(browser.find(By.cssSelector(".breadcrumbs a")));
    assertThat(text(".facts")).contains("1 de " + lessonsTotal + " lecciones", "1 de 3 cuestionarios", "Empezado");
    assertThat(browser.find(By.xpath("(//ul[@class='steps']/li[a[starts-with(@href,'/learn/quizzes/')]])[1]")).getText())
        .contains("Mejor nota: 100");
    assertNoCookies();
    assertThat(lms.toolCookies(browser)).as("no page of the tool set a cookie").isEmpty();
  }

  @Test
  void testEnglishLaunchShowsEnglishPages() {
    SimulatedPlatform canvas = lms.canvas();
    LmsUser ann = canvas.newLearner("Ann", "Smith").withLocale("en");

    lms.open(browser, canvas, ann, canvas.newPlacement().withCustom("course", CLOUD));

    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text("h1")).isEqualTo("Working in the cloud");
    assertThat(text("main")).contains("Hello, Ann Smith.", "Course contents", "Enrolled");
    click(browser.findAll(By.cssSelector(".steps a[href^='/learn/lessons/']")).get(0));
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.find(By.cssSelector(".lesson-body")).getAttribute("lang"))
        .as("the lesson text is Spanish: screen readers read it so").isEqualTo("es");
    click(button("Mark as done and continue"));
    click(browser.find(By.cssSelector(".breadcrumbs a")));
    assertThat(text(".facts")).contains("1 of ", "Started");
    assertNoCookies();
  }

  /**
   * A page left open longer than a token lives keeps a working session: its script renews the token
   * and puts it in the page's forms, links and address bar (run here at once instead of after ten minutes).
   */
  @Test
  void testOpenPageRenewsItsSession() throws InterruptedException {
    SimulatedPlatform moodle = lms.moodle();
    lms.open(browser, moodle, moodle.newLearner("Rosa", "Vidal"), moodle.newPlacement().withCustom("course", CLOUD));
    click(browser.findAll(By.cssSelector(".steps a[href^='/learn/lessons/']")).get(0));
    String before = browser.find(By.cssSelector("meta[name=conecta-launch-token]")).getAttribute("content");
    Thread.sleep(1100); // a token issued in the same second as the page's would be the same

    browser.script("return window.conectaRenewSession()");

    String after = (String) browser.script(
        "return document.querySelector('meta[name=conecta-launch-token]').getAttribute('content')");
    assertThat(after).isNotEqualTo(before);
    assertThat(browser.find(By.cssSelector("form input[name=lt]")).getAttribute("value")).isEqualTo(after);
    assertThat(browser.find(By.cssSelector(".breadcrumbs a")).getAttribute("href")).endsWith("lt=" + after);
    assertThat(browser.url()).endsWith("lt=" + after);
    click(button("Marcar como hecha y seguir"));
    assertThat(text("main")).doesNotContain("session-invalid");
  }

  /** Without the launch token the tool does not know the person: a plain page says how to get in. */
  @Test
  void testPageWithoutLaunchTokenAsksToComeFromTheLms() {
    SimulatedPlatform moodle = lms.moodle();
    lms.open(browser, moodle, moodle.newLearner("Eva", "López"), moodle.newPlacement().withCustom("course", CLOUD));
    String withToken = browser.url();

    browser.script("location.assign(arguments[0])", withToken.substring(0, withToken.indexOf('?')));
    browser.waitForNavigationFrom(withToken);

    assertThat(text("h1")).isEqualTo("Tu sesión ha terminado");
    assertThat(text("main")).contains("Vuelve a abrir el curso desde tu LMS", "session-invalid").doesNotContain("Exception");
  }

  /** An error page after a launch speaks the session's language, not the browser's (Spanish here). */
  @Test
  void testErrorPageSpeaksTheSessionsLanguage() {
    SimulatedPlatform canvas = lms.canvas();
    lms.open(browser, canvas, canvas.newLearner("Ann", "Smith").withLocale("en"), canvas.newPlacement().withCustom("course", CLOUD));
    String lesson = browser.find(By.cssSelector(".steps a[href^='/learn/lessons/']")).getAttribute("href");
    String token = lesson.substring(lesson.indexOf("lt=") + 3);
    String before = browser.url();

    browser.script("location.assign(arguments[0])", "/learn/lessons/999999?lt=" + token);
    browser.waitForNavigationFrom(before);

    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text("h1")).isEqualTo("Page not found");
  }

  /**
   * The browser really treats the framed tool as third party: a cookie the tool's page tries to
   * set is refused inside the LMS frame, and kept when the same page is the top-level page.
   */
  @Test
  void testThirdPartyCookiesAreBlockedInTheFrame() {
    SimulatedPlatform moodle = lms.moodle();
    // A locale the tool does not offer: Spanish, the default.
    LmsUser luis = moodle.newLearner("Luis", "Martín").withLocale("de_de");
    lms.open(browser, moodle, luis, moodle.newPlacement().withCustom("course", CLOUD));
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(text("h1")).isEqualTo("Trabajar en la nube");
    String page = browser.url();
    String probe = "document.cookie = 'probe=1; SameSite=None; Secure; Path=/'; return document.cookie;";

    assertThat(browser.script(probe)).as("third party, in the LMS frame").isEqualTo("");

    browser.open(java.net.URI.create(page));
    assertThat(browser.script(probe)).as("first party, top level").isEqualTo("probe=1");
    browser.clearCookies();
  }

  // ---------------------------------------------------------------- helpers

  /** Answers the quiz on the page: every answer right except the first {@code wrong} questions. */
  private void answer(int wrong) {
    List<WebElement> questions = browser.findAll(By.cssSelector("fieldset.question"));
    for (int i = 0; i < questions.size(); i++) {
      List<WebElement> options = questions.get(i).findElements(By.cssSelector("input[type=radio]"));
      long question = Long.parseLong(options.get(0).getAttribute("name").substring(1));
      String right = Long.toString(answerKey.right(question));
      boolean rightOne = i >= wrong;
      WebElement chosen =
          options.stream()
              .filter(o -> rightOne == right.equals(o.getAttribute("value")))
              .findFirst()
              .orElseThrow();
      // Through its label, as a person clicks it.
      questions.get(i).findElement(By.cssSelector("label[for='" + chosen.getAttribute("id") + "']")).click();
      assertThat(chosen.isSelected()).isTrue();
    }
  }

  private void assertNoCookies() {
    assertThat(browser.script("return document.cookie")).as("document.cookie in the frame").isEqualTo("");
  }

  private static String text(String css) {
    return browser.find(By.cssSelector(css)).getText().trim();
  }

  private static WebElement button(String text) {
    return browser.find(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  private static WebElement link(String text) {
    return browser.find(By.xpath("//a[normalize-space()='" + text + "']"));
  }

  /** Clicks and waits for the frame's next page. */
  private static void click(WebElement element) {
    String before = browser.url();
    element.click();
    browser.waitForNavigationFrom(before);
  }
}
