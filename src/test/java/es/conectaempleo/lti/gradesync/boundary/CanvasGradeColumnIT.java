package es.conectaempleo.lti.gradesync.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.learning.boundary.LearningSystemTest;
import es.conectaempleo.simulator.AgsRequest;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.Gradebook;
import es.conectaempleo.simulator.LineItem;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Canvas placements that are not assignments (module items): their launches name no line item and
 * Canvas refuses one created on their link (412), so the tool makes its own gradebook column of the
 * course, and every such placement of that course shares it.
 */
class CanvasGradeColumnIT extends LearningSystemTest {
  private static final String CLOUD = "nube";
  private static final String CLOUD_TITLE = "Trabajar en la nube";

  @Test
  void testModuleItemsOfOneCourseShareTheColumnTheToolCreated() {
    SimulatedPlatform canvas = registeredServingTokens(simulator.canvas(tool));
    Placement unit1 = canvas.newPlacement().withCustom("course", CLOUD).withGradeService();
    Placement unit2 = unit1.withResourceLink(UUID.randomUUID().toString(), "Nube, segunda parte");
    Gradebook gradebook = canvas.gradebook(unit1).moduleItem(unit1).moduleItem(unit2);
    LmsUser ann = canvas.newLearner("Ann", "Smith");
    var annWork = new CourseWork(api, answerKey, CLOUD, launchToken(canvas, ann, unit1));

    annWork.lessonDone(annWork.lessons().get(0));

    List<LineItem> items =
        eventually(gradebook::lineItems, l -> l.size() == 1 && !gradebook.scores(l.get(0), ann).isEmpty());
    LineItem column = items.get(0);
    assertThat(column.resourceLinkId()).as("created without resourceLinkId").isNull();
    assertThat(column.tag()).isEqualTo("conecta-course");
    assertThat(column.resourceId()).isEqualTo(CLOUD);
    assertThat(column.scoreMaximum()).isEqualTo(100.0);
    assertThat(column.label()).isEqualTo(CLOUD_TITLE);
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 412)).as("one refused creation on the link").isEqualTo(1);
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 201)).isEqualTo(1);

    LmsUser ben = canvas.newLearner("Ben", "Jones");
    var benWork = new CourseWork(api, answerKey, CLOUD, launchToken(canvas, ben, unit2));
    benWork.lessonDone(benWork.lessons().get(0));

    eventually(() -> gradebook.scores(column, ben), s -> !s.isEmpty());
    assertThat(gradebook.lineItems()).as("the second module item reuses the column").containsExactly(column);
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 201)).as("created once").isEqualTo(1);
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 412)).as("each link tried first").isEqualTo(2);
  }

  // ---------------------------------------------------------------- helpers

  /** The launch token of the person's launch from the placement. */
  private static String launchToken(SimulatedPlatform lms, LmsUser user, Placement placement) {
    Page landing = new Browser().launch(lms, user, placement).landing();
    assertThat(landing).isNotNull();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    String token = launchToken(landing);
    assertThat(token).isNotBlank();
    return token;
  }
}
