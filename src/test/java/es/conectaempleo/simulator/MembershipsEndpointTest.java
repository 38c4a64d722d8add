package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated NRPS memberships services of Moodle and Canvas on their own: the test plays the
 * tool, gets a token from the simulated token endpoint and reads rosters page by page.
 */
class MembershipsEndpointTest {
  private static final ToolConfiguration NO_TOOL =
      new ToolConfiguration("http://127.0.0.1:9/login", "http://127.0.0.1:9/launch", List.of("http://127.0.0.1:9/launch"));
  private static final String MEDIA_TYPE = MembershipsEndpoint.MEDIA_TYPE;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static PlatformSimulator simulator;
  private static ToolCredentials tool;

  /** One answer of the service. */
  private record Answer(int status, String link, JsonObject body) {
    List<JsonObject> members() {
      return body.getJsonArray("members").stream().map(JsonValue::asJsonObject).toList();
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
  void testMoodleRosterInPagesWithNextLinks() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    Placement course = moodle.newPlacement().withRosterService();
    MembershipsEndpoint roster = moodle.roster(course).pageSize(2);
    LmsUser teacher = moodle.newInstructor("Luis", "Pérez");
    List<LmsUser> learners = List.of(
        moodle.newLearner("Ana", "García"), moodle.newLearner("Eva", "López"), moodle.newLearner("Zoe", "Ruiz"));
    roster.add(teacher).add(learners.toArray(LmsUser[]::new)).addInactive(moodle.newLearner("Sus", "Pendido"));
    String token = token(moodle);

    List<JsonObject> members = new ArrayList<>();
    List<String> links = new ArrayList<>();
    URI next = URI.create(roster.url() + "?limit=500");
    while (next != null) {
      Answer page = get(next, MEDIA_TYPE, token);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body().getJsonObject("context").getString("id")).isEqualTo(course.contextId());
      members.addAll(page.members());
      links.add(page.link());
      next = page.link() == null ? null : URI.create(page.link().replaceAll("^<([^>]*)>; rel=\"next\"$", "$1"));
    }

    assertThat(links).hasSize(2).last().isNull();
    assertThat(links.get(0)).isEqualTo("<" + roster.url() + "?limit=2&from=2>; rel=\"next\"");
    assertThat(members).extracting(m -> m.getString("user_id"))
        .as("Moodle lists active enrolments only")
        .containsExactly(teacher.sub(), learners.get(0).sub(), learners.get(1).sub(), learners.get(2).sub());
    assertThat(members.get(1).getString("status")).isEqualTo("Active");
    assertThat(members.get(1).getString("name")).isEqualTo("Ana García");
    assertThat(members.get(1).getString("email")).isEqualTo(learners.get(0).email());
    assertThat(members.get(1).getJsonArray("roles").getString(0)).isEqualTo(ClaimNames.ROLE_LEARNER);
    assertThat(members.get(0).getJsonArray("roles").getString(0)).isEqualTo(ClaimNames.ROLE_INSTRUCTOR);
    assertThat(roster.url().getPath())
        .endsWith("/mod/lti/services.php/CourseSection/" + course.contextId() + "/bindings/" + course.deploymentId() + "/memberships");
  }

  @Test
  void testRoleFilterAndWithheldNames() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    MembershipsEndpoint roster = moodle.roster(moodle.newPlacement()).withholdNames();
    LmsUser learner = moodle.newLearner("Ana", "García");
    roster.add(moodle.newInstructor("Luis", "Pérez"), learner);

    Answer page = get(URI.create(roster.url() + "?role=Learner"), MEDIA_TYPE, token(moodle));

    assertThat(page.members()).singleElement().satisfies(m -> {
      assertThat(m.getString("user_id")).isEqualTo(learner.sub());
      assertThat(m.keySet()).doesNotContain("name", "given_name", "family_name", "email");
    });
    assertThat(get(URI.create(roster.url() + "?role=" + URLEncoder.encode(ClaimNames.ROLE_INSTRUCTOR, StandardCharsets.UTF_8)), MEDIA_TYPE, token(moodle)).members())
        .hasSize(1);
  }

  @Test
  void testCanvasRosterLinksAndInactiveMembers() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(NO_TOOL);
    canvas.newPlacement(); // another course of the same Canvas first
    Placement course = canvas.newPlacement().withRosterService();
    MembershipsEndpoint roster = canvas.roster(course).pageSize(1);
    LmsUser suspended = canvas.newLearner("Sus", "Pendido");
    roster.add(canvas.newLearner("Ann", "Smith")).addInactive(suspended);

    Answer first = get(roster.url(), MEDIA_TYPE, token(canvas));

    String url = roster.url().toString();
    assertThat(first.link()).isEqualTo(
        "<" + url + "?page=1&per_page=1>; rel=\"current\",<" + url + "?page=2&per_page=1>; rel=\"next\","
            + "<" + url + "?page=1&per_page=1>; rel=\"first\",<" + url + "?page=2&per_page=1>; rel=\"last\"");
    Answer second = get(URI.create(url + "?page=2&per_page=1"), MEDIA_TYPE, token(canvas));
    assertThat(second.members()).singleElement().satisfies(m -> {
      assertThat(m.getString("status")).isEqualTo("Inactive");
      assertThat(m.getString("user_id")).isEqualTo(suspended.sub());
    });
    assertThat(second.link()).doesNotContain("rel=\"next\"");
    assertThat(roster.url().getPath()).matches("/canvas-[a-z0-9]+/api/lti/courses/\\d+/names_and_roles");
  }

  @Test
  void testLaunchesCarryTheServiceUrl() throws Exception {
    for (SimulatedPlatform platform : List.of(simulator.moodle(NO_TOOL), simulator.canvas(NO_TOOL))) {
      Placement course = platform.newPlacement().withRosterService();
      platform.newPlacement(); // a later course must not change this one's URL
      PendingLaunch launch = new PendingLaunch(platform.newLearner("Ana", "García"), course, "hint", null);
      Map<String, Object> claims = platform.lms().idTokenClaims(platform, launch, "nonce", Instant.now());
      @SuppressWarnings("unchecked")
      Map<String, Object> nrps = (Map<String, Object>) claims.get(ClaimNames.NRPS);
      assertThat(nrps.get("context_memberships_url")).isEqualTo(platform.roster(course).url().toString());
    }
  }

  @Test
  void testStrictRequestsAndFaults() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(NO_TOOL);
    MembershipsEndpoint roster = moodle.roster(moodle.newPlacement());
    roster.add(moodle.newLearner("Ana", "García"));
    String token = token(moodle);

    assertThat(get(roster.url(), "application/json", token).status()).isEqualTo(406);
    assertThat(get(roster.url(), MEDIA_TYPE, null).status()).isEqualTo(401);
    assertThat(get(roster.url(), MEDIA_TYPE, "not-a-token").status()).isEqualTo(401);
    moodle.serveTokens(tool.jwks()).allowScopes(ClaimNames.SCOPE_SCORE);
    assertThat(get(roster.url(), MEDIA_TYPE, scoreOnlyToken(moodle)).status()).isEqualTo(403);

    roster.answerNext(0, 500);
    assertThat(get(roster.url(), MEDIA_TYPE, token).status()).isEqualTo(200);
    assertThat(get(roster.url(), MEDIA_TYPE, token).status()).isEqualTo(500);
    assertThat(get(roster.url(), MEDIA_TYPE, token).status()).isEqualTo(200);
    moodle.serveTokens(tool.jwks()).revokeTokens();
    assertThat(get(roster.url(), MEDIA_TYPE, token).status()).isEqualTo(401);
    assertThat(roster.requests()).extracting(MembershipsEndpoint.Request::status)
        .containsExactly(406, 401, 401, 403, 200, 500, 200, 401);
  }

  // ---------------------------------------------------------------- helpers

  private static String token(SimulatedPlatform platform) throws Exception {
    return token(platform, TokenEndpoint.NRPS_SCOPE);
  }

  private static String scoreOnlyToken(SimulatedPlatform platform) throws Exception {
    return token(platform, ClaimNames.SCOPE_SCORE + " " + TokenEndpoint.NRPS_SCOPE);
  }

  private static String token(SimulatedPlatform platform, String scope) throws Exception {
    return tool.accessToken(platform, scope);
  }

  private static Answer get(URI uri, String accept, String token) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(uri).header("Accept", accept).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Link").orElse(null),
        Json.createReader(new StringReader(response.body())).readObject());
  }
}
