package es.conectaempleo.lti.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Learning progress end to end: people launch from simulated Moodle and Canvas courses, then read
 * and record progress through the learning API (launch token as bearer) and through the plain HTML
 * pages, as a browser without scripts would. The tool runs with its real database; every test
 * registers its own platform and people. Right answers come from the seed ({@link AnswerKey}).
 */
class LearningIT extends LearningSystemTest {
  /** 3 modules, pass mark 50, 15 h. */
  private static final String CLOUD = "nube";
  /** 4 modules, pass mark 50: two perfect quizzes of four make exactly the pass mark. */
  private static final String MARKETING = "marketing-digital";
  private static final String CATALOG_CODES =
      "programacion videojuegos iot wordpress word excel html-css ciberseguridad datos nube marketing-digital empleo-digital";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** A simulated platform and the id the tool registered it under. */
  private record Lms(SimulatedPlatform platform, long id) {
    Placement course(String code) {
      return platform.newPlacement().withCustom("course", code);
    }
  }

  /** A person inside the tool after a launch: the page they landed on and its launch token. */
  private record Visit(Browser browser, Page page, String token) {}

  // ---------------------------------------------------------------- the outline

  @Test
  void testOutlineShowsCourseContentAndNoProgressAfterLaunch() {
    Lms moodle = moodle();
    LmsUser learner = moodle.platform().newLearner("Ana", "García");
    Visit ana = launch(moodle, learner, moodle.course(CLOUD));

    JsonObject outline = outline(CLOUD, ana.token());

    assertThat(outline.getString("code")).isEqualTo(CLOUD);
    assertThat(outline.getString("title")).isEqualTo("Trabajar en la nube");
    assertThat(outline.getInt("hours")).isEqualTo(15);
    assertThat(outline.getInt("passMark")).isEqualTo(50);
    JsonObject enrollment = outline.getJsonObject("enrollment");
    assertThat(enrollment.getInt("attempt")).isEqualTo(1);
    assertThat(enrollment.getString("state")).isEqualTo("enrolled");
    assertThat(enrollment.getInt("lessonsDone")).isZero();
    assertThat(enrollment.getInt("quizzesDone")).isZero();
    assertThat(enrollment.getInt("minutesDone")).isZero();
    assertThat(instant(enrollment, "enrolledAt")).isNotNull();
    assertThat(absent(enrollment, "courseScore")).isTrue();
    assertThat(absent(enrollment, "startedAt")).isTrue();
    assertThat(absent(enrollment, "completedAt")).isTrue();
    assertThat(absent(enrollment, "approvedAt")).isTrue();

    List<JsonObject> modules = objects(outline, "modules");
    assertThat(modules).hasSize(3);
    for (JsonObject module : modules) {
      assertThat(module.getString("title")).isNotBlank();
      assertThat(objects(module, "lessons")).isNotEmpty().allSatisfy(lesson -> {
        assertThat(lesson.getJsonNumber("id").longValue()).isPositive();
        assertThat(lesson.getString("title")).isNotBlank();
        assertThat(lesson.getInt("minutes")).isPositive();
        assertThat(lesson.getBoolean("done")).isFalse();
      });
      JsonObject quiz = module.getJsonObject("quiz");
      assertThat(quiz.getInt("questions")).isBetween(3, 5);
      assertThat(quiz.getInt("attempts")).isZero();
      assertThat(absent(quiz, "bestScore")).isTrue();
    }
    assertThat(lessons(outline).stream().mapToInt(l -> l.getInt("minutes")).sum()).isEqualTo(15 * 60);
    assertThat(admin.enrollments(moodle.id(), learner.sub())).singleElement()
        .satisfies(e -> assertThat(Instant.parse(e.getString("enrolledAt"))).isEqualTo(instant(enrollment, "enrolledAt")));
  }

  @Test
  void testOutlineInTheLanguageOfTheLaunch() {
    Lms canvas = canvas();
    Visit ann = launch(canvas, canvas.platform().newLearner("Ann", "Smith"), canvas.course(CLOUD));

    JsonObject outline = outline(CLOUD, ann.token());

    assertThat(outline.getString("title")).isEqualTo("Working in the cloud");
    assertThat(objects(outline, "modules").get(0).getString("title"))
        .isEqualTo(catalogCourse(CLOUD).getJsonArray("modules").getJsonObject(0).getJsonObject("title").getString("en"));
  }

  @Test
  void testUnknownCourseNotFound() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));

    assertProblem(api.get("/api/learning/courses/no-such-course", ana.token()), 404);
    assertProblem(api.get("/api/learning/lessons/999999", ana.token()), 404);
    assertProblem(api.post("/api/learning/lessons/999999/done", ana.token(), null), 404);
    assertProblem(api.get("/api/learning/quizzes/999999", ana.token()), 404);
  }

  // ---------------------------------------------------------------- lessons

  @Test
  void testLessonDoneTwiceCountsOnce() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject lesson = lessons(outline(CLOUD, ana.token())).get(0);
    long id = id(lesson);

    JsonObject first = lessonDone(id, ana.token());
    JsonObject second = lessonDone(id, ana.token());

    for (JsonObject after : List.of(first, second)) {
      JsonObject enrollment = after.getJsonObject("enrollment");
      assertThat(enrollment.getString("state")).isEqualTo("started");
      assertThat(enrollment.getInt("lessonsDone")).isEqualTo(1);
      assertThat(enrollment.getInt("minutesDone")).isEqualTo(lesson.getInt("minutes"));
      assertThat(lessons(after)).filteredOn(l -> l.getBoolean("done")).extracting(LearningIT::id).containsExactly(id);
    }
    assertThat(instant(second.getJsonObject("enrollment"), "startedAt"))
        .isEqualTo(instant(first.getJsonObject("enrollment"), "startedAt"));
    JsonObject read = api.get("/api/learning/lessons/" + id, ana.token()).json();
    assertThat(read.getBoolean("done")).isTrue();
    assertThat(read.getString("courseCode")).isEqualTo(CLOUD);
    assertThat(read.getString("title")).isEqualTo(lesson.getString("title"));
    assertThat(read.getInt("minutes")).isEqualTo(lesson.getInt("minutes"));
    assertThat(read.getString("body")).hasSizeGreaterThan(200);
  }

  @Test
  void testConcurrentDoubleSubmitRecordsOnce() throws Exception {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject lesson = lessons(outline(CLOUD, ana.token())).get(0);

    List<LearningApi.Reply> replies = concurrently(8, () -> api.post("/api/learning/lessons/" + id(lesson) + "/done", ana.token(), null));

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isEqualTo(200));
    JsonObject enrollment = outline(CLOUD, ana.token()).getJsonObject("enrollment");
    assertThat(enrollment.getInt("lessonsDone")).isEqualTo(1);
    assertThat(enrollment.getInt("minutesDone")).isEqualTo(lesson.getInt("minutes"));
  }

  /** Two tabs (or the page's script and its fallback form) record different things at once: nothing is lost. */
  @Test
  void testConcurrentActivityOfOneLearnerAllCounts() throws Exception {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject outline = outline(CLOUD, ana.token());
    List<JsonObject> lessons = lessons(outline);
    long quiz = id(quizzes(outline).get(0));
    Map<Long, Long> right = rightAnswers(quiz, ana.token());

    List<Callable<LearningApi.Reply>> calls = new ArrayList<>();
    for (JsonObject lesson : lessons) {
      calls.add(() -> api.post("/api/learning/lessons/" + id(lesson) + "/done", ana.token(), null));
    }
    for (int i = 0; i < 3; i++) {
      calls.add(() -> api.post("/api/learning/quizzes/" + quiz + "/attempts", ana.token(), LearningApi.answers(right)));
    }
    List<LearningApi.Reply> replies = concurrently(calls);

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isIn(200, 201));
    assertThat(replies).filteredOn(r -> r.status() == 201).extracting(r -> r.json().getInt("attemptNo"))
        .containsExactlyInAnyOrder(1, 2, 3);
    JsonObject after = outline(CLOUD, ana.token());
    JsonObject enrollment = after.getJsonObject("enrollment");
    assertThat(enrollment.getInt("lessonsDone")).isEqualTo(lessons.size());
    assertThat(enrollment.getInt("minutesDone")).isEqualTo(15 * 60);
    assertThat(enrollment.getInt("quizzesDone")).isEqualTo(1);
    assertThat(quizzes(after).get(0).getInt("attempts")).isEqualTo(3);
  }

  // ---------------------------------------------------------------- quizzes

  @Test
  void testQuizAttemptsGradedNumberedAndBestCounts() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    long quiz = id(quizzes(outline(CLOUD, ana.token())).get(0));

    JsonObject content = api.get("/api/learning/quizzes/" + quiz, ana.token()).json();
    assertThat(content.getJsonNumber("id").longValue()).isEqualTo(quiz);
    assertThat(content.getString("courseCode")).isEqualTo(CLOUD);
    assertThat(objects(content, "questions")).isNotEmpty().allSatisfy(question -> {
      assertThat(question.getString("prompt")).isNotBlank();
      assertThat(objects(question, "options")).hasSizeBetween(3, 4)
          .allSatisfy(option -> assertThat(option.keySet()).as("never which option is right").containsOnly("id", "text"));
    });
    int total = objects(content, "questions").size();

    JsonObject wrong = submit(quiz, ana.token(), wrongAnswers(quiz, ana.token()));
    assertThat(wrong.getInt("attemptNo")).isEqualTo(1);
    assertThat(wrong.getInt("correct")).isZero();
    assertThat(wrong.getInt("total")).isEqualTo(total);
    assertThat(score(wrong, "score")).isEqualByComparingTo("0");
    assertThat(objects(wrong, "answers")).hasSize(total).allSatisfy(answer -> {
      long question = answer.getJsonNumber("questionId").longValue();
      assertThat(answer.getBoolean("correct")).isFalse();
      assertThat(answer.getJsonNumber("correctOptionId").longValue()).isEqualTo(answerKey.right(question));
      assertThat(answer.getJsonNumber("chosenOptionId").longValue()).isNotEqualTo(answerKey.right(question));
      assertThat(answer.getString("explanation")).isNotBlank();
    });
    assertThat(wrong.getJsonObject("enrollment").getString("state")).isEqualTo("started");
    assertThat(score(wrong.getJsonObject("enrollment"), "courseScore")).isEqualByComparingTo("0");

    JsonObject right = submit(quiz, ana.token(), rightAnswers(quiz, ana.token()));
    assertThat(right.getInt("attemptNo")).isEqualTo(2);
    assertThat(right.getInt("correct")).isEqualTo(total);
    assertThat(score(right, "score")).isEqualByComparingTo("100");
    assertThat(objects(right, "answers")).allSatisfy(answer -> assertThat(answer.getBoolean("correct")).isTrue());
    assertThat(score(right.getJsonObject("enrollment"), "courseScore")).isEqualByComparingTo("33.33");

    JsonObject worse = submit(quiz, ana.token(), answersWithWrong(quiz, ana.token(), 1));
    assertThat(worse.getInt("attemptNo")).isEqualTo(3);
    assertThat(score(worse, "score")).isEqualByComparingTo(quizScore(total - 1, total));
    assertThat(score(worse.getJsonObject("enrollment"), "courseScore")).as("the best attempt counts").isEqualByComparingTo("33.33");

    JsonObject after = quizzes(outline(CLOUD, ana.token())).get(0);
    assertThat(after.getInt("attempts")).isEqualTo(3);
    assertThat(score(after, "bestScore")).isEqualByComparingTo("100");
  }

  @Test
  void testInvalidSubmissionRejected() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    List<JsonObject> quizzes = quizzes(outline(CLOUD, ana.token()));
    long quiz = id(quizzes.get(0));
    long otherQuiz = id(quizzes.get(1));
    String path = "/api/learning/quizzes/" + quiz + "/attempts";
    Map<Long, Long> right = rightAnswers(quiz, ana.token());
    List<Long> questions = new ArrayList<>(right.keySet());

    var unanswered = new LinkedHashMap<>(right);
    unanswered.remove(questions.get(0));
    assertProblem(api.post(path, ana.token(), LearningApi.answers(unanswered)), 400);

    var foreignOption = new LinkedHashMap<>(right);
    foreignOption.put(questions.get(0), right.get(questions.get(1))); // an option of another question
    assertProblem(api.post(path, ana.token(), LearningApi.answers(foreignOption)), 400);

    var otherQuizOption = new LinkedHashMap<>(right);
    Map<Long, Long> other = rightAnswers(otherQuiz, ana.token());
    otherQuizOption.put(questions.get(0), other.values().iterator().next());
    assertProblem(api.post(path, ana.token(), LearningApi.answers(otherQuizOption)), 400);

    var extraQuestion = new LinkedHashMap<>(right);
    extraQuestion.putAll(other);
    assertProblem(api.post(path, ana.token(), LearningApi.answers(extraQuestion)), 400);

    assertProblem(api.post(path, ana.token(), "{\"answers\":{}}"), 400);
    assertProblem(api.post(path, ana.token(), "{}"), 400);
    assertProblem(api.post(path, ana.token(), "{\"answers\":{\"" + questions.get(0) + "\":\"first\"}}"), 400);
    assertProblem(api.post(path, ana.token(), "{\"answers\":"), 400);
    assertProblem(api.post(path, ana.token(), null), 400);
    assertProblem(api.post("/api/learning/quizzes/999999/attempts", ana.token(), LearningApi.answers(right)), 404);

    JsonObject after = outline(CLOUD, ana.token());
    assertThat(after.getJsonObject("enrollment").getString("state")).as("nothing recorded").isEqualTo("enrolled");
    assertThat(quizzes(after)).allSatisfy(q -> assertThat(q.getInt("attempts")).isZero());
  }

  // ---------------------------------------------------------------- enrollment states

  @Test
  void testStatesMoveForwardWithTheirTimes() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject outline = outline(CLOUD, ana.token());
    Instant enrolledAt = instant(outline.getJsonObject("enrollment"), "enrolledAt");
    List<JsonObject> lessons = lessons(outline);
    List<JsonObject> quizzes = quizzes(outline);

    int minutes = 0;
    JsonObject enrollment = null;
    for (JsonObject lesson : lessons) {
      enrollment = lessonDone(id(lesson), ana.token()).getJsonObject("enrollment");
      minutes += lesson.getInt("minutes");
      assertThat(enrollment.getInt("minutesDone")).isEqualTo(minutes);
      assertThat(enrollment.getString("state")).as("lessons alone do not complete").isEqualTo("started");
    }
    Instant startedAt = instant(enrollment, "startedAt");
    assertThat(startedAt).isAfterOrEqualTo(enrolledAt);
    assertThat(minutes).isEqualTo(15 * 60);

    for (JsonObject quiz : quizzes.subList(0, quizzes.size() - 1)) {
      enrollment = submit(id(quiz), ana.token(), rightAnswers(id(quiz), ana.token())).getJsonObject("enrollment");
      assertThat(enrollment.getString("state")).as("a quiz is missing").isEqualTo("started");
      assertThat(absent(enrollment, "completedAt")).isTrue();
    }
    long last = id(quizzes.get(quizzes.size() - 1));
    enrollment = submit(last, ana.token(), rightAnswers(last, ana.token())).getJsonObject("enrollment");

    assertThat(enrollment.getString("state")).isEqualTo("approved");
    assertThat(score(enrollment, "courseScore")).isEqualByComparingTo("100");
    assertThat(enrollment.getInt("lessonsDone")).isEqualTo(lessons.size());
    assertThat(enrollment.getInt("quizzesDone")).isEqualTo(quizzes.size());
    assertThat(instant(enrollment, "startedAt")).isEqualTo(startedAt);
    assertThat(instant(enrollment, "completedAt")).isAfterOrEqualTo(startedAt);
    assertThat(instant(enrollment, "approvedAt")).isEqualTo(instant(enrollment, "completedAt"));
    Instant approvedAt = instant(enrollment, "approvedAt");
    assertThat(admin.enrollments(Map.of("platformId", "" + moodle.id(), "course", CLOUD)))
        .singleElement().satisfies(e -> {
          assertThat(e.getString("state")).isEqualTo("approved");
          assertThat(Instant.parse(e.getString("approvedAt"))).isEqualTo(approvedAt);
        });
  }

  @Test
  void testCompletedBelowPassMarkThenApprovedAfterBetterRetry() {
    Lms canvas = canvas();
    Visit ann = launch(canvas, canvas.platform().newLearner("Ann", "Smith"), canvas.course(MARKETING));
    JsonObject outline = outline(MARKETING, ann.token());
    assertThat(outline.getInt("passMark")).isEqualTo(50);
    List<JsonObject> quizzes = quizzes(outline);
    assertThat(quizzes).hasSize(4);
    lessons(outline).forEach(lesson -> lessonDone(id(lesson), ann.token()));

    long q1 = id(quizzes.get(0));
    long q2 = id(quizzes.get(1));
    int q2Total = quizzes.get(1).getInt("questions");
    submit(q1, ann.token(), rightAnswers(q1, ann.token()));
    submit(q2, ann.token(), answersWithWrong(q2, ann.token(), 1));
    submit(id(quizzes.get(2)), ann.token(), wrongAnswers(id(quizzes.get(2)), ann.token()));
    JsonObject completed =
        submit(id(quizzes.get(3)), ann.token(), wrongAnswers(id(quizzes.get(3)), ann.token())).getJsonObject("enrollment");

    BigDecimal below = courseScore(new BigDecimal(100), quizScore(q2Total - 1, q2Total), BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(below).isLessThan(new BigDecimal(50));
    assertThat(completed.getString("state")).isEqualTo("completed");
    assertThat(score(completed, "courseScore")).isEqualByComparingTo(below);
    assertThat(absent(completed, "approvedAt")).isTrue();
    Page page = ann.browser().get(URI.create(base + "/learn/courses/" + MARKETING + "?lt=" + ann.token()));
    assertThat(page.document().select("[role=status]").text()).contains("50");
    assertThat(page.document().select(".state").attr("class")).contains("state-completed");

    JsonObject retried = submit(q2, ann.token(), rightAnswers(q2, ann.token()));
    assertThat(retried.getInt("attemptNo")).isEqualTo(2);
    JsonObject approved = retried.getJsonObject("enrollment");
    assertThat(approved.getString("state")).as("exactly the pass mark approves").isEqualTo("approved");
    assertThat(score(approved, "courseScore")).isEqualByComparingTo("50.00");
    assertThat(instant(approved, "completedAt")).isEqualTo(instant(completed, "completedAt"));
    assertThat(instant(approved, "approvedAt")).isAfterOrEqualTo(instant(completed, "completedAt"));
  }

  // ---------------------------------------------------------------- repeating a course

  @Test
  void testRepeatFinishedCourseStartsAttemptTwo() throws Exception {
    Lms moodle = moodle();
    LmsUser learner = moodle.platform().newLearner("Ana", "García");
    Placement placement = moodle.course(CLOUD);
    Visit ana = launch(moodle, learner, placement);
    assertProblem(api.post("/api/learning/courses/" + CLOUD + "/attempts", ana.token(), null), 409);

    finishCourse(CLOUD, ana.token());
    List<LearningApi.Reply> repeats = concurrently(3, () -> api.post("/api/learning/courses/" + CLOUD + "/attempts", ana.token(), null));

    assertThat(repeats).as("a double click starts one attempt").filteredOn(r -> r.status() == 201).hasSize(1);
    repeats.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 409));
    JsonObject fresh = repeats.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json();
    JsonObject enrollment = fresh.getJsonObject("enrollment");
    assertThat(enrollment.getInt("attempt")).isEqualTo(2);
    assertThat(enrollment.getString("state")).isEqualTo("enrolled");
    assertThat(enrollment.getInt("lessonsDone")).isZero();
    assertThat(enrollment.getInt("minutesDone")).isZero();
    assertThat(absent(enrollment, "courseScore")).isTrue();
    assertThat(lessons(fresh)).allSatisfy(l -> assertThat(l.getBoolean("done")).isFalse());
    assertThat(quizzes(fresh)).allSatisfy(q -> assertThat(q.getInt("attempts")).isZero());
    assertProblem(api.post("/api/learning/courses/" + CLOUD + "/attempts", ana.token(), null), 409);

    Visit again = launch(moodle, learner, placement);
    JsonObject second = lessonDone(id(lessons(outline(CLOUD, again.token())).get(0)), again.token());
    assertThat(second.getJsonObject("enrollment").getInt("attempt")).isEqualTo(2);
    assertThat(second.getJsonObject("enrollment").getString("state")).isEqualTo("started");
    assertThat(admin.enrollments(Map.of("platformId", "" + moodle.id(), "subject", learner.sub(), "course", CLOUD)))
        .extracting(e -> e.getInt("attempt") + " " + e.getString("state"))
        .containsExactly("2 started", "1 approved");

    Visit teacher = launch(moodle, moodle.platform().newInstructor("Luis", "Pérez"), placement);
    List<Element> rows = instructorRows(teacher);
    assertThat(rows).hasSize(2);
    assertThat(rows).extracting(row -> row.select("td").get(2).text()).as("the first attempt keeps its score")
        .containsExactlyInAnyOrder("100", "—");
  }

  // ---------------------------------------------------------------- who may record

  @Test
  void testStaffPreviewReadsButRecordsNothing() {
    Lms moodle = moodle();
    LmsUser teacher = moodle.platform().newInstructor("Luis", "Pérez");
    Visit luis = launch(moodle, teacher, moodle.course(CLOUD));

    JsonObject outline = outline(CLOUD, luis.token());
    assertThat(absent(outline, "enrollment")).isTrue();
    assertThat(lessons(outline)).isNotEmpty().allSatisfy(l -> assertThat(l.getBoolean("done")).isFalse());
    long lesson = id(lessons(outline).get(0));
    long quiz = id(quizzes(outline).get(0));
    assertThat(api.get("/api/learning/lessons/" + lesson, luis.token()).status()).isEqualTo(200);
    assertThat(api.get("/api/learning/quizzes/" + quiz, luis.token()).status()).isEqualTo(200);

    assertProblem(api.post("/api/learning/lessons/" + lesson + "/done", luis.token(), null), 403);
    assertProblem(api.post("/api/learning/quizzes/" + quiz + "/attempts", luis.token(), LearningApi.answers(rightAnswers(quiz, luis.token()))), 403);
    assertProblem(api.post("/api/learning/courses/" + CLOUD + "/attempts", luis.token(), null), 403);
    assertThat(admin.enrollments(moodle.id(), teacher.sub())).isEmpty();

    Page lessonPage = luis.browser().get(URI.create(base + "/learn/lessons/" + lesson + "?lt=" + luis.token()));
    assertThat(lessonPage.status()).isEqualTo(200);
    assertThat(lessonPage.forms()).as("no mark-done form for staff").isEmpty();
    Page quizPage = luis.browser().get(URI.create(base + "/learn/quizzes/" + quiz + "?lt=" + luis.token()));
    assertThat(quizPage.status()).isEqualTo(200);
    assertThat(quizPage.document().select("button[type=submit]")).isEmpty();
  }

  @Test
  void testLearnerNotEnrolledInTheCourseRefused() {
    Lms moodle = moodle();
    LmsUser learner = moodle.platform().newLearner("Ana", "García");
    Visit ana = launch(moodle, learner, moodle.course(CLOUD));
    String token = ana.token();
    JsonObject other = outline(MARKETING, token);
    assertThat(absent(other, "enrollment")).as("may look at another course, not enrolled").isTrue();
    long lesson = id(lessons(other).get(0));
    long quiz = id(quizzes(other).get(0));

    assertProblem(api.post("/api/learning/lessons/" + lesson + "/done", token, null), 403);
    assertProblem(api.post("/api/learning/quizzes/" + quiz + "/attempts", token, LearningApi.answers(rightAnswers(quiz, token))), 403);
    assertProblem(api.post("/api/learning/courses/" + MARKETING + "/attempts", token, null), 403);
    assertThat(admin.enrollments(Map.of("platformId", "" + moodle.id(), "subject", learner.sub(), "course", MARKETING))).isEmpty();
  }

  @Test
  void testLaunchTokenRequired() throws Exception {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject outline = outline(CLOUD, ana.token());
    long lesson = id(lessons(outline).get(0));
    String coursePath = "/api/learning/courses/" + CLOUD;
    String donePath = "/api/learning/lessons/" + lesson + "/done";
    String attemptsPath = "/api/learning/quizzes/" + id(quizzes(outline).get(0)) + "/attempts";

    List<String> refused = new ArrayList<>();
    refused.add(null);
    refused.add("Bearer ");
    refused.add("Bearer not-a-token");
    refused.add("Basic " + Base64.getEncoder().encodeToString("ana:secret".getBytes(StandardCharsets.UTF_8)));
    refused.add("Bearer " + withPayloadClaim(ana.token(), "\"stf\":false", "\"stf\":true"));
    refused.add("Bearer " + forged(ana.token()));
    refused.add("Bearer " + unsigned(ana.token()));
    for (String authorization : refused) {
      // the token is checked before the body is read: bad JSON or none without a token is still 401
      for (LearningApi.Reply reply :
          List.of(
              api.send("GET", coursePath, authorization, null),
              api.send("POST", donePath, authorization, null),
              api.send("POST", attemptsPath, authorization, "{\"answers\": [1,"),
              api.send("POST", attemptsPath, authorization, "{}"))) {
        assertProblem(reply, 401);
        assertThat(reply.json().getString("code")).isEqualTo("session-invalid");
        assertThat(reply.headers().firstValue("www-authenticate")).hasValue("Bearer");
      }
    }
    assertThat(outline(CLOUD, ana.token()).getJsonObject("enrollment").getInt("lessonsDone")).isZero();
  }

  /** The pages' buttons posted with no content type: read as forms, so without a token they ask for the launch. */
  @Test
  void testPageFormsPostedWithoutContentType() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    JsonObject outline = outline(CLOUD, ana.token());
    long lesson = id(lessons(outline).get(0));
    long quiz = id(quizzes(outline).get(0));

    for (String path :
        List.of(
            "/learn/lessons/" + lesson + "/done",
            "/learn/quizzes/" + quiz + "/attempts",
            "/learn/courses/" + CLOUD + "/attempts",
            "/learn/catalog/enrollments")) {
      Page page = ana.browser().postUntyped(base.resolve(path), "");
      assertThat(page.status()).as(path).isEqualTo(401);
      assertThat(page.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.body()).doesNotContain("Exception", "\tat ");
    }
    Page done = ana.browser().postUntyped(base.resolve("/learn/lessons/" + lesson + "/done"), "lt=" + ana.token());
    assertThat(done.status()).isEqualTo(303);
    assertThat(outline(CLOUD, ana.token()).getJsonObject("enrollment").getInt("lessonsDone")).isEqualTo(1);
  }

  // ---------------------------------------------------------------- the public catalog

  @Test
  void testCatalogIsPublicWithEveryCourseInBothLanguages() {
    LearningApi.Reply reply = api.get("/api/catalog", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(reply.headers().firstValue("cache-control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
    List<JsonObject> courses = reply.array().stream().map(JsonValue::asJsonObject).toList();
    assertThat(courses).extracting(c -> c.getString("code")).containsExactly(CATALOG_CODES.split(" "));
    Set<Long> ids = new HashSet<>();
    for (JsonObject course : courses) {
      String code = course.getString("code");
      assertBothLanguages(course.getJsonObject("title"), code);
      assertBothLanguages(course.getJsonObject("summary"), code);
      assertThat(course.getString("level")).isIn("basic", "intermediate");
      assertThat(course.getInt("passMark")).as(code).isBetween(50, 60);
      List<JsonObject> modules = objects(course, "modules");
      assertThat(modules).as(code).hasSizeBetween(3, 4);
      int minutes = 0;
      for (JsonObject module : modules) {
        assertThat(ids.add(id(module))).isTrue();
        assertBothLanguages(module.getJsonObject("title"), code);
        List<JsonObject> lessons = objects(module, "lessons");
        assertThat(lessons).as(code).hasSizeBetween(2, 4);
        for (JsonObject lesson : lessons) {
          assertBothLanguages(lesson.getJsonObject("title"), code);
          assertThat(lesson.getInt("minutes")).isPositive();
          minutes += lesson.getInt("minutes");
        }
        JsonObject quiz = module.getJsonObject("quiz");
        assertBothLanguages(quiz.getJsonObject("title"), code);
        assertThat(quiz.getInt("questions")).isBetween(3, 5);
      }
      assertThat(minutes).as("lesson minutes of %s add up to its hours", code).isEqualTo(course.getInt("hours") * 60);
    }
  }

  @Test
  void testCatalogAndOutlineNameTheSameContent() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(MARKETING));
    JsonObject outline = outline(MARKETING, ana.token());
    JsonObject course = catalogCourse(MARKETING);

    List<Long> catalogLessons = new ArrayList<>();
    List<Long> catalogQuizzes = new ArrayList<>();
    objects(course, "modules").forEach(m -> {
      objects(m, "lessons").forEach(l -> catalogLessons.add(id(l)));
      catalogQuizzes.add(id(m.getJsonObject("quiz")));
    });
    assertThat(lessons(outline)).extracting(LearningIT::id).containsExactlyElementsOf(catalogLessons);
    assertThat(quizzes(outline)).extracting(LearningIT::id).containsExactlyElementsOf(catalogQuizzes);
    assertThat(course.getJsonObject("title").getString("es")).isEqualTo(outline.getString("title"));
  }

  // ---------------------------------------------------------------- the pages, without scripts

  @Test
  void testCourseAndLessonPagesWithoutScripts() {
    Lms moodle = moodle();
    LmsUser learner = moodle.platform().newLearner("Ana", "García");
    Visit ana = launch(moodle, learner, moodle.course(CLOUD));
    JsonObject outline = outline(CLOUD, ana.token());
    List<JsonObject> lessons = lessons(outline);
    Page course = ana.page();

    assertThat(course.document().select("h1").text()).isEqualTo("Trabajar en la nube");
    assertThat(course.document().select(".state").attr("class")).contains("state-enrolled");
    assertThat(course.document().select("a[href^=/learn/lessons/]")).hasSize(lessons.size());
    assertThat(course.document().select("a[href^=/learn/quizzes/]")).hasSize(3);
    assertThat(course.document().select("main").text()).contains("Ana García");

    Page first = ana.browser().get(course.uri().resolve(course.document().select("a[href^=/learn/lessons/]").first().attr("href")));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(first.document().select("h1").text()).isEqualTo(lessons.get(0).getString("title"));
    assertThat(first.document().select("article.lesson-body p")).isNotEmpty();
    assertThat(launchToken(first)).isNotBlank();

    Page done = ana.browser().submit(first.forms().get(0));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location().getPath()).isEqualTo("/learn/lessons/" + id(lessons.get(1)));
    Page second = ana.browser().follow(done);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.document().select("h1").text()).isEqualTo(lessons.get(1).getString("title"));

    Page firstAgain = ana.browser().get(first.uri());
    assertThat(firstAgain.document().select(".badge-done")).isNotEmpty();
    Page courseAgain = ana.browser().get(ownAddress(course));
    assertThat(courseAgain.document().select(".state").attr("class")).contains("state-started");
    assertThat(courseAgain.document().select(".badge-done")).hasSize(1);
    assertThat(outline(CLOUD, ana.token()).getJsonObject("enrollment").getInt("lessonsDone")).isEqualTo(1);
    // The next launch is answered with the page built from the attempt that launch wrote: progress kept.
    Page relaunched = launch(moodle, learner, moodle.course(CLOUD)).page();
    assertThat(relaunched.document().select(".state").attr("class")).contains("state-started");
    assertThat(relaunched.document().select(".badge-done")).hasSize(1);
    assertThat(relaunched.document().select("main").text()).contains("Ana García");

    Page noToken = ana.browser().post(URI.create(base + "/learn/lessons/" + id(lessons.get(2)) + "/done"), Map.of());
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(outline(CLOUD, ana.token()).getJsonObject("enrollment").getInt("lessonsDone")).isEqualTo(1);
  }

  @Test
  void testQuizAndAttemptPagesWithoutScripts() {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    long quiz = id(quizzes(outline(CLOUD, ana.token())).get(0));
    Map<Long, Long> right = rightAnswers(quiz, ana.token());
    Page page = ana.browser().get(URI.create(base + "/learn/quizzes/" + quiz + "?lt=" + ana.token()));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("fieldset.question")).hasSize(right.size());
    for (long question : right.keySet()) {
      assertThat(page.document().select("input[type=radio][name=q" + question + "]")).hasSizeBetween(3, 4);
      assertThat(page.document().select("label[for=o" + right.get(question) + "]")).hasSize(1);
    }
    var form = page.forms().get(0);

    Page unanswered = ana.browser().submit(form);
    assertThat(unanswered.status()).isEqualTo(400);
    assertThat(unanswered.document().select("[role=alert]").text()).contains("Responde todas las preguntas");
    assertThat(unanswered.document().select("fieldset.question")).hasSize(right.size());

    var answered = form;
    for (var answer : right.entrySet()) {
      answered = answered.with("q" + answer.getKey(), Long.toString(answer.getValue()));
    }
    Page sent = ana.browser().submit(answered);
    assertThat(sent.status()).isEqualTo(303);
    assertThat(sent.location().getPath()).matches("/learn/quizzes/" + quiz + "/attempts/\\d+");
    Page review = ana.browser().follow(sent);
    assertThat(review.status()).isEqualTo(200);
    assertThat(review.document().select("[role=status] .lead").text())
        .isEqualTo("Has acertado " + right.size() + " de " + right.size() + ": 100 de 100.");
    assertThat(review.document().select("ol.review li.answer-right")).hasSize(right.size());

    var oneWrong = answered;
    Map<Long, Long> wrong = wrongAnswers(quiz, ana.token());
    long firstQuestion = right.keySet().iterator().next();
    oneWrong = oneWrong.with("q" + firstQuestion, Long.toString(wrong.get(firstQuestion)));
    Page secondReview = ana.browser().follow(ana.browser().submit(oneWrong));
    assertThat(secondReview.document().select("[role=status]").text()).contains("Intento número 2");
    assertThat(secondReview.document().select("ol.review li.answer-wrong")).hasSize(1);
    assertThat(secondReview.document().select("ol.review li.answer-wrong").text()).contains("Respuesta correcta:");

    String otherLearnersReview = secondReview.uri().getPath();
    Visit eve = launch(moodle, moodle.platform().newLearner("Eva", "Mallory"), moodle.course(CLOUD));
    assertThat(eve.browser().get(URI.create(base + otherLearnersReview + "?lt=" + eve.token())).status())
        .as("another learner's attempt").isEqualTo(404);

    Page course = ana.browser().get(URI.create(base + "/learn/courses/" + CLOUD + "?lt=" + ana.token()));
    assertThat(course.document().select(".badge-done").text()).contains("Mejor nota: 100");
    JsonObject after = quizzes(outline(CLOUD, ana.token())).get(0);
    assertThat(after.getInt("attempts")).isEqualTo(2);
  }

  @Test
  void testOpenPageRenewsItsToken() throws Exception {
    Lms moodle = moodle();
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), moodle.course(CLOUD));
    Thread.sleep(1100); // a token issued in the same second would be the same

    LearningApi.Reply renewed = api.post("/api/learning/session", ana.token(), null);

    assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
    String token = renewed.json().getString("token");
    assertThat(token).isNotEqualTo(ana.token());
    assertThat(java.time.Instant.parse(renewed.json().getString("expiresAt"))).isAfter(java.time.Instant.now().plusSeconds(60 * 100));
    assertThat(api.get("/api/learning/courses/" + CLOUD, token).status()).isEqualTo(200);
    assertProblem(api.post("/api/learning/session", "not-a-token", null), 401);
  }

  @Test
  void testResultOfAnEarlierAttemptStaysReadableAfterARepeat() {
    Lms moodle = moodle();
    LmsUser learner = moodle.platform().newLearner("Pilar", "Ortiz");
    Visit pilar = launch(moodle, learner, moodle.course(CLOUD));
    long quiz = id(quizzes(outline(CLOUD, pilar.token())).get(0));
    long attempt = submit(quiz, pilar.token(), rightAnswers(quiz, pilar.token())).getJsonNumber("attemptId").longValue();
    finishCourse(CLOUD, pilar.token());
    assertThat(api.post("/api/learning/courses/" + CLOUD + "/attempts", pilar.token(), null).status()).isEqualTo(201);

    Page back = pilar.browser().get(URI.create(base + "/learn/quizzes/" + quiz + "/attempts/" + attempt + "?lt=" + pilar.token()));

    assertThat(back.status()).as("the back button after repeating the course").isEqualTo(200);
    assertThat(back.document().select(".notice").text()).contains("100");
    Visit other = launch(moodle, moodle.platform().newLearner("Otro", "Más"), moodle.course(CLOUD));
    assertThat(other.browser().get(URI.create(base + "/learn/quizzes/" + quiz + "/attempts/" + attempt + "?lt=" + other.token())).status())
        .as("still nobody else's").isEqualTo(404);
  }

  @Test
  void testRepeatFormWithoutScripts() {
    Lms canvas = canvas();
    LmsUser learner = canvas.platform().newLearner("Ann", "Smith");
    Visit ann = launch(canvas, learner, canvas.course(CLOUD));
    finishCourse(CLOUD, ann.token());
    Page course = ann.browser().get(URI.create(base + "/learn/courses/" + CLOUD + "?lt=" + ann.token()));
    assertThat(course.document().select(".state").attr("class")).contains("state-approved");
    var repeat = course.forms().stream().filter(f -> f.action().getPath().endsWith("/attempts")).findFirst().orElseThrow();

    Page sent = ann.browser().submit(repeat);

    assertThat(sent.status()).isEqualTo(303);
    Page fresh = ann.browser().follow(sent);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.document().select(".state").attr("class")).contains("state-enrolled");
    assertThat(fresh.document().select(".facts").text()).contains("(attempt 2)");
    Page again = ann.browser().submit(repeat);
    assertThat(again.status()).as("a second click shows the attempt it started, not an error").isEqualTo(303);
    Page still = ann.browser().follow(again);
    assertThat(still.document().select(".facts").text()).contains("(attempt 2)");
    assertThat(admin.enrollments(Map.of("platformId", "" + canvas.id(), "subject", learner.sub(), "course", CLOUD)))
        .as("one new attempt").hasSize(2);
  }

  // ---------------------------------------------------------------- the instructor page

  @Test
  void testInstructorSeesTheLearnersOfTheirLmsCourse() {
    Lms moodle = moodle();
    Placement course = moodle.course(CLOUD);
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), course);
    Visit luis = launch(moodle, moodle.platform().newLearner("Luis", "Martín"), course);
    launch(moodle, moodle.platform().newLearner("Eva", "López"), course);
    finishCourse(CLOUD, ana.token());
    JsonObject firstLesson = lessons(outline(CLOUD, luis.token())).get(0);
    lessonDone(id(firstLesson), luis.token());
    Placement otherCourse = moodle.course(CLOUD);
    Visit zoe = launch(moodle, moodle.platform().newLearner("Zoe", "Ruiz"), otherCourse);

    Visit teacher = launch(moodle, moodle.platform().newInstructor("Marta", "Sanz"), course);
    Page coursePage = teacher.page();
    String link = coursePage.document().select("a[href^=/instructor]").attr("href");
    Page page = teacher.browser().get(coursePage.uri().resolve(link));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("h1").text()).isEqualTo("Progreso y notas del grupo");
    assertThat(page.document().select(".lead").text()).isEqualTo(course.contextTitle());
    Map<String, Element> rows = byLearner(page);
    assertThat(rows).containsOnlyKeys("Ana García", "Luis Martín", "Eva López");
    assertRow(rows.get("Ana García"), "approved", "100", "15,0");
    assertRow(rows.get("Luis Martín"), "started", "—", String.format(java.util.Locale.forLanguageTag("es"), "%.1f", firstLesson.getInt("minutes") / 60.0));
    assertRow(rows.get("Eva López"), "enrolled", "—", "0,0");
    assertThat(rows.get("Ana García").select("th").text()).contains("@moodle.example.org");
    assertThat(page.document().select(".facts").text()).contains("Personas 3", "Empezado 2", "Terminado 1", "Aprobado 1");

    Visit otherTeacher = launch(moodle, moodle.platform().newInstructor("Pablo", "Gil"), otherCourse);
    assertThat(byLearner(otherTeacher.browser().get(URI.create(base + "/instructor?lt=" + otherTeacher.token()))))
        .containsOnlyKeys("Zoe Ruiz");

    Page asLearner = zoe.browser().get(URI.create(base + "/instructor?lt=" + zoe.token()));
    assertThat(asLearner.status()).isEqualTo(403);
    assertThat(asLearner.body()).doesNotContain("Ana García", "Zoe Ruiz");
    assertThat(teacher.browser().get(URI.create(base + "/instructor")).status()).isEqualTo(401);
    assertThat(teacher.browser().get(URI.create(base + "/instructor?lt=" + withPayloadClaim(zoe.token(), "\"stf\":false", "\"stf\":true"))).status())
        .isEqualTo(401);
  }

  /** The totals count people: a learner who passed and started the course again is one passed, one started. */
  @Test
  void testInstructorTotalsCountPeopleNotAttempts() {
    Lms moodle = moodle();
    Placement course = moodle.course(CLOUD);
    Visit ana = launch(moodle, moodle.platform().newLearner("Ana", "García"), course);
    Visit luis = launch(moodle, moodle.platform().newLearner("Luis", "Martín"), course);
    finishCourse(CLOUD, ana.token());
    assertThat(api.post("/api/learning/courses/" + CLOUD + "/attempts", ana.token(), null).status()).isEqualTo(201);
    lessonDone(id(lessons(outline(CLOUD, ana.token())).get(0)), ana.token());
    lessonDone(id(lessons(outline(CLOUD, luis.token())).get(0)), luis.token());

    Visit teacher = launch(moodle, moodle.platform().newInstructor("Marta", "Sanz"), course);
    Page page = teacher.browser().get(URI.create(base + "/instructor?lt=" + teacher.token()));

    assertThat(page.document().select(".facts").text())
        .contains("Personas 2", "Inscripciones 3", "Empezado 2", "Terminado 1", "Aprobado 1");
  }

  @Test
  void testInstructorOfAnotherPlatformSeesNobodyElse() {
    Lms moodle = moodle();
    Placement course = moodle.course(CLOUD);
    launch(moodle, moodle.platform().newLearner("Ana", "García"), course);
    Lms canvas = canvas();
    Visit teacher = launch(canvas, canvas.platform().newInstructor("Mary", "Jones"), canvas.course(CLOUD));

    Page page = teacher.browser().get(URI.create(base + "/instructor?lt=" + teacher.token()));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("html").attr("lang")).isEqualTo("en");
    assertThat(byLearner(page)).isEmpty();
    assertThat(page.body()).doesNotContain("Ana García");
  }

  // ---------------------------------------------------------------- helpers: people and launches

  private Lms moodle() {
    SimulatedPlatform platform = simulator.moodle(tool);
    return new Lms(platform, admin.register(platform));
  }

  private Lms canvas() {
    SimulatedPlatform platform = simulator.canvas(tool);
    return new Lms(platform, admin.register(platform));
  }

  private static Visit launch(Lms lms, LmsUser user, Placement placement) {
    var browser = new Browser();
    LaunchFlow flow = browser.launch(lms.platform(), user, placement);
    Page landing = flow.landing();
    assertThat(landing).as("%s", flow.lastPage()).isNotNull();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    String token = launchToken(landing);
    assertThat(token).as("launch token on %s", landing.uri()).isNotBlank();
    return new Visit(browser, landing, token);
  }

  // ---------------------------------------------------------------- helpers: the API

  private JsonObject outline(String code, String token) {
    LearningApi.Reply reply = api.get("/api/learning/courses/" + code, token);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    return reply.json();
  }

  private JsonObject lessonDone(long lessonId, String token) {
    LearningApi.Reply reply = api.post("/api/learning/lessons/" + lessonId + "/done", token, null);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json();
  }

  private JsonObject submit(long quizId, String token, Map<Long, Long> answers) {
    LearningApi.Reply reply = api.post("/api/learning/quizzes/" + quizId + "/attempts", token, LearningApi.answers(answers));
    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    return reply.json();
  }

  /** Every lesson done and every quiz answered right: the course approved. */
  private void finishCourse(String code, String token) {
    JsonObject outline = outline(code, token);
    lessons(outline).forEach(lesson -> lessonDone(id(lesson), token));
    JsonObject enrollment = null;
    for (JsonObject quiz : quizzes(outline)) {
      enrollment = submit(id(quiz), token, rightAnswers(id(quiz), token)).getJsonObject("enrollment");
    }
    assertThat(enrollment.getString("state")).isEqualTo("approved");
  }

  private JsonObject catalogCourse(String code) {
    return api.get("/api/catalog", null).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** question id → option ids of a quiz, in page order, as the API lists them. */
  private Map<Long, List<Long>> options(long quizId, String token) {
    LearningApi.Reply reply = api.get("/api/learning/quizzes/" + quizId, token);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    var options = new LinkedHashMap<Long, List<Long>>();
    for (JsonObject question : objects(reply.json(), "questions")) {
      options.put(id(question), objects(question, "options").stream().map(LearningIT::id).toList());
    }
    return options;
  }

  private Map<Long, Long> rightAnswers(long quizId, String token) {
    return answersWithWrong(quizId, token, 0);
  }

  private Map<Long, Long> wrongAnswers(long quizId, String token) {
    return answersWithWrong(quizId, token, Integer.MAX_VALUE);
  }

  /** Right answers except for the first {@code wrong} questions. */
  private Map<Long, Long> answersWithWrong(long quizId, String token, int wrong) {
    var answers = new LinkedHashMap<Long, Long>();
    int n = 0;
    for (var question : options(quizId, token).entrySet()) {
      long right = answerKey.right(question.getKey());
      long chosen = n++ < wrong ? question.getValue().stream().filter(o -> o != right).findFirst().orElseThrow() : right;
      answers.put(question.getKey(), chosen);
    }
    return answers;
  }

  private static List<Callable<LearningApi.Reply>> times(int n, Callable<LearningApi.Reply> call) {
    List<Callable<LearningApi.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(call);
    }
    return calls;
  }

  private static List<LearningApi.Reply> concurrently(int n, Callable<LearningApi.Reply> call) throws Exception {
    return concurrently(times(n, call));
  }

  /** Runs the calls at the same instant, each on its own thread. */
  private static List<LearningApi.Reply> concurrently(List<Callable<LearningApi.Reply>> calls) throws Exception {
    var barrier = new CyclicBarrier(calls.size());
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<LearningApi.Reply>> futures = new ArrayList<>();
      for (Callable<LearningApi.Reply> call : calls) {
        futures.add(pool.submit(() -> {
          barrier.await(60, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<LearningApi.Reply> replies = new ArrayList<>();
      for (Future<LearningApi.Reply> future : futures) {
        replies.add(future.get(120, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- helpers: JSON

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static List<JsonObject> objects(JsonObject object, String name) {
    return object.getJsonArray(name).stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<JsonObject> lessons(JsonObject outline) {
    return objects(outline, "modules").stream().flatMap(m -> objects(m, "lessons").stream()).toList();
  }

  private static List<JsonObject> quizzes(JsonObject outline) {
    return objects(outline, "modules").stream().map(m -> m.getJsonObject("quiz")).toList();
  }

  /** The API leaves out members that are null. */
  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static Instant instant(JsonObject object, String name) {
    return absent(object, name) ? null : Instant.parse(object.getString(name));
  }

  private static BigDecimal score(JsonObject object, String name) {
    assertThat(absent(object, name)).as("%s in %s", name, object).isFalse();
    return object.getJsonNumber(name).bigDecimalValue();
  }

  /** The README's quiz score: correct / questions × 100, two decimals. */
  private static BigDecimal quizScore(int correct, int total) {
    return BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }

  /** The README's course score: the mean of the best quiz scores, two decimals. */
  private static BigDecimal courseScore(BigDecimal... best) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal score : best) {
      sum = sum.add(score);
    }
    return sum.divide(BigDecimal.valueOf(best.length), 2, RoundingMode.HALF_UP);
  }

  private static void assertProblem(LearningApi.Reply reply, int status) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(status);
    assertThat(reply.contentType()).as("%s", reply).startsWith(PROBLEM_JSON);
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "es.conectaempleo.");
  }

  private static void assertBothLanguages(JsonObject text, String code) {
    assertThat(text.getString("es")).as(code).isNotBlank();
    assertThat(text.getString("en")).as(code).isNotBlank();
  }

  // ---------------------------------------------------------------- helpers: tokens

  /** The token with its payload edited and the original signature kept. */
  private static String withPayloadClaim(String token, String from, String to) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(payload).contains(from);
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace(from, to).getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + edited + "." + parts[2];
  }

  /** The same claims, HS256-signed with a secret that is not the tool's. */
  private static String forged(String token) throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder(claims).expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  /** The same claims as an unsecured JWT ({@code alg: none}). */
  private static String unsigned(String token) throws Exception {
    return new com.nimbusds.jwt.PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
  }

  // ---------------------------------------------------------------- helpers: the instructor page

  private List<Element> instructorRows(Visit teacher) {
    Page page = teacher.browser().get(URI.create(base + "/instructor?lt=" + teacher.token()));
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.document().select("table tbody tr");
  }

  /** Rows of the instructor page by learner name (the row header's first line). */
  private static Map<String, Element> byLearner(Page page) {
    var rows = new LinkedHashMap<String, Element>();
    for (Element row : page.document().select("table tbody tr")) {
      String name = row.selectFirst("th").ownText().trim();
      assertThat(rows.put(name, row)).as("one row for %s", name).isNull();
    }
    return rows;
  }

  private static void assertRow(Element row, String state, String score, String hours) {
    var cells = row.select("td");
    assertThat(cells.get(0).text()).isEqualTo("Trabajar en la nube");
    assertThat(cells.get(1).select(".state").attr("class")).contains("state-" + state);
    assertThat(cells.get(2).text()).isEqualTo(score);
    assertThat(cells.get(3).text()).isEqualTo(hours);
  }
}
