package es.conectaempleo.lti.roster.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.simulator.AutoPostForm;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.MembershipsEndpoint;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.TokenEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Course rosters (NRPS 2.0) end to end: an LMS course whose launches carry the NRPS claim, its
 * memberships service and token endpoint on the simulator (strict: media type, scope, assertion
 * checked against the tool's JWKS), and the instructor importing the roster from the instructor
 * page to see who has not opened the tool yet. Every test builds its own platform and course.
 */
class RosterIT extends ToolSystemTest {
  private static final String CLOUD = "nube";
  private static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  private static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** An LMS course with the tool placed in it, its roster service, and the platform's token endpoint. */
  private record Course(SimulatedPlatform platform, Placement placement, MembershipsEndpoint roster, TokenEndpoint tokens) {
    LmsUser learner(String given, String family) {
      return platform.newLearner(given, family);
    }
  }

  @Test
  void testThreePageRosterListsLearnersWhoHaveNotLaunched() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    List<LmsUser> learners = new ArrayList<>();
    for (String name : List.of("Ana", "Luis", "Eva", "Zoe", "Pablo", "Rosa", "Iván", "Nora", "Sara")) {
      learners.add(course.learner(name, "Gómez"));
    }
    course.roster().pageSize(4).add(teacher).add(learners.toArray(LmsUser[]::new));
    launch(course, learners.get(0));
    launch(course, learners.get(1));
    Page before = instructorPage(course, teacher);
    assertThat(before.document().select("h3")).as("nothing imported yet").isEmpty();

    Page after = importRoster(before);

    assertThat(after.document().select("[role=status]").text()).isEqualTo("Se ha importado la lista de participantes del LMS.");
    assertThat(after.document().select("h3").text()).isEqualTo("Estudiantes que aún no han entrado (7)");
    assertThat(notLaunched(after)).containsExactlyInAnyOrderElementsOf(
        learners.subList(2, 9).stream().map(l -> l.name() + " · " + l.email()).toList());
    assertThat(after.body()).doesNotContain("Error en la última importación");
    assertThat(course.roster().requests()).extracting(MembershipsEndpoint.Request::query)
        .containsExactly("limit=500", "limit=4&from=4", "limit=4&from=8");
    assertThat(course.roster().requests()).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.accept()).isEqualTo(MEDIA_TYPE);
      assertThat(r.access()).isEqualTo(TokenEndpoint.Access.GRANTED);
    });
    assertThat(course.tokens().requests()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.scopesAsked()).containsExactly(NRPS_SCOPE);
    });
  }

  /**
   * A learner who opened the tool from the course through a link that names no course, and has not
   * picked one yet, has launched: only who never opened the tool from this course is listed.
   */
  @Test
  void testLearnerWhoOpenedTheCatalogHasLaunched() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    LmsUser ana = course.learner("Ana", "Gómez");
    LmsUser luis = course.learner("Luis", "Gómez");
    course.roster().add(teacher, ana, luis);
    Page catalog =
        new Browser().launch(course.platform(), ana, course.placement().withResourceLink("8080", "Catálogo").withoutCustom("course")).landing();
    assertThat(catalog.uri().getPath()).isEqualTo("/learn/catalog");

    Page page = importRoster(instructorPage(course, teacher));

    assertThat(notLaunched(page)).containsExactly(luis.name() + " · " + luis.email());
  }

  @Test
  void testSomeoneEnrolledWhileTheRosterIsReadDoesNotBreakTheImport() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    List<LmsUser> learners = new ArrayList<>();
    for (String name : List.of("Ana", "Luis", "Eva", "Zoe", "Pablo", "Rosa")) {
      learners.add(course.learner(name, "Gómez"));
    }
    // Offset paging: the third learner ends page 1 and, shifted by the newcomer, starts page 2 again.
    course.roster().pageSize(4).add(teacher).add(learners.toArray(LmsUser[]::new))
        .enrolAfterFirstPage(course.learner("Nico", "Nuevo"));

    Page after = importRoster(instructorPage(course, teacher));

    assertThat(after.document().select("[role=status]").text()).isEqualTo("Se ha importado la lista de participantes del LMS.");
    assertThat(after.document().select("h3").text()).isEqualTo("Estudiantes que aún no han entrado (6)");
    assertThat(notLaunched(after)).containsExactlyInAnyOrderElementsOf(
        learners.stream().map(l -> l.name() + " · " + l.email()).toList());
    assertThat(course.roster().requests()).hasSize(2);
  }

  @Test
  void testImportReplacesThePreviousRoster() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    LmsUser ana = course.learner("Ana", "García");
    LmsUser luis = course.learner("Luis", "Martín");
    LmsUser eva = course.learner("Eva", "López");
    course.roster().add(teacher, ana, luis, eva);
    Page first = importRoster(instructorPage(course, teacher));
    assertThat(names(first)).containsExactlyInAnyOrder("Ana García", "Luis Martín", "Eva López");

    course.roster().remove(luis).add(course.learner("Zoe", "Ruiz"), course.learner("<b>Eve</b>", "O'Brien"));
    launch(course, ana);
    Page second = importRoster(instructorPage(course, teacher));

    assertThat(names(second)).containsExactlyInAnyOrder("Eva López", "Zoe Ruiz", "<b>Eve</b> O'Brien");
    assertThat(second.document().select("main ul b")).as("names from the LMS are text, not markup").isEmpty();
    assertThat(course.tokens().issued()).as("the cached token serves the second import").isEqualTo(1);
  }

  @Test
  void testMoodleRosterWithoutNamesListsUserIds() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    LmsUser ana = course.learner("Ana", "García");
    course.roster().withholdNames().add(teacher, ana);

    Page page = importRoster(instructorPage(course, teacher));

    assertThat(notLaunched(page)).containsExactly(ana.sub());
    assertThat(page.document().select("main ul").text()).doesNotContain("@");
  }

  @Test
  void testCanvasRosterInPagesWithoutInactiveMembers() {
    SimulatedPlatform canvas = simulator.canvas(tool);
    TokenEndpoint tokens = canvas.serveTokens(toolJwks());
    admin.register(canvas);
    Placement placement = canvas.newPlacement().withCustom("course", CLOUD).withRosterService();
    Course course = new Course(canvas, placement, canvas.roster(placement), tokens);
    LmsUser teacher = canvas.newInstructor("Mary", "Jones");
    LmsUser ann = course.learner("Ann", "Smith");
    LmsUser bob = course.learner("Bob", "Brown");
    course.roster().pageSize(2).add(teacher, ann, bob, course.learner("Cy", "Young")).addInactive(course.learner("Dee", "Gone"));
    launch(course, bob);

    Page page = importRoster(instructorPage(course, teacher));

    assertThat(page.document().select("[role=status]").text()).isEqualTo("The LMS roster was imported.");
    assertThat(names(page)).containsExactlyInAnyOrder("Ann Smith", "Cy Young");
    assertThat(course.roster().requests()).extracting(MembershipsEndpoint.Request::query)
        .containsExactly("limit=500", "page=2&per_page=2", "page=3&per_page=2");
  }

  @Test
  void testFailingServiceShowsWhyAndKeepsTheOldRoster() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    course.roster().pageSize(2).add(teacher, course.learner("Ana", "García"), course.learner("Eva", "López"), course.learner("Zoe", "Ruiz"));
    Page imported = importRoster(instructorPage(course, teacher));
    List<String> before = notLaunched(imported);
    assertThat(before).hasSize(3);
    course.roster().add(course.learner("Nuevo", "Alumno"));

    course.roster().answerNext(500);
    Page failed = importRoster(instructorPage(course, teacher));
    assertThat(failed.document().select("[role=status]").text()).startsWith("No se ha podido importar");
    assertThat(failed.document().select(".error-text").text()).contains("500");
    assertThat(notLaunched(failed)).as("the old roster stays").isEqualTo(before);

    course.roster().answerNext(0, 503);
    Page halfway = importRoster(instructorPage(course, teacher));
    assertThat(halfway.document().select(".error-text").text()).as("a failed second page fails the import").contains("503");
    assertThat(notLaunched(halfway)).isEqualTo(before);

    Page recovered = importRoster(instructorPage(course, teacher));
    assertThat(recovered.document().select(".error-text")).isEmpty();
    assertThat(notLaunched(recovered)).hasSize(4);
  }

  @Test
  void testRosterOfAnotherCourseIsRefused() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    course.roster().add(teacher, course.learner("Ana", "García"));
    Page imported = importRoster(instructorPage(course, teacher));
    List<String> before = notLaunched(imported);
    assertThat(before).hasSize(1);
    course.roster().add(course.learner("Ajeno", "Otro")).answerAsCourse("another-course");

    Page refused = importRoster(instructorPage(course, teacher));

    assertThat(refused.document().select("[role=status]").text()).startsWith("No se ha podido importar");
    assertThat(refused.document().select(".error-text").text()).contains("another-course");
    assertThat(notLaunched(refused)).as("the course's own roster stays").isEqualTo(before);
  }

  @Test
  void testRefusedTokenIsRefreshedOnce() {
    Course course = moodleCourse();
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    course.roster().add(teacher, course.learner("Ana", "García"));
    importRoster(instructorPage(course, teacher));
    assertThat(course.tokens().issued()).isEqualTo(1);

    course.tokens().revokeTokens();
    Page refreshed = importRoster(instructorPage(course, teacher));

    assertThat(refreshed.document().select(".error-text")).isEmpty();
    assertThat(names(refreshed)).containsExactly("Ana García");
    assertThat(course.tokens().issued()).isEqualTo(2);
    assertThat(course.roster().requests()).extracting(MembershipsEndpoint.Request::status).containsExactly(200, 401, 200);

    course.roster().add(course.learner("Eva", "López"));
    course.tokens().revokeTokens();
    course.roster().answerNext(401); // the fresh token is refused too
    Page refused = importRoster(instructorPage(course, teacher));
    assertThat(refused.document().select(".error-text").text()).contains("401");
    assertThat(names(refused)).as("the old roster stays").containsExactly("Ana García");
    assertThat(course.tokens().issued()).as("one refresh, not a loop").isEqualTo(3);
    assertThat(course.roster().requests()).extracting(MembershipsEndpoint.Request::status).containsExactly(200, 401, 200, 401, 401);
  }

  @Test
  void testTokenEndpointRefusalShownToTheInstructor() {
    Course course = moodleCourse();
    course.tokens().allowScopes("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    LmsUser teacher = course.platform().newInstructor("Marta", "Sanz");
    course.roster().add(teacher, course.learner("Ana", "García"));

    Page page = importRoster(instructorPage(course, teacher));

    assertThat(page.document().select(".error-text").text()).contains("invalid_scope");
    assertThat(page.document().text())
        .as("no roster was imported: nobody is said to be missing, or not")
        .doesNotContain("Todo el alumnado de la lista ha entrado ya")
        .doesNotContain("Estudiantes que aún no han entrado")
        .doesNotContain("Última importación");
    assertThat(course.roster().requests()).isEmpty();
    assertThat(course.tokens().requests()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(400));
  }

  @Test
  void testOnlyStaffOfTheCourseImport() {
    Course course = moodleCourse();
    LmsUser ana = course.learner("Ana", "García");
    course.roster().add(ana);
    Page learnerPage = launch(course, ana);
    String token = launchToken(learnerPage);

    Page refused = new Browser().post(URI.create(base + "/instructor/roster"), Map.of("lt", token));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(new Browser().post(URI.create(base + "/instructor/roster"), Map.of()).status()).isEqualTo(401);
    assertThat(course.roster().requests()).isEmpty();
    assertThat(course.tokens().requests()).isEmpty();

    Course other = moodleCourse();
    LmsUser otherTeacher = other.platform().newInstructor("Pablo", "Gil");
    other.roster().add(otherTeacher, other.learner("Zoe", "Ruiz"));
    Page otherPage = importRoster(instructorPage(other, otherTeacher));
    assertThat(names(otherPage)).containsExactly("Zoe Ruiz");
    assertThat(course.roster().requests()).as("another course's import never reads this roster").isEmpty();
  }

  @Test
  void testCourseWithoutRosterServiceSaysSo() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    moodle.serveTokens(toolJwks());
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD);
    LmsUser teacher = moodle.newInstructor("Marta", "Sanz");
    Course course = new Course(moodle, placement, moodle.roster(placement), null);

    Page page = instructorPage(course, teacher);

    assertThat(page.document().select("main").text())
        .contains("El LMS no ha compartido la lista de participantes de este curso");
    assertThat(page.forms()).noneMatch(f -> f.action().getPath().equals("/instructor/roster"));
    String token = launchToken(page);
    Page forced = new Browser().post(URI.create(base + "/instructor/roster"), Map.of("lt", token));
    assertThat(forced.status()).isEqualTo(303);
    assertThat(course.roster().requests()).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private URI toolJwks() {
    return URI.create(base + "/.well-known/jwks.json");
  }

  /** A Moodle site with a token endpoint, and a course with the tool placed and the roster service on. */
  private Course moodleCourse() {
    SimulatedPlatform moodle = simulator.moodle(tool);
    TokenEndpoint tokens = moodle.serveTokens(toolJwks());
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", CLOUD).withRosterService();
    return new Course(moodle, placement, moodle.roster(placement), tokens);
  }

  private static Page launch(Course course, LmsUser user) {
    LaunchFlow flow = new Browser().launch(course.platform(), user, course.placement());
    assertThat(flow.landing()).as("%s", flow.lastPage()).isNotNull();
    assertThat(flow.landing().status()).as("%s", flow.landing()).isEqualTo(200);
    return flow.landing();
  }

  /** The teacher launches from the LMS course and opens the instructor page. */
  private Page instructorPage(Course course, LmsUser teacher) {
    var browser = new Browser();
    Page landing = browser.launch(course.platform(), teacher, course.placement()).landing();
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    Page page = browser.get(landing.uri().resolve(landing.document().select("a[href^=/instructor]").attr("href")));
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page;
  }

  /** Submits the page's import form and follows the redirect back to the page. */
  private static Page importRoster(Page instructorPage) {
    var browser = new Browser();
    AutoPostForm form = instructorPage.forms().stream()
        .filter(f -> f.action().getPath().equals("/instructor/roster"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No import form on " + instructorPage));
    Page sent = browser.submit(form);
    assertThat(sent.status()).as("%s", sent).isEqualTo(303);
    assertThat(sent.location().getPath()).isEqualTo("/instructor");
    Page page = browser.follow(sent);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page;
  }

  /** The not-launched list as shown: "name · email", or the name (or LMS user id) alone. */
  private static List<String> notLaunched(Page page) {
    Element heading = page.document().selectFirst("h3");
    if (heading == null || heading.nextElementSibling() == null || !heading.nextElementSibling().is("ul")) {
      return List.of();
    }
    return heading.nextElementSibling().select("li").eachText();
  }

  private static List<String> names(Page page) {
    return notLaunched(page).stream().map(entry -> entry.replaceAll(" · .*$", "")).toList();
  }
}
