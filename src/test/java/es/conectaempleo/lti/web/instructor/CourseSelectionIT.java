package es.conectaempleo.lti.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.DeepLinkReturns;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Deep Linking end to end: an instructor's content-selection request from a simulated Moodle or
 * Canvas, the tool's course selection, the signed response the browser takes back, checked by the
 * platform against the tool's key set, and a learner opening the link the platform made of it.
 */
class CourseSelectionIT extends ToolSystemTest {

  /** An instructor's selection page, opened from the LMS, and the browser that shows it. */
  private record Selection(SimulatedPlatform lms, Placement request, Browser browser, Page page, DeepLinkReturns returns) {
    String ticket() {
      return page.document().select("input[name=dl]").attr("value");
    }

    Page send(String... fields) {
      List<Map.Entry<String, String>> form = new ArrayList<>();
      form.add(Map.entry("dl", ticket()));
      for (int i = 0; i < fields.length; i += 2) {
        form.add(Map.entry(fields[i], fields[i + 1]));
      }
      return browser.postFields(page.uri().resolve("/learn/deep-linking"), form);
    }

    /** Posts the tool's answer to the LMS, as the page's script does. */
    Page returnToLms(Page answer) {
      return browser.submit(answer.forms().get(0));
    }
  }

  @Test
  void testMoodleTeacherAddsTwoGradedCoursesAndALearnerOpensOne() {
    Selection selection = open(simulator.moodle(tool), "Marta");
    assertThat(selection.page().document().select("h1").text()).isEqualTo("Elegir cursos para tu aula");
    assertThat(selection.page().document().select("input[type=checkbox][name=course]")).hasSize(12);

    Page answer = selection.send("course", "excel", "course", "wordpress", "graded", "yes", "action", "add");

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    Element form = answer.document().selectFirst("form[data-autosubmit]");
    assertThat(form.attr("action")).startsWith(selection.lms().issuer() + "/mod/lti/contentitem_return.php?course=");
    assertThat(form.select("input[type=hidden]")).extracting(e -> e.attr("name")).containsExactly("JWT");
    Page atLms = selection.returnToLms(answer);
    DeepLinkReturns.Received received = selection.returns().last();
    assertThat(received.problem()).as("the platform's checks").isNull();
    assertThat(atLms.status()).isEqualTo(200);
    assertThat(received.items()).hasSize(2);
    Map<String, Object> excel = received.items().get(0);
    assertThat(excel).containsEntry("type", "ltiResourceLink").containsEntry("url", base + "/lti/launch")
        .containsEntry("custom", Map.of("course", "excel"));
    String title = excel.get("title").toString();
    assertThat(title).as("the course's title").isNotBlank();
    assertThat(excel.get("lineItem")).isEqualTo(Map.of("label", excel.get("title"), "scoreMaximum", 100L, "resourceId", "excel", "tag", "conecta-course"));
    assertThat(received.items().get(1).get("custom")).isEqualTo(Map.of("course", "wordpress"));

    Placement link = selection.lms().placementFor(selection.request(), excel);
    LaunchFlow learner = new Browser().launch(selection.lms(), selection.lms().newLearner("Ana", "García"), link);
    assertThat(learner.landing().status()).as("%s", learner.lastPage()).isEqualTo(200);
    assertThat(learner.landing().document().select("h1").text()).isEqualTo(title);
  }

  @Test
  void testCanvasTakesOneUngradedCourse() {
    Selection selection = open(simulator.canvas(tool), "Mary");
    assertThat(selection.page().document().select("input[type=radio][name=course]")).as("Canvas accepts one item here").hasSize(12);

    Page two = selection.send("course", "excel", "course", "iot", "action", "add");
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.document().select("[role=alert]").text()).isNotEmpty();

    Page answer = selection.send("course", "iot", "action", "add");
    selection.returnToLms(answer);
    DeepLinkReturns.Received received = selection.returns().last();
    assertThat(received.problem()).isNull();
    assertThat(received.items()).singleElement().satisfies(item -> {
      assertThat(item.get("custom")).isEqualTo(Map.of("course", "iot"));
      assertThat(item).doesNotContainKey("lineItem");
    });
  }

  @Test
  void testCancelReturnsNoItems() {
    Selection selection = open(simulator.moodle(tool), "Marta");

    Page answer = selection.send("action", "cancel");
    selection.returnToLms(answer);

    DeepLinkReturns.Received received = selection.returns().last();
    assertThat(received.problem()).isNull();
    assertThat(received.items()).isEmpty();
  }

  @Test
  void testNothingChosenAsksAgain() {
    Selection selection = open(simulator.moodle(tool), "Marta");

    Page answer = selection.send("action", "add");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.document().select("[role=alert]").text()).contains("Elige al menos un curso");
    assertThat(answer.document().select("input[name=dl]").attr("value")).isEqualTo(selection.ticket());
  }

  @Test
  void testLearnerCannotPlaceCourses() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    admin.register(moodle);
    moodle.acceptDeepLinks(URI.create(base + "/.well-known/jwks.json"));

    LaunchFlow flow = new Browser().launch(moodle, moodle.newLearner("Ana", "García"), moodle.newPlacement().deepLinking());

    Page page = flow.lastPage();
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.document().select("form")).isEmpty();
  }

  @Test
  void testForgedTicketIsRefused() {
    Selection selection = open(simulator.moodle(tool), "Marta");
    String ticket = selection.ticket();
    String forged = ticket.substring(0, ticket.length() - 4) + (ticket.endsWith("AAAA") ? "BBBB" : "AAAA");

    Page answer =
        selection.browser().postFields(
            selection.page().uri().resolve("/learn/deep-linking"),
            List.of(Map.entry("dl", forged), Map.entry("course", "excel"), Map.entry("action", "add")));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("JWT");
  }

  private Selection open(SimulatedPlatform lms, String teacherName) {
    admin.register(lms);
    DeepLinkReturns returns = lms.acceptDeepLinks(URI.create(base + "/.well-known/jwks.json"));
    Placement request = lms.newPlacement().deepLinking();
    var browser = new Browser();
    LaunchFlow flow = browser.launch(lms, lms.newInstructor(teacherName, "Sanz"), request);
    assertThat(flow.landing()).as("%s", flow.lastPage()).isNotNull();
    assertThat(flow.landing().status()).as("%s", flow.landing()).isEqualTo(200);
    return new Selection(lms, request, browser, flow.landing(), returns);
  }
}
