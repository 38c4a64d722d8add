package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Assignment and Grade Services of Moodle and Canvas on their own: the test plays the
 * tool, gets tokens from the simulated token endpoint, and works the line items, scores and results
 * endpoints over HTTP. Fault switches are in {@link AgsFaultsTest}.
 */
class AgsEndpointsTest {
  static final ToolConfiguration NO_TOOL =
      new ToolConfiguration("http://127.0.0.1:9/login", "http://127.0.0.1:9/launch", List.of("http://127.0.0.1:9/launch"));
  static final String ALL_SCOPES = String.join(" ", ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY,
      ClaimNames.SCOPE_RESULT_READONLY, ClaimNames.SCOPE_SCORE);
  static final String CONTAINER = LineItemsEndpoint.CONTAINER_TYPE;
  static final String LINE_ITEM = LineItemsEndpoint.LINE_ITEM_TYPE;
  static final String SCORE = ScoresEndpoint.MEDIA_TYPE;
  static final String RESULTS = ResultsEndpoint.MEDIA_TYPE;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static PlatformSimulator simulator;
  private static ToolCredentials tool;

  /** One answer of a service. */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return (JsonObject) json();
    }

    JsonArray array() {
      return (JsonArray) json();
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream().findFirst().orElse(null);
    }
  }

  @BeforeAll
  static void start() {
    simulator = new PlatformSimulator();
    tool = ToolCredentials.servedBy(simulator, NO_TOOL);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void testMoodleUrlsCarryTheTypeIdAndMatchTheLaunch() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    Map<String, Object> ags = agsClaim(moodle, placement);
    Gradebook gradebook = moodle.gradebook(placement);
    LineItem item = gradebook.lineItem(placement);
    String root = moodle.url("/mod/lti/services.php/" + placement.contextId());
    String typeId = "?type_id=" + placement.deploymentId();

    assertThat(ags.get("lineitems")).isEqualTo(root + "/lineitems" + typeId);
    assertThat(ags.get("lineitem")).isEqualTo(root + "/lineitems/" + item.number() + "/lineitem" + typeId).isEqualTo(item.id());
    assertThat(item.scoresUrl()).isEqualTo(root + "/lineitems/" + item.number() + "/lineitem/scores" + typeId);
    assertThat(item.resultsUrl()).isEqualTo(root + "/lineitems/" + item.number() + "/lineitem/results" + typeId);

    String token = token(moodle, ALL_SCOPES);
    Answer read = send("GET", URI.create(item.id()), token, LINE_ITEM, null, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.object().getString("id")).isEqualTo(item.id());
    assertThat(read.object().getString("resourceLinkId")).isEqualTo(placement.resourceLinkId());
    assertThat(read.object().getString("ltiLinkId")).as("Moodle's legacy name").isEqualTo(placement.resourceLinkId());
    assertThat(read.object().getJsonNumber("scoreMaximum").doubleValue()).isEqualTo(100);

    String withoutTypeId = item.id().substring(0, item.id().indexOf('?'));
    assertThat(send("GET", URI.create(withoutTypeId), token, LINE_ITEM, null, null).status())
        .as("without type_id Moodle takes the caller for an LTI 2 tool proxy").isEqualTo(403);
  }

  @Test
  void testCanvasUrlsMatchTheLaunch() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(NO_TOOL);
    Placement placement = canvas.newPlacement().withGradeService();
    Map<String, Object> ags = agsClaim(canvas, placement);
    LineItem item = canvas.gradebook(placement).lineItem(placement);

    assertThat((String) ags.get("lineitems")).matches(".*/canvas-[a-z0-9]+/api/lti/courses/\\d+/line_items");
    assertThat(ags.get("lineitem")).isEqualTo(ags.get("lineitems") + "/" + item.number()).isEqualTo(item.id());
    assertThat(item.scoresUrl()).isEqualTo(item.id() + "/scores");
    assertThat(agsClaim(canvas, placement).get("lineitem")).as("stable across launches").isEqualTo(item.id());
    Answer read = send("GET", URI.create(item.id()), token(canvas, ClaimNames.SCOPE_LINEITEM_READONLY), LINE_ITEM, null, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.object().containsKey("ltiLinkId")).isFalse();
  }

  @Test
  void testCanvasModuleItemHasNoLineItemAndRefusesOneOnItsLink() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(NO_TOOL);
    Placement assignment = canvas.newPlacement().withGradeService();
    Placement module = assignment.withResourceLink("module-" + Randoms.hex(8), "Unidad 1");
    Gradebook gradebook = canvas.gradebook(assignment).moduleItem(module);
    Map<String, Object> ags = agsClaim(canvas, module);
    String token = token(canvas, ALL_SCOPES);
    URI container = gradebook.lineItemsUrl();

    assertThat(ags).as("lineitems and scopes, no lineitem").doesNotContainKey("lineitem")
        .containsEntry("lineitems", container.toString()).containsKey("scope");
    assertThat(gradebook.lineItems()).as("a launch makes none").isEmpty();
    assertThat(create(container, token, module.resourceLinkId()).status())
        .as("known link without line items: check_for_bad_resource_link").isEqualTo(412);
    assertThat(create(container, token, "no-such-link").status()).as("no resource link of that id").isEqualTo(404);
    Answer placeholder = create(container, token, null);
    assertThat(placeholder.status()).as("without resourceLinkId: a placeholder assignment").isEqualTo(201);
    assertThat(placeholder.object().containsKey("resourceLinkId")).isFalse();
    assertThat(create(container, token, assignment.resourceLinkId()).status()).as("an assignment takes more").isEqualTo(201);
    assertThat(agsClaim(canvas, assignment)).containsKey("lineitem");
    assertThat(gradebook.count(AgsRequest.Endpoint.LINE_ITEMS, 201)).isEqualTo(2);
  }

  @Test
  void testOnlyCanvasHasModuleItems() {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    assertThatIllegalStateException()
        .isThrownBy(() -> moodle.gradebook(placement).moduleItem(placement));
  }

  @Test
  void testCreateLineItemsThenListWithFiltersAndPages() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    LineItem coupled = gradebook.lineItem(placement);
    String token = token(moodle, ALL_SCOPES);
    URI container = gradebook.lineItemsUrl();

    Answer created = send("POST", container, token, LINE_ITEM, LINE_ITEM,
        Json.createObjectBuilder().add("label", "Unidad 1").add("scoreMaximum", 10).add("tag", "unit")
            .add("resourceId", "unit-1").build().toString());
    assertThat(created.status()).isEqualTo(201);
    String id = created.object().getString("id");
    assertThat(id).endsWith("/lineitem?type_id=" + placement.deploymentId());
    send("POST", container, token, LINE_ITEM, LINE_ITEM,
        Json.createObjectBuilder().add("label", "Unidad 2").add("scoreMaximum", 10).add("tag", "unit")
            .add("resourceLinkId", placement.resourceLinkId()).build().toString());
    assertThat(send("GET", URI.create(id), token, LINE_ITEM, null, null).object().getString("label")).isEqualTo("Unidad 1");

    Answer first = send("GET", URI.create(container + "&limit=2"), token, CONTAINER, null, null);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.array()).hasSize(2);
    assertThat(utf8(first.header("Link")))
        .as("Moodle's typographic quotes, in UTF-8 (LTI-CHECKLIST rule 20)")
        .isEqualTo("<" + container + "&limit=2&from=2>; rel=\u201Cnext\u201D");
    Answer second = send("GET", URI.create(container + "&limit=2&from=2"), token, CONTAINER, null, null);
    assertThat(second.array()).hasSize(1);
    assertThat(second.header("Link")).isNull();

    assertThat(labels(send("GET", URI.create(container + "&tag=unit"), token, CONTAINER, null, null)))
        .containsExactly("Unidad 1", "Unidad 2");
    assertThat(labels(send("GET", URI.create(container + "&resource_id=unit-1"), token, CONTAINER, null, null)))
        .containsExactly("Unidad 1");
    assertThat(labels(send("GET", URI.create(container + "&resource_link_id=" + placement.resourceLinkId()), token, CONTAINER, null, null)))
        .containsExactly(coupled.label(), "Unidad 2");
    assertThat(agsClaim(moodle, placement)).as("two grade items on the activity: Moodle names none")
        .doesNotContainKey("lineitem");
    assertThat(gradebook.lineItems()).hasSize(3);
  }

  @Test
  void testCanvasPagesWithNormalQuotes() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(NO_TOOL);
    Placement placement = canvas.newPlacement().withGradeService();
    Gradebook gradebook = canvas.gradebook(placement);
    gradebook.lineItem(placement);
    gradebook.addLineItem("Extra", 5);
    String url = gradebook.lineItemsUrl().toString();

    Answer first = send("GET", URI.create(url + "?limit=1"), token(canvas, ALL_SCOPES), CONTAINER, null, null);

    assertThat(first.array()).hasSize(1);
    assertThat(first.header("Link")).contains("<" + url + "?page=2&per_page=1>; rel=\"next\"");
  }

  @Test
  void testLineItemRefusals() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    URI container = moodle.gradebook(placement).lineItemsUrl();
    String token = token(moodle, ALL_SCOPES);
    String good = Json.createObjectBuilder().add("label", "Unidad").add("scoreMaximum", 10).build().toString();

    assertThat(send("POST", container, token, LINE_ITEM, "application/json", good).status()).isEqualTo(415);
    assertThat(send("POST", container, token, LINE_ITEM, LINE_ITEM, "{\"scoreMaximum\":10}").status()).isEqualTo(400);
    assertThat(send("POST", container, token, LINE_ITEM, LINE_ITEM, "{\"label\":\"U\",\"scoreMaximum\":0}").status()).isEqualTo(400);
    assertThat(send("POST", container, token, LINE_ITEM, LINE_ITEM, "{\"label\":\"U\",\"scoreMaximum\":\"10\"}").status()).isEqualTo(400);
    assertThat(send("POST", container, token, LINE_ITEM, LINE_ITEM, "{\"label\":\"U\",\"scoreMaximum\":10,\"resourceLinkId\":\"999999999\"}").status())
        .as("not an activity of this course").isEqualTo(400);
    assertThat(send("GET", container, token, "application/json", null, null).status()).isEqualTo(406);
    assertThat(send("GET", container, null, CONTAINER, null, null).status()).isEqualTo(401);
    assertThat(send("GET", container, "forged", CONTAINER, null, null).status()).isEqualTo(401);
    String readOnly = token(moodle, ClaimNames.SCOPE_LINEITEM_READONLY);
    assertThat(send("GET", container, readOnly, CONTAINER, null, null).status()).isEqualTo(200);
    Answer forbidden = send("POST", container, readOnly, LINE_ITEM, LINE_ITEM, good);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.header("WWW-Authenticate")).contains("insufficient_scope");
    assertThat(send("GET", container, token(moodle, ClaimNames.SCOPE_SCORE), CONTAINER, null, null).status()).isEqualTo(403);
    assertThat(moodle.gradebook(placement).lineItems()).as("nothing created").isEmpty();
  }

  @Test
  void testScoresAreStoredInArrivalOrderAndShownAsResults() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    LmsUser ana = moodle.newLearner("Ana", "García");
    LmsUser eva = moodle.newLearner("Eva", "López");
    gradebook.enrol(ana, eva);
    LineItem item = gradebook.lineItem(placement);
    String token = token(moodle, ALL_SCOPES);
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    assertThat(postScore(item, token, score(ana, t, "Started", "NotReady").build()).status()).isEqualTo(200);
    assertThat(postScore(item, token, score(ana, t.plusSeconds(1), "Completed", "FullyGraded")
        .add("scoreGiven", 8).add("scoreMaximum", 10).add("comment", "Bien").build()).status()).isEqualTo(200);
    assertThat(postScore(item, token, score(eva, t, "Completed", "FullyGraded")
        .add("scoreGiven", 0).add("scoreMaximum", 10).build()).status()).isEqualTo(200);

    assertThat(gradebook.scores(item, ana)).extracting(ReceivedScore::gradingProgress).containsExactly("NotReady", "FullyGraded");
    assertThat(gradebook.currentScore(item, ana)).hasValueSatisfying(s -> {
      assertThat(s.scoreGiven()).isEqualTo(8);
      assertThat(s.json().getString("comment")).isEqualTo("Bien");
    });
    assertThat(gradebook.grade(item, ana)).as("rescaled to the item's 100 points").hasValue(80.0);
    assertThat(gradebook.count(AgsRequest.Endpoint.SCORES, 200)).isEqualTo(3);

    Answer results = send("GET", URI.create(item.resultsUrl()), token, RESULTS, null, null);
    assertThat(results.status()).isEqualTo(200);
    assertThat(results.array()).hasSize(2);
    JsonObject anaResult = results.array().getJsonObject(0);
    assertThat(anaResult.getString("userId")).isEqualTo(ana.sub());
    assertThat(anaResult.getJsonNumber("resultScore").doubleValue()).isEqualTo(80);
    assertThat(anaResult.getString("scoreOf")).isEqualTo(item.id());
    assertThat(anaResult.getString("comment")).isEqualTo("Bien");
    assertThat(results.array().getJsonObject(1).containsKey("resultScore"))
        .as("Moodle hides a grade of 0 (PHP empty(0))").isFalse();
    Answer onlyEva = send("GET", URI.create(item.resultsUrl() + "&user_id=" + eva.sub()), token, RESULTS, null, null);
    assertThat(onlyEva.array()).singleElement().satisfies(r -> assertThat(r.asJsonObject().getString("userId")).isEqualTo(eva.sub()));
    assertThat(send("GET", URI.create(item.resultsUrl()), token(moodle, ClaimNames.SCOPE_SCORE), RESULTS, null, null).status())
        .isEqualTo(403);
  }

  @Test
  void testMoodleRefusesSameSecondAndClearsOnProgressScores() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    Gradebook gradebook = moodle.gradebook(placement);
    LmsUser ana = moodle.newLearner("Ana", "García");
    gradebook.enrol(ana);
    LineItem item = gradebook.lineItem(placement);
    String token = token(moodle, ClaimNames.SCOPE_SCORE);
    Instant t = Instant.parse("2026-11-28T10:00:00.100Z");

    assertThat(postScore(item, token, graded(ana, t, 7).build()).status()).isEqualTo(200);
    Answer sameSecond = postScore(item, token, graded(ana, t.plusMillis(800), 9).build());
    assertThat(sameSecond.status()).as("Moodle keeps whole seconds; stored >= new is refused").isEqualTo(409);
    assertThat(postScore(item, token, graded(ana, t.minusSeconds(5), 9).build()).status()).isEqualTo(409);
    assertThat(postScore(item, token, score(ana, t.plusSeconds(2), "Started", "Pending").add("scoreGiven", 9)
        .add("scoreMaximum", 100).build()).status()).isEqualTo(200);

    assertThat(gradebook.scores(item, ana)).hasSize(2);
    assertThat(gradebook.grade(item, ana)).as("a non-FullyGraded score clears Moodle's grade").isEmpty();
  }

  @Test
  void testCanvasAllowsEqualTimestampsAndClearsGradeOnPending() throws Exception {
    CanvasAssignment assignment = canvasAssignment();
    Gradebook gradebook = assignment.gradebook();
    LmsUser ann = assignment.ann();
    LineItem item = assignment.item();
    String token = token(assignment.canvas(), ClaimNames.SCOPE_SCORE);
    Instant t = Instant.now();

    Answer first = postScore(item, token, graded(ann, t, 7).build());
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.object().getString("resultUrl")).startsWith(item.id() + "/results/");
    assertThat(postScore(item, token, graded(ann, t, 8).build()).status()).as("equal timestamps allowed").isEqualTo(200);
    assertThat(postScore(item, token, graded(ann, t.minusMillis(1), 9).build()).status()).isEqualTo(400);
    assertThat(postScore(item, token, score(ann, t.plusSeconds(1), "Submitted", "Pending").build()).status()).isEqualTo(200);

    assertThat(gradebook.grade(item, ann)).as("score_submission: a Pending score sets the score to nil").isEmpty();
  }

  @Test
  void testCanvasCountsScoresAsSubmissionsUnlessToldOtherwise() throws Exception {
    CanvasAssignment a = canvasAssignment();
    a.gradebook().allowAttempts(a.item(), 1);
    String token = token(a.canvas(), ClaimNames.SCOPE_SCORE);
    Instant t = Instant.now();
    JsonObject notNew = Json.createObjectBuilder().add("new_submission", false).build();

    assertThat(postScore(a.item(), token, score(a.ann(), t, "Started", "Pending")
        .add("https://canvas.instructure.com/lti/submission", notNew).build()).status()).isEqualTo(200);
    assertThat(a.gradebook().submissions(a.item(), a.ann())).isZero();
    assertThat(postScore(a.item(), token, graded(a.ann(), t.plusSeconds(1), 7).build()).status()).isEqualTo(200);
    assertThat(a.gradebook().submissions(a.item(), a.ann())).isEqualTo(1);
    Answer second = postScore(a.item(), token, graded(a.ann(), t.plusSeconds(2), 8).build());
    assertThat(second.status()).as("the one allowed attempt is used up").isEqualTo(422);
    assertThat(postScore(a.item(), token, graded(a.ann(), t.plusSeconds(3), 8)
        .add("https://canvas.instructure.com/lti/submission", notNew).build()).status()).isEqualTo(200);
    assertThat(a.gradebook().grade(a.item(), a.ann())).hasValue(8.0);
    assertThat(a.gradebook().submissions(a.item(), a.ann())).isEqualTo(1);
  }

  @Test
  void testMalformedScoresRefused() throws Exception {
    for (SimulatedPlatform platform : List.of(simulator.moodle(NO_TOOL), simulator.canvas(NO_TOOL))) {
      Placement placement = platform.newPlacement().withGradeService();
      Gradebook gradebook = platform.gradebook(placement);
      LmsUser ana = platform.newLearner("Ana", "García");
      gradebook.enrol(ana);
      LineItem item = gradebook.lineItem(placement);
      String token = token(platform, ClaimNames.SCOPE_SCORE);
      Instant t = Instant.now();
      boolean moodle = placement.contextLabel().startsWith("CE") && !placement.contextLabel().startsWith("CE-");

      assertThat(send("POST", URI.create(item.scoresUrl()), token, null, "application/json", graded(ana, t, 1).build().toString()).status())
          .isEqualTo(moodle ? 400 : 415);
      for (JsonObject bad : List.of(
          score(ana, t, "Completed", "FullyGraded").remove("userId").build(),
          score(ana, t, "Completed", "FullyGraded").remove("timestamp").build(),
          score(ana, t, "Completed", "FullyGraded").add("timestamp", "2026-11-28T10:00:00").build(),
          score(ana, t, "Completed", "FullyGraded").add("timestamp", "28/11/2026").build(),
          score(ana, t, "Done", "FullyGraded").build(),
          score(ana, t, "Completed", "Graded").build(),
          score(ana, t, "Completed", "FullyGraded").remove("activityProgress").build(),
          graded(ana, t, -1).build(),
          graded(ana, t, 1).add("scoreMaximum", 0).build(),
          graded(ana, t, 1).add("scoreGiven", "1").build())) {
        assertThat(postScore(item, token, bad).status()).as("%s", bad).isEqualTo(400);
      }
      assertThat(postScore(item, token, score(ana, t, "Completed", "FullyGraded").add("scoreGiven", 1).build()).status())
          .as("scoreGiven without scoreMaximum").isEqualTo(moodle ? 400 : 422);
      LmsUser teacher = platform.newInstructor("Luis", "Pérez");
      gradebook.enrol(teacher);
      int notStudent = moodle ? 400 : 422;
      assertThat(postScore(item, token, graded(teacher, t, 1).build()).status()).isEqualTo(notStudent);
      assertThat(postScore(item, token, graded(platform.newLearner("No", "Matriculada"), t, 1).build()).status()).isEqualTo(notStudent);
      assertThat(postScore(item, token(platform, ClaimNames.SCOPE_LINEITEM), graded(ana, t, 1).build()).status()).isEqualTo(403);
      assertThat(postScore(item, null, graded(ana, t, 1).build()).status()).isEqualTo(401);
      assertThat(gradebook.scores(item, ana)).isEmpty();
      assertThat(gradebook.grade(item, ana)).isEmpty();
    }
  }

  @Test
  void testLaunchEnrolsTheLearnerForGrading() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    LmsUser ana = moodle.newLearner("Ana", "García");
    moodle.initiateLogin(ana, placement);
    LineItem item = moodle.gradebook(placement).lineItem(placement);

    assertThat(postScore(item, token(moodle, ClaimNames.SCOPE_SCORE), graded(ana, Instant.now(), 5).build()).status()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- helpers (shared with AgsFaultsTest)

  static JsonObjectBuilder score(LmsUser user, Instant timestamp, String activity, String grading) {
    return Json.createObjectBuilder()
        .add("userId", user.sub())
        .add("timestamp", timestamp.toString())
        .add("activityProgress", activity)
        .add("gradingProgress", grading);
  }

  static JsonObjectBuilder graded(LmsUser user, Instant timestamp, double points) {
    return score(user, timestamp, "Completed", "FullyGraded").add("scoreGiven", points).add("scoreMaximum", 100);
  }

  /** Creates a line item (label and scoreMaximum) on the link, or on none when {@code null}. */
  static Answer create(URI container, String token, String resourceLinkId) throws Exception {
    JsonObjectBuilder item = Json.createObjectBuilder().add("label", "Nube").add("scoreMaximum", 100);
    if (resourceLinkId != null) {
      item.add("resourceLinkId", resourceLinkId);
    }
    return send("POST", container, token, LINE_ITEM, LINE_ITEM, item.build().toString());
  }

  static Answer postScore(LineItem item, String token, JsonObject score) throws Exception {
    return send("POST", URI.create(item.scoresUrl()), token, null, SCORE, score.toString());
  }

  static Answer send(String method, URI uri, String token, String accept, String contentType, String body) throws Exception {
    var request = HttpRequest.newBuilder(uri)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().map(), response.body());
  }

  /** A client-credentials token with these space-separated scopes, as the tool gets it. */
  static String token(SimulatedPlatform platform, String scopes) throws Exception {
    return tool.accessToken(platform, scopes);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> agsClaim(SimulatedPlatform platform, Placement placement) {
    PendingLaunch launch = new PendingLaunch(platform.newLearner("Ana", "García"), placement, "hint", null);
    return (Map<String, Object>) platform.lms().idTokenClaims(platform, launch, "nonce", Instant.now()).get(ClaimNames.AGS_ENDPOINT);
  }

  /** A header as the JDK client reads it (ISO-8859-1), decoded as the UTF-8 it was sent in. */
  private static String utf8(String header) {
    return new String(header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> labels(Answer answer) {
    return answer.array().stream().map(v -> v.asJsonObject().getString("label")).toList();
  }

  /** A Canvas assignment (a placement with its line item) and a student of its course, Ann. */
  private record CanvasAssignment(SimulatedPlatform canvas, Gradebook gradebook, LmsUser ann, LineItem item) {}

  private static CanvasAssignment canvasAssignment() {
    SimulatedPlatform canvas = simulator.canvas(NO_TOOL);
    Placement placement = canvas.newPlacement().withGradeService();
    Gradebook gradebook = canvas.gradebook(placement);
    LmsUser ann = canvas.newLearner("Ann", "Smith");
    gradebook.enrol(ann);
    return new CanvasAssignment(canvas, gradebook, ann, gradebook.lineItem(placement));
  }
}
