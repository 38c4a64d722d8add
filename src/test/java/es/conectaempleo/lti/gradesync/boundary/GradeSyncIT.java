package es.conectaempleo.lti.gradesync.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.learning.boundary.LearningSystemTest;
import es.conectaempleo.simulator.AgsRequest;
import es.conectaempleo.simulator.AutoPostForm;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.Gradebook;
import es.conectaempleo.simulator.LineItem;
import es.conectaempleo.simulator.ReceivedScore;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.TokenEndpoint;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Grade and completion sync end to end: learners launch from simulated LMS courses whose launches
 * carry the AGS claim, work through the course with the learning API, and the scores arrive at the
 * platform's AGS endpoints; the instructor page shows how delivery stands.
 */
class GradeSyncIT extends LearningSystemTest {
  private static final String CLOUD = "nube";

  /** A person inside the tool after a launch. */
  private record Visit(Browser browser, Page page, String token) {}

  /** A Moodle course with the tool placed and "Accept grades" on, its token and scores endpoints. */
  private record Course(SimulatedPlatform platform, Placement placement, TokenEndpoint tokens, ScoresEndpoint scores) {}

  @Test
  void testLearnerApprovedInARealFlowEndsFullyGradedInOrder() {
    Course course = moodleCourse();
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    JsonObject enrollment = work.finish(0);
    assertThat(enrollment.getString("state")).isEqualTo("approved");

    eventually(() -> course.scores().stored(ana.sub()), r -> r != null && Double.valueOf(100).equals(r.scoreGiven()));
    List<ScoresEndpoint.Received> history = course.scores().of(ana.sub());
    assertThat(history).extracting(ScoresEndpoint.Received::status).as("%s", history).containsOnly(200);
    assertThat(history).extracting(ScoresEndpoint.Received::timestamp).isSorted().doesNotHaveDuplicates();
    assertThat(history).allSatisfy(r -> {
      assertThat(r.contentType()).isEqualTo(ScoresEndpoint.MEDIA_TYPE);
      assertThat(r.query()).isEqualTo("type_id=" + course.placement().deploymentId());
    });
    // Started, unless the learner's next lesson came first and the newer InProgress superseded it.
    ScoresEndpoint.Received first = history.get(0);
    assertThat(first.body())
        .matches("\\{\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+00:00\","
            + "\"activityProgress\":\"(Started|InProgress)\",\"gradingProgress\":\"Pending\",\"userId\":\"" + ana.sub() + "\","
            + "\"https://canvas.instructure.com/lti/submission\":\\{\"new_submission\":false\\}\\}");
    ScoresEndpoint.Received last = history.get(history.size() - 1);
    assertThat(last.body())
        .matches("\\{\"timestamp\":\"[0-9T:.+-]+\",\"scoreGiven\":100,\"scoreMaximum\":100,"
            + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"userId\":\"" + ana.sub() + "\"\\}");
    int firstGraded = 0;
    while (history.get(firstGraded).scoreGiven() == null) {
      firstGraded++;
    }
    assertThat(history.subList(firstGraded, history.size()))
        .as("never an ungraded score after a graded one")
        .allSatisfy(r -> assertThat(r.gradingProgress()).isEqualTo("FullyGraded"));

    LmsUser luis = course.platform().newLearner("Luis", "Martín");
    var other = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), luis, course.placement()).token());
    other.lessonDone(other.lessons().get(0));
    eventually(() -> course.scores().stored(luis.sub()), r -> r != null);
    assertThat(course.tokens().issued()).as("one token for every score").isEqualTo(1);
    assertThat(deliveryCell(course, "Ana García").text()).contains("Entregada");
  }

  /**
   * Canvas counts every score as a submission unless told otherwise: progress and later corrections
   * must not use up an assignment's attempts (one allowed here), or the grade would be refused.
   */
  @Test
  void testCanvasGradebookShowsTheApprovedLearnersGrade() {
    SimulatedPlatform canvas = simulator.canvas(tool);
    TokenEndpoint tokens = canvas.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(canvas);
    OneAttempt course = assignmentWithOneAttempt(canvas);
    Gradebook gradebook = course.gradebook();
    LmsUser ann = course.ann();
    LineItem item = course.item();
    CourseWork work = course.work();

    work.lessonDone(work.lessons().get(0));
    eventually(() -> gradebook.currentScore(item, ann), s -> s.isPresent());
    assertThat(gradebook.grade(item, ann)).as("progress only: no grade yet").isEmpty();
    assertThat(gradebook.submissions(item, ann)).as("progress is no submission").isZero();
    JsonObject enrollment = work.finish(1);
    assertThat(enrollment.getString("state")).isEqualTo("approved");
    double expected = enrollment.getJsonNumber("courseScore").doubleValue();

    eventually(() -> gradebook.currentScore(item, ann), s -> s.isPresent() && s.get().scoreGiven() != null);
    ReceivedScore last = gradebook.currentScore(item, ann).orElseThrow();
    assertThat(last.gradingProgress()).isEqualTo("FullyGraded");
    assertThat(last.activityProgress()).isEqualTo("Completed");
    assertThat(last.scoreGiven()).isEqualTo(expected);
    assertThat(last.scoreMaximum()).isEqualTo(100.0);
    assertThat(gradebook.grade(item, ann)).contains(expected * item.scoreMaximum() / 100);
    assertThat(gradebook.scores(item, ann)).extracting(ReceivedScore::timestamp).isSorted().doesNotHaveDuplicates();
    assertThat(gradebook.lineItems()).as("the claim's line item; none created").hasSize(1);
    assertThat(gradebook.submissions(item, ann)).as("the first grade is the learner's submission").isEqualTo(1);

    JsonObject better = work.submit(work.quizzes().get(0), 0);
    double improved = better.getJsonNumber("courseScore").doubleValue();
    assertThat(improved).isGreaterThan(expected);
    eventually(() -> gradebook.grade(item, ann), g -> g.isPresent() && g.get() == improved * item.scoreMaximum() / 100);
    assertThat(gradebook.submissions(item, ann)).as("a better grade corrects the submission").isEqualTo(1);
    assertThat(gradebook.count(AgsRequest.Endpoint.SCORES, 422)).isZero();
    assertThat(tokens.issued()).isEqualTo(1);
  }

  /**
   * Canvas stores the first grade but answers too late (the tool's request times out). The retry
   * revises that submission instead of making another: with one attempt allowed, another would be
   * refused with 422, and every later grade with it.
   */
  @Test
  void testCanvasGradeStoredButAnsweredTooLateIsNoSecondSubmission() {
    SimulatedPlatform canvas = registeredServingTokens(simulator.canvas(tool));
    OneAttempt course = assignmentWithOneAttempt(canvas);
    Gradebook gradebook = course.gradebook();
    LmsUser ann = course.ann();
    LineItem item = course.item();
    CourseWork work = course.work();
    work.lessonDone(work.lessons().get(0));
    work.lessonDone(work.lessons().get(1));
    eventually(() -> gradebook.scores(item, ann), scores -> scores.size() == 2); // Started, InProgress
    canvas.faults().delayNext(1, Duration.ofSeconds(7), true); // longer than the tool waits (5 s here)

    double expected = work.finish(1).getJsonNumber("courseScore").doubleValue();

    eventually(
        () -> gradebook.scores(item, ann).stream().filter(score -> score.scoreGiven() != null).count(),
        graded -> graded >= 2); // the slow first try and its retry, in either order
    assertThat(gradebook.count(AgsRequest.Endpoint.SCORES, 422)).as("no second submission refused").isZero();
    assertThat(gradebook.submissions(item, ann)).isEqualTo(1);
    assertThat(gradebook.grade(item, ann)).contains(expected * item.scoreMaximum() / 100);
  }

  /**
   * The grade goes to the link that grades the course, whichever link of the LMS course the learner
   * came back through: Moodle's ungraded activity of the same course, Canvas's course-menu link.
   */
  @Test
  void testGradeStaysWithTheGradedLinkWhenTheLearnerComesBackThroughAnother() {
    Course course = moodleCourse();
    Placement ungraded = course.placement().withResourceLink(String.valueOf(Long.parseLong(course.placement().resourceLinkId()) + 1000), "Lectura").withoutGradeService();
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var started = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());
    started.lessonDone(started.lessons().get(0));

    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, ungraded).token());
    JsonObject enrollment = work.finish(0);
    assertThat(enrollment.getString("state")).isEqualTo("approved");
    eventually(() -> course.scores().stored(ana.sub()), r -> r != null && Double.valueOf(100).equals(r.scoreGiven()));

    SimulatedPlatform canvas = simulator.canvas(tool);
    canvas.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(canvas);
    Placement assignment = canvas.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = canvas.gradebook(assignment);
    Placement menu = assignment.withResourceLink(java.util.UUID.randomUUID().toString(), "Conecta Empleo");
    gradebook.moduleItem(menu);
    LmsUser ann = canvas.newLearner("Ann", "Smith");
    LineItem item = gradebook.lineItem(assignment);
    var first = new CourseWork(api, answerKey, CLOUD, launch(canvas, ann, assignment).token());
    first.lessonDone(first.lessons().get(0));
    double expected = new CourseWork(api, answerKey, CLOUD, launch(canvas, ann, menu).token())
        .finish(1).getJsonNumber("courseScore").doubleValue();

    eventually(() -> gradebook.grade(item, ann), g -> g.isPresent() && g.get() == expected * item.scoreMaximum() / 100);
    assertThat(gradebook.lineItems()).as("no column of the tool's own beside the assignment").containsExactly(item);
  }

  /**
   * An assignment placed without a course: the learner picks it from the catalog, and later comes
   * back through the course menu and picks it again. The grade still goes to the assignment (before,
   * a pick counted as an ungraded link and the enrollment followed the menu to a column of its own).
   */
  @Test
  void testCoursePickedFromTheCatalogKeepsItsGradeOnTheAssignment() {
    CanvasCourse course = canvasAssignmentAndMenu(false);
    Gradebook gradebook = course.gradebook();
    LmsUser ann = course.ann();
    LineItem item = gradebook.lineItem(course.assignment());
    var first = new CourseWork(api, answerKey, CLOUD, picked(course.canvas(), ann, course.assignment(), CLOUD));
    first.lessonDone(first.lessons().get(0));

    double expected = new CourseWork(api, answerKey, CLOUD, picked(course.canvas(), ann, course.menu(), CLOUD))
        .finish(1).getJsonNumber("courseScore").doubleValue();

    eventually(() -> gradebook.grade(item, ann), g -> g.isPresent() && g.get() == expected * item.scoreMaximum() / 100);
    assertThat(gradebook.lineItems()).as("no column of the tool's own beside the assignment").containsExactly(item);
  }

  /**
   * A learner finishes the course through Canvas's course menu (a column of the tool's own), and the
   * teacher then adds the course as an assignment. The learner's next launch, through the
   * assignment, moves the attempt there, and its grade goes to the assignment without any more
   * work (before, the assignment stayed empty until the learner answered a quiz again).
   */
  @Test
  void testAFinishedCourseOpenedFromAnAssignmentGetsItsGradeThere() {
    CanvasCourse course = canvasAssignmentAndMenu(true);
    double expected = new CourseWork(api, answerKey, CLOUD, launch(course.canvas(), course.ann(), course.menu()).token())
        .finish(1).getJsonNumber("courseScore").doubleValue();
    Gradebook gradebook = course.gradebook();
    LmsUser ann = course.ann();
    awaitOneGradedColumn(gradebook, ann);

    LineItem item = gradebook.lineItem(course.assignment());
    launch(course.canvas(), ann, course.assignment());

    eventually(() -> gradebook.grade(item, ann), g -> g.isPresent() && g.get() == expected * item.scoreMaximum() / 100);
  }

  /** The same through the catalog: placements that name no course, the course picked in each. */
  @Test
  void testAFinishedCoursePickedAgainInAnAssignmentGetsItsGradeThere() {
    CanvasCourse course = canvasAssignmentAndMenu(false);
    double expected = new CourseWork(api, answerKey, CLOUD, picked(course.canvas(), course.ann(), course.menu(), CLOUD))
        .finish(1).getJsonNumber("courseScore").doubleValue();
    Gradebook gradebook = course.gradebook();
    LmsUser ann = course.ann();
    awaitOneGradedColumn(gradebook, ann);

    LineItem item = gradebook.lineItem(course.assignment());
    picked(course.canvas(), ann, course.assignment(), CLOUD);

    eventually(() -> gradebook.grade(item, ann), g -> g.isPresent() && g.get() == expected * item.scoreMaximum() / 100);
  }

  @Test
  void testSimulatedMoodleFaultsEndDelivered() {
    MoodleGradebook course = moodleGradebook();
    course.platform().faults().failNext(1, 500).unavailableNext(1, Duration.ofSeconds(1))
        .throttleNext(1, Duration.ofSeconds(1)).delayNext(1, Duration.ofSeconds(7), true).revokeTokenOnce();
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());
    Gradebook gradebook = course.gradebook();
    LineItem item = course.item();

    JsonObject enrollment = work.finish(0);

    eventually(() -> gradebook.grade(item, ana), g -> g.isPresent() && g.get() == 100.0);
    assertThat(gradebook.currentScore(item, ana).orElseThrow().gradingProgress()).isEqualTo("FullyGraded");
    assertThat(enrollment.getString("state")).isEqualTo("approved");
    assertThat(gradebook.scores(item, ana)).extracting(ReceivedScore::timestamp).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void testCanvasRateLimitIsWaitedOutNotAFailure() {
    SimulatedPlatform canvas = registeredServingTokens(simulator.canvas(tool));
    Placement placement = canvas.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = canvas.gradebook(placement);
    LineItem item = gradebook.lineItem(placement);
    canvas.faults().canvasThrottleNext(3);
    LmsUser ann = canvas.newLearner("Ann", "Smith");
    var work = new CourseWork(api, answerKey, CLOUD, launch(canvas, ann, placement).token());

    work.lessonDone(work.lessons().get(0));

    ReceivedScore progress = eventually(() -> gradebook.currentScore(item, ann), Optional::isPresent).orElseThrow();
    assertThat(progress.activityProgress()).isIn("Started", "InProgress");
    assertThat(canvas.faults().pendingFaults()).as("all three throttled tries were made").isZero();
  }

  @Test
  void testMoodleLineItemFoundByTagWhenTheLaunchNamesNone() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    TokenEndpoint tokens = moodle.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    LineItem coupled = gradebook.lineItem(placement);
    LineItem ours = gradebook.addLineItem("Nube", 100, placement, "conecta-course");
    LmsUser ana = moodle.newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(moodle, ana, placement).token());

    work.lessonDone(work.lessons().get(0));

    eventually(() -> gradebook.scores(ours, ana), list -> !list.isEmpty());
    assertThat(gradebook.scores(coupled, ana)).isEmpty();
    assertThat(gradebook.lineItems()).as("found, not created").hasSize(2);
    assertThat(tokens.issued()).isEqualTo(1);
  }

  @Test
  void testMoodleLineItemCreatedOnceForTheActivity() {
    SimulatedPlatform moodle = registeredServingTokens(simulator.moodle(tool));
    Placement placement = activityWithTwoGradeItems(moodle);
    Gradebook gradebook = moodle.gradebook(placement);
    List<LmsUser> learners = List.of(moodle.newLearner("Ana", "García"), moodle.newLearner("Luis", "Martín"), moodle.newLearner("Eva", "López"));
    List<CourseWork> works = learners.stream()
        .map(l -> new CourseWork(api, answerKey, CLOUD, launch(moodle, l, placement).token()))
        .toList();

    works.parallelStream().forEach(w -> w.lessonDone(w.lessons().get(0)));

    eventually(() -> gradebook.lineItems(), items -> items.size() == 3
        && learners.stream().allMatch(l -> !gradebook.scores(items.get(2), l).isEmpty()));
    LineItem created = gradebook.lineItems().get(2);
    assertThat(created.tag()).isEqualTo("conecta-course");
    assertThat(created.resourceId()).isEqualTo(CLOUD);
    assertThat(created.resourceLinkId()).isEqualTo(placement.resourceLinkId());
    assertThat(created.scoreMaximum()).isEqualTo(100.0);
    assertThat(created.label()).isNotBlank();
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 201)).as("created once").isEqualTo(1);
    assertThat(gradebook.lineItems()).hasSize(3);
  }

  @Test
  void testColumnDeletedByATeacherIsCreatedAgainWithTheGradesItHad() {
    SimulatedPlatform moodle = registeredServingTokens(simulator.moodle(tool));
    Placement placement = activityWithTwoGradeItems(moodle);
    Gradebook gradebook = moodle.gradebook(placement);
    LmsUser ana = moodle.newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(moodle, ana, placement).token());
    work.lessonDone(work.lessons().get(0));
    LineItem first = eventually(() -> gradebook.lineItems(), items -> items.size() == 3
        && !gradebook.scores(items.get(2), ana).isEmpty()).get(2);
    // Luis finished before the column was deleted and does nothing more.
    LmsUser luis = moodle.newLearner("Luis", "Martín");
    new CourseWork(api, answerKey, CLOUD, launch(moodle, luis, placement).token()).finish(0);
    eventually(() -> gradebook.grade(first, luis), g -> g.isPresent() && g.get() == 100.0);

    gradebook.deleteLineItem(first);
    work.lessonDone(work.lessons().get(1));

    LineItem second = eventually(() -> gradebook.lineItems(), items -> items.size() == 3
        && !items.get(2).equals(first) && !gradebook.scores(items.get(2), ana).isEmpty()).get(2);
    assertThat(second.tag()).isEqualTo("conecta-course");
    assertThat(second.resourceLinkId()).isEqualTo(placement.resourceLinkId());
    assertThat(gradebook.count(AgsRequest.Endpoint.SCORES, 404)).as("one score met the deleted column").isEqualTo(1);
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 201)).isEqualTo(2);
    eventually(() -> gradebook.grade(second, luis), g -> g.isPresent() && g.get() == 100.0);
    assertThat(gradebook.scores(second, luis)).singleElement()
        .satisfies(r -> assertThat(r.gradingProgress()).isEqualTo("FullyGraded"));
    assertThat(gradebook.scores(second, ana)).as("Ana's own scores only: no grade of hers to send again")
        .allSatisfy(r -> assertThat(r.scoreGiven()).isNull());
  }

  /** Moodle replaced the activity's grade item (grade type changed away and back): launches name the new one. */
  @Test
  void testGradesFollowTheLineItemALaunchNamesInsteadOfTheOldOne() {
    MoodleGradebook course = moodleGradebook();
    Gradebook gradebook = course.gradebook();
    LineItem old = course.item();
    LmsUser ana = course.platform().newLearner("Ana", "García");
    new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token()).finish(0);
    eventually(() -> gradebook.grade(old, ana), g -> g.isPresent() && g.get() == 100.0);

    gradebook.deleteLineItem(old);
    LineItem replacement = gradebook.lineItem(course.placement());
    assertThat(replacement).isNotEqualTo(old);
    launch(course.platform(), course.platform().newLearner("Luis", "Martín"), course.placement());

    eventually(() -> gradebook.grade(replacement, ana), g -> g.isPresent() && g.get() == 100.0);
    assertThat(gradebook.scores(replacement, ana)).singleElement()
        .satisfies(r -> assertThat(r.gradingProgress()).isEqualTo("FullyGraded"));
  }

  @Test
  void testTransientFaultsAreRetriedWithTheSameTimestamp() {
    Course course = moodleCourse();
    course.scores().answerNext(500).answerNext(503, 1).answerNext(429, 0).delayNext(Duration.ofSeconds(7));
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));

    eventually(() -> course.scores().of(ana.sub()), h -> h.size() >= 5);
    List<ScoresEndpoint.Received> history = course.scores().of(ana.sub());
    assertThat(history).extracting(ScoresEndpoint.Received::status)
        .as("500, 503 + Retry-After, 429, a timeout after the LMS stored it, then Moodle's 409")
        .containsExactly(500, 503, 429, 200, 409);
    assertThat(history).extracting(ScoresEndpoint.Received::timestamp).containsOnly(history.get(0).timestamp());
    assertThat(Duration.between(history.get(1).at(), history.get(2).at())).as("Retry-After: 1").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(eventually(() -> deliveryCell(course, "Ana García"), c -> c.text().contains("Entregada")).text())
        .contains("Intentos: 5");
  }

  @Test
  void testRateLimitHoldsBackEveryLearnersScoreToThatLms() {
    Course course = moodleCourse();
    course.scores().answerNext(429, 3);
    LmsUser ana = course.platform().newLearner("Ana", "García");
    LmsUser luis = course.platform().newLearner("Luis", "Pérez");
    var anaWork = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());
    var luisWork = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), luis, course.placement()).token());

    anaWork.lessonDone(anaWork.lessons().get(0));
    Instant throttled = eventually(() -> course.scores().of(ana.sub()), h -> !h.isEmpty()).get(0).at();
    // Luis's score comes once the tool has had the 429 (the LMS received Ana's score a moment before
    // it answered; a score sent in between could not know of the Retry-After yet).
    eventually(() -> deliveryCell(course, "Ana García"), c -> c.text().contains("el LMS respondió"));
    luisWork.lessonDone(luisWork.lessons().get(0));

    ScoresEndpoint.Received luisScore = eventually(() -> course.scores().stored(luis.sub()), r -> r != null);
    assertThat(course.scores().of(luis.sub())).extracting(ScoresEndpoint.Received::status)
        .as("Luis's score waited for the Retry-After of Ana's 429 instead of running into another one")
        .containsExactly(200);
    assertThat(luisScore.at()).isAfterOrEqualTo(throttled.plusMillis(2900));
    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).containsExactly(429, 200);
    assertThat(eventually(() -> deliveryCell(course, "Luis Pérez"), c -> c.text().contains("Entregada")).text())
        .as("waiting is no try").contains("Intentos: 1");
  }

  @Test
  void testPlatformDownForAWhile() {
    Course course = moodleCourse();
    course.scores().downFor(Duration.ofSeconds(4));
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));
    work.lessonDone(work.lessons().get(1));

    ScoresEndpoint.Received stored = eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    assertThat(stored.activityProgress()).as("coalesced to the newest").isEqualTo("InProgress");
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).contains(503).endsWith(200);
    assertThat(course.scores().of(ana.sub())).filteredOn(r -> r.status() == 200)
        .as("the older Started, superseded while the LMS was down, is never sent").hasSize(1);
  }

  @Test
  void testPermanentRefusalShownWithTheReasonAndRetried() {
    Course course = moodleCourse();
    course.scores().answerNext(422, "{\"error\":\"User not found in course or is not a student\"}");
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));

    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    Element cell = eventually(() -> deliveryCell(course, "Ana García", teacher), c -> c.text().contains("Falló"));
    assertThat(cell.select(".error-text").text()).contains("422").contains("User not found in course or is not a student");
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).as("not retried by itself").containsExactly(422);

    Page page = instructorPage(course, teacher);
    AutoPostForm retry = page.forms().stream()
        .filter(f -> f.action().getPath().matches("/instructor/deliveries/\\d+/retry"))
        .findFirst()
        .orElseThrow();
    var browser = new Browser();
    Page sent = browser.submit(retry);
    assertThat(sent.status()).as("%s", sent).isEqualTo(303);
    assertThat(sent.location().getQuery()).contains("notice=retried");

    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    assertThat(eventually(() -> deliveryCell(course, "Ana García", teacher), c -> c.text().contains("Entregada"))).isNotNull();
  }

  @Test
  void testRefusedTokenIsRefreshedOnce() {
    Course course = moodleCourse();
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());
    List<Long> lessons = work.lessons();
    work.lessonDone(lessons.get(0));
    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);

    course.tokens().revokeTokens();
    work.lessonDone(lessons.get(1));
    eventually(() -> course.scores().of(ana.sub()), h -> h.size() >= 3 && h.get(h.size() - 1).status() == 200);
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).containsExactly(200, 401, 200);
    assertThat(course.tokens().issued()).isEqualTo(2);

    course.tokens().revokeTokens();
    course.scores().answerNext(401); // the fresh token is refused too: no loop, a later retry
    work.finish(0); // progress-only scores are sent once each; the grade is new
    eventually(() -> course.scores().of(ana.sub()), h -> h.size() >= 6);
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).containsExactly(200, 401, 200, 401, 401, 200);
    assertThat(course.tokens().issued()).as("one refresh per try, not a loop").isEqualTo(3);
  }

  @Test
  void testScoresWaitWhileTheLmsRefusesTheToolATokenAndArriveOnceItGivesOne() {
    Course course = moodleCourse();
    course.tokens().refuseNext(2); // Moodle's 400 invalid_client, as when it cannot fetch the tool's key set
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));

    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    assertThat(course.tokens().requests()).extracting(TokenEndpoint.Request::status).containsExactly(400, 400, 200);
    assertThat(course.scores().of(ana.sub())).extracting(ScoresEndpoint.Received::status).containsExactly(200);
  }

  @Test
  void testInstructorSeesWhyAScoreIsStillWaiting() {
    Course course = moodleCourse();
    course.tokens().refuseNext(6);
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");

    work.lessonDone(work.lessons().get(0));

    Element waiting = eventually(() -> deliveryCell(course, "Ana García", teacher), c -> c.text().contains("el LMS respondió"));
    assertThat(waiting.text()).contains("Pendiente").contains("access token").contains("invalid_client");
    assertThat(waiting.select("form")).as("no retry button: it is retried by itself").isEmpty();
    eventually(() -> deliveryCell(course, "Ana García", teacher), c -> c.text().contains("Entregada"));
  }

  @Test
  void testMoodleWithAClockBehindTheToolsGivesATokenAtOnce() {
    Course course = moodleCourse();
    course.tokens().clockBehind(Duration.ofSeconds(2)); // Moodle checks iat with no leeway
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));

    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    assertThat(course.tokens().requests()).extracting(TokenEndpoint.Request::status).containsExactly(200);
  }

  @Test
  void testAScoreThatNeverWentOutIsNotTakenForArrivedByAConflict() {
    Course course = moodleCourse();
    course.tokens().refuseNext(1); // the first try ends before the POST
    course.scores().answerNext(409); // then Moodle holds a later timestamp (a teacher's edit)
    assertFirstScoreArrivesAfterAConflictWithANewerTimestamp(course);
  }

  @Test
  void testMoodleConflictOnAFirstTryGetsANewerTimestamp() {
    Course course = moodleCourse();
    course.scores().answerNext(409);
    assertFirstScoreArrivesAfterAConflictWithANewerTimestamp(course);
  }

  @Test
  void testAClassStartingTogetherGetsEveryProgressAndScore() throws Exception {
    Course course = moodleCourse();
    List<LmsUser> learners = new ArrayList<>();
    List<CourseWork> works = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      LmsUser learner = course.platform().newLearner("Aprendiz", "Número " + i);
      learners.add(learner);
      works.add(new CourseWork(api, answerKey, CLOUD, launch(course.platform(), learner, course.placement()).token()));
    }
    long firstLesson = works.get(0).lessons().get(0);

    // Every learner's first score opens a new score stream on the same line item at the same moment:
    // on InnoDB under REPEATABLE READ, locking the missing rows deadlocked and learners got 409s.
    allAtOnce(works, firstLesson);

    for (LmsUser learner : learners) {
      ScoresEndpoint.Received stored = eventually(() -> course.scores().stored(learner.sub()), r -> r != null);
      assertThat(stored.activityProgress()).isEqualTo("Started");
    }
  }

  @Test
  void testAnLmsAnsweringSlowlyHoldsOnlyItsShareOfTheDeliveriesAndOtherLmssKeepGettingGrades() throws Exception {
    Course slow = moodleCourse();
    Course other = moodleCourse();
    slow.scores().slow = Duration.ofSeconds(3);
    List<CourseWork> works = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      LmsUser learner = slow.platform().newLearner("Aprendiz", "Número " + i);
      works.add(new CourseWork(api, answerKey, CLOUD, launch(slow.platform(), learner, slow.placement()).token()));
    }
    LmsUser ana = other.platform().newLearner("Ana", "García");
    var anaWork = new CourseWork(api, answerKey, CLOUD, launch(other.platform(), ana, other.placement()).token());
    long firstLesson = works.get(0).lessons().get(0);

    // 24 scores to the slow LMS at once: more than one LMS may have with the workers (16 of 32).
    allAtOnce(works, firstLesson);
    eventually(() -> slow.scores().mostInFlight(), n -> n >= 16);
    Instant committed = Instant.now();
    anaWork.lessonDone(anaWork.lessons().get(0));

    ScoresEndpoint.Received anas = eventually(() -> other.scores().stored(ana.sub()), r -> r != null);
    assertThat(anas.at()).as("the other LMS's grade did not wait behind the slow LMS's (3 s each)")
        .isBefore(committed.plusMillis(2800));
    eventually(
        () -> slow.scores().received().stream().filter(r -> r.status() == 200).map(ScoresEndpoint.Received::userId)
            .distinct().count(),
        n -> n == works.size());
    assertThat(slow.scores().mostInFlight()).as("never more than 16 of the slow LMS's at once").isEqualTo(16);
  }

  // ---------------------------------------------------------------- helpers

  /** Every learner marks the lesson done at the same moment, each from a thread of their own. */
  private static void allAtOnce(List<CourseWork> works, long lesson) throws Exception {
    var pool = Executors.newFixedThreadPool(works.size());
    try {
      var start = new CountDownLatch(1);
      List<Future<JsonObject>> answers = new ArrayList<>();
      for (CourseWork work : works) {
        answers.add(pool.submit(() -> {
          start.await();
          return work.lessonDone(lesson);
        }));
      }
      start.countDown();
      for (var answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Visit launch(SimulatedPlatform lms, LmsUser user, Placement placement) {
    var browser = new Browser();
    LaunchFlow flow = browser.launch(lms, user, placement);
    Page landing = flow.landing();
    assertThat(landing).as("%s", flow.lastPage()).isNotNull();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    String token = launchToken(landing);
    assertThat(token).isNotBlank();
    return new Visit(browser, landing, token);
  }

  /** A Canvas assignment for the course that allows one attempt, and a learner who opened it. */
  private record OneAttempt(Gradebook gradebook, LineItem item, LmsUser ann, CourseWork work) {}

  private OneAttempt assignmentWithOneAttempt(SimulatedPlatform canvas) {
    Placement placement = canvas.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = canvas.gradebook(placement);
    LmsUser ann = canvas.newLearner("Ann", "Smith");
    var work = new CourseWork(api, answerKey, CLOUD, launch(canvas, ann, placement).token());
    LineItem item = gradebook.lineItem(placement);
    gradebook.allowAttempts(item, 1);
    return new OneAttempt(gradebook, item, ann, work);
  }

  /** A Canvas course with an assignment and a course-menu link to the tool (a module item), and a learner. */
  private record CanvasCourse(SimulatedPlatform canvas, Placement assignment, Placement menu, Gradebook gradebook, LmsUser ann) {}

  /** @param namesCourse whether the assignment names its course ({@code course} custom parameter) or shows the catalog */
  private CanvasCourse canvasAssignmentAndMenu(boolean namesCourse) {
    SimulatedPlatform canvas = registeredServingTokens(simulator.canvas(tool));
    Placement placement = canvas.newPlacement();
    Placement assignment = (namesCourse ? placement.withCustom("course", CLOUD) : placement).withGradeService();
    Gradebook gradebook = canvas.gradebook(assignment);
    Placement menu = assignment.withResourceLink(java.util.UUID.randomUUID().toString(), "Conecta Empleo");
    gradebook.moduleItem(menu);
    return new CanvasCourse(canvas, assignment, menu, gradebook, canvas.newLearner("Ann", "Smith"));
  }

  /** Waits until exactly one column of the gradebook holds the learner's grade. */
  private static void awaitOneGradedColumn(Gradebook gradebook, LmsUser learner) {
    eventually(
        () -> gradebook.lineItems().stream().map(column -> gradebook.grade(column, learner)).flatMap(Optional::stream).toList(),
        grades -> grades.size() == 1);
  }

  /** A launch of a placement that names no course, and the learner's pick in the catalog: the course page's token. */
  private static String picked(SimulatedPlatform lms, LmsUser user, Placement placement, String code) {
    var browser = new Browser();
    Page catalog = browser.launch(lms, user, placement).landing();
    assertThat(catalog.uri().getPath()).isEqualTo("/learn/catalog");
    Page course = browser.follow(browser.submit(catalogForm(catalog, code)));
    assertThat(course.status()).as("%s", course).isEqualTo(200);
    return launchToken(course);
  }

  /** A new learner's first lesson: Moodle answers 409 once, the score then arrives with a later timestamp. */
  private void assertFirstScoreArrivesAfterAConflictWithANewerTimestamp(Course course) {
    LmsUser ana = course.platform().newLearner("Ana", "García");
    var work = new CourseWork(api, answerKey, CLOUD, launch(course.platform(), ana, course.placement()).token());

    work.lessonDone(work.lessons().get(0));

    eventually(() -> course.scores().stored(ana.sub()), r -> r != null);
    List<ScoresEndpoint.Received> history = course.scores().of(ana.sub());
    assertThat(history).extracting(ScoresEndpoint.Received::status).containsExactly(409, 200);
    assertThat(history.get(1).timestamp()).isGreaterThan(history.get(0).timestamp());
  }

  /**
   * An activity of the cloud course with grades, holding its own grade item and a teacher's: Moodle
   * then names no line item in the launch, and the tool finds or creates its own.
   */
  private static Placement activityWithTwoGradeItems(SimulatedPlatform moodle) {
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    gradebook.lineItem(placement);
    gradebook.addLineItem("Participación", 10, placement, "teacher");
    return placement;
  }

  /** A Moodle course with the tool placed and grades on, whose gradebook the test reads. */
  private record MoodleGradebook(SimulatedPlatform platform, Placement placement, Gradebook gradebook, LineItem item) {}

  private MoodleGradebook moodleGradebook() {
    SimulatedPlatform moodle = registeredServingTokens(simulator.moodle(tool));
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    return new MoodleGradebook(moodle, placement, gradebook, gradebook.lineItem(placement));
  }

  private Course moodleCourse() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    TokenEndpoint tokens = moodle.serveTokens(URI.create(base + "/.well-known/jwks.json"));
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withGradeService();
    return new Course(moodle, placement, tokens, ScoresEndpoint.moodle(moodle, tokens, placement));
  }

  private Page instructorPage(Course course, LmsUser teacher) {
    var browser = new Browser();
    Page landing = browser.launch(course.platform(), teacher, course.placement()).landing();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    Page page = browser.get(landing.uri().resolve(landing.document().select("a[href^=/instructor]").attr("href")));
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page;
  }

  private Element deliveryCell(Course course, String learner) {
    return deliveryCell(course, learner, course.platform().newInstructor("Marta", "Sanz"));
  }

  /** The delivery column of a learner's row on the instructor page. */
  private Element deliveryCell(Course course, String learner, LmsUser teacher) {
    Page page = instructorPage(course, teacher);
    for (Element row : page.document().select("tbody tr")) {
      if (row.selectFirst("th").text().startsWith(learner)) {
        return row.select("td").last();
      }
    }
    return new Element("td");
  }

}
