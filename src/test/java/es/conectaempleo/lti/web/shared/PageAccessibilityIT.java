package es.conectaempleo.lti.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.lti.learning.boundary.AnswerKey;
import es.conectaempleo.lti.web.LmsWithTool;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page a person sees, checked in a real browser: axe-core (WCAG 2.1 A/AA and best
 * practice rules) finds no serious or critical violation, nothing scrolls sideways at 320 CSS
 * pixels, the main action of a page is reached with the Tab key and shows a visible focus ring, and
 * a quiz can be answered and sent with the keyboard alone. One scenario walks the pages a learner
 * and an instructor reach after real launches from the LMS page, then checks each one top-level.
 */
class PageAccessibilityIT extends ToolSystemTest {
  private static final String CLOUD = "nube";
  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  @RegisterExtension static RealBrowser browser = new RealBrowser();

  private static AnswerKey answerKey;

  @BeforeAll
  static void loadAnswerKey() {
    answerKey = AnswerKey.fromMigrations();
  }

  @Test
  void testPagesAreAccessibleNarrowAndKeyboardUsable() {
    var lms = new LmsWithTool(base, simulator);
    URI tool = lms.tool();
    SimulatedPlatform moodle = lms.moodle();
    Placement noCourse = moodle.newPlacement();
    Placement course = noCourse.withCustom("course", CLOUD);
    Map<String, String> pages = new LinkedHashMap<>();

    // A learner: the catalog (no course chosen), the course, a lesson, a quiz and its result.
    lms.open(browser, moodle, moodle.newLearner("Ana", "García"), noCourse);
    pages.put("catalog", browser.url());
    String learnerToken = LmsWithTool.launchToken(browser);
    lms.open(browser, moodle, moodle.newLearner("Luis", "Martín"), course);
    pages.put("course", browser.url());
    pages.put("lesson", href(".steps a[href*='/learn/lessons/']"));
    pages.put("quiz", href(".steps a[href*='/learn/quizzes/']"));
    // An instructor of the same LMS course, whose LMS shares the roster (the page offers to import it).
    lms.open(browser, moodle, moodle.newInstructor("Marta", "Sanz"), course.withRosterService());
    pages.put("instructor", href("a[href*='/instructor']"));
    // The same instructor choosing courses to place in the LMS course (Deep Linking).
    moodle.acceptDeepLinks(URI.create(tool + "/.well-known/jwks.json"));
    lms.open(browser, moodle, moodle.newInstructor("Marta", "Sanz"), noCourse.deepLinking());
    pages.put("course-selection", browser.url());
    // An LMS admin registering the tool (Dynamic Registration), and a registration link that does not exist.
    SimulatedPlatform toRegister = simulator.moodleAwaitingRegistration();
    String registrationLink = admin.invite(null).getString("registrationUrl");
    pages.put("registration", toRegister.registrationStart(registrationLink).toString());
    pages.put("registration-problem", tool + "/lti/register/no-such-code?openid_configuration=" + tool);
    // Error pages: forbidden (a learner's token), no launch token, no such page.
    pages.put("forbidden", tool + "/instructor?lt=" + learnerToken);
    pages.put("launch-error", tool + "/learn/courses/" + CLOUD);
    pages.put("not-found", tool + "/no-such-page");

    // The quiz, with the keyboard only; its result page joins the others.
    browser.open(URI.create(pages.get("quiz")));
    answerQuizWithKeyboard();
    assertThat(text(".notice")).contains(": 100");
    pages.put("quiz-result", browser.url());

    List<String> problems = new ArrayList<>();
    pages.forEach((name, page) -> {
      browser.open(URI.create(page));
      assertThat(text("h1")).as(name).isNotBlank();
      browser.screenshot("page-" + name);
      axeViolations(name).forEach(problems::add);
      browser.viewportWidth(320);
      try {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        if (scrollWidth > 320) {
          problems.add(name + ": scrolls sideways at 320 px (scrollWidth " + scrollWidth + ")");
        }
        browser.screenshot("page-" + name + "-320");
      } finally {
        browser.viewportWidth(0);
      }
    });
    assertThat(problems).as("accessibility problems").isEmpty();

    // Keyboard: from the top of each page, Tab reaches its main action, with a visible focus ring.
    assertTabReaches(pages.get("catalog"), "BUTTON", "Inscribirme: Trabajar en la nube");
    assertTabReaches(pages.get("course"), "A", firstLessonTitle(pages.get("course")));
    assertTabReaches(pages.get("lesson"), "BUTTON", "Marcar como hecha y seguir");
    assertTabReaches(pages.get("quiz-result"), "A", "Volver a intentarlo");
    assertTabReaches(pages.get("instructor"), "BUTTON", "Importar la lista de participantes");
    assertTabReaches(pages.get("course-selection"), "BUTTON", "Añadir al curso del LMS");
    assertTabReaches(pages.get("registration"), "BUTTON", "Registrar Conecta Empleo");
  }

  // ---------------------------------------------------------------- axe-core

  /** Serious and critical violations on the open page, one line per rule. */
  @SuppressWarnings("unchecked")
  private static List<String> axeViolations(String page) {
    browser.script(RealBrowser.classpathScript(AXE));
    Map<String, Object> results =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(function (r) { done({passes: r.passes.length, violations: r.violations.map(function (v) {"
                        + " return {id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' — ' + (n.failureSummary || ''); })}; })}); })"
                        + ".catch(function (e) { done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]}); });");
    assertThat(((Number) results.get("passes")).intValue()).as("axe checked rules on %s", page).isGreaterThan(10);
    List<String> found = new ArrayList<>();
    for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
      String line = page + ": " + violation.get("impact") + " " + violation.get("id") + " (" + violation.get("help") + ") " + violation.get("nodes");
      if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
        found.add(line);
      } else {
        System.out.println("axe, not failing: " + line);
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- keyboard

  /** Tabs from the top of the page until the element is focused; checks the skip link comes first. */
  private static void assertTabReaches(String page, String tag, String name) {
    browser.open(URI.create(page));
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      String focused = focusedName();
      order.add(focused);
      if (i == 0) {
        assertThat(focused).as("the first Tab stop on %s", page).isEqualTo("A Saltar al contenido");
        assertFocusVisible("the skip link");
      }
      if (focused.equals(tag + " " + name)) {
        assertFocusVisible(name);
        browser.screenshot("focus-" + name);
        return;
      }
    }
    throw new AssertionError("Tab never reached " + tag + " " + name + " on " + page + "; it went " + order);
  }

  /** Each question's right option picked with arrow keys (Space on the first), then Enter on the button. */
  private static void answerQuizWithKeyboard() {
    List<WebElement> questions = browser.findAll(By.cssSelector("fieldset.question"));
    assertThat(questions).isNotEmpty();
    tabUntil("INPUT");
    for (WebElement question : questions) {
      List<WebElement> options = question.findElements(By.cssSelector("input[type=radio]"));
      assertThat(focusedId()).as("Tab lands on the question's first option").isEqualTo(options.get(0).getAttribute("id"));
      assertFocusVisible("an option");
      long questionId = Long.parseLong(options.get(0).getAttribute("name").substring(1));
      String right = Long.toString(answerKey.right(questionId));
      int index = 0;
      while (!options.get(index).getAttribute("value").equals(right)) {
        index++;
      }
      var keys = new Actions(browser.driver());
      if (index == 0) {
        keys.sendKeys(Keys.SPACE);
      }
      for (int i = 0; i < index; i++) {
        keys.sendKeys(Keys.ARROW_DOWN);
      }
      keys.perform();
      assertThat(options.get(index).isSelected()).isTrue();
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }
    assertThat(focusedName()).isEqualTo("BUTTON Enviar respuestas");
    assertFocusVisible("the submit button");
    String before = browser.url();
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waitForNavigationFrom(before);
  }

  private static void tabUntil(String tag) {
    for (int i = 0; i < 40; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      if (focusedName().startsWith(tag + " ")) {
        return;
      }
    }
    throw new AssertionError("Tab never reached an " + tag);
  }

  /** Tag and accessible text of the focused element, e.g. {@code BUTTON Enviar respuestas}. */
  private static String focusedName() {
    return String.valueOf(browser.script(
        "var e = document.activeElement; return e.tagName + ' ' + (e.textContent || e.value || '').replace(/\\s+/g, ' ').trim();"));
  }

  private static String focusedId() {
    return String.valueOf(browser.script("return document.activeElement.id"));
  }

  /**
   * The focused element has a visible focus ring: an outline of at least 2 px, on screen, with at
   * least 3:1 contrast against the page background (WCAG 1.4.11 for focus indicators).
   */
  private static void assertFocusVisible(String what) {
    @SuppressWarnings("unchecked")
    Map<String, Object> ring = (Map<String, Object>) browser.script(
        "function lum(c) { var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) { x = x / 255;"
            + " return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
            + "var e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();"
            + "var a = lum(s.outlineColor), b = lum(getComputedStyle(document.body).backgroundColor);"
            + "return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor,"
            + " contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), left: r.left, visible: e.matches(':focus-visible')};");
    assertThat(ring.get("visible")).as("%s matches :focus-visible: %s", what, ring).isEqualTo(true);
    assertThat(ring.get("style")).as("%s outline: %s", what, ring).isNotEqualTo("none");
    assertThat(((Number) ring.get("width")).doubleValue()).as("%s outline width: %s", what, ring).isGreaterThanOrEqualTo(2);
    assertThat(((Number) ring.get("contrast")).doubleValue()).as("%s outline contrast: %s", what, ring).isGreaterThanOrEqualTo(3);
    assertThat(((Number) ring.get("left")).doubleValue()).as("%s on screen: %s", what, ring).isGreaterThanOrEqualTo(0);
  }

  // ---------------------------------------------------------------- page helpers

  private static String href(String css) {
    return browser.find(By.cssSelector(css)).getAttribute("href");
  }

  private static String firstLessonTitle(String coursePage) {
    browser.open(URI.create(coursePage));
    return browser.find(By.cssSelector(".steps a[href*='/learn/lessons/']")).getText().trim();
  }

  private static String text(String css) {
    return browser.find(By.cssSelector(css)).getText().trim();
  }
}
