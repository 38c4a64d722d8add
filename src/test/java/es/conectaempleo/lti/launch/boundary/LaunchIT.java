package es.conectaempleo.lti.launch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.simulator.AutoPostForm;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.ClaimNames;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsRole;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.LoginInitiation;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.Tampering;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * LTI 1.3 launches end to end: the platform simulator plays Moodle and Canvas, a test browser
 * walks the OIDC flow, and the tool runs with its real database. Every test registers its own
 * platform (Canvas ones share the issuer, so each gets a fresh client id) and reads the outcome
 * back through the admin API: the launch audit and the enrollment registry.
 */
class LaunchIT extends ToolSystemTest {
  private static final String PROGRAMMING = "programacion";
  private static final String CATALOG_CODES =
      "programacion videojuegos iot wordpress word excel html-css ciberseguridad datos nube marketing-digital empleo-digital";

  /** A simulated platform and the id the tool registered it under. */
  private record Lms(SimulatedPlatform platform, long id) {
    LmsUser learner() {
      return platform.newLearner("Ana", "García");
    }

    Placement course(String code) {
      return platform.newPlacement().withCustom("course", code);
    }
  }

  // ---------------------------------------------------------------- accepted launches

  @Test
  void testMoodleLearnerLaunch() {
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    Placement placement = moodle.course(PROGRAMMING).withGradeService().withRosterService();

    var browser = new Browser();
    LaunchFlow flow = browser.launch(moodle.platform(), learner, placement);

    assertThat(flow.login().status()).isEqualTo(302);
    assertThat(flow.login().location().toString()).startsWith(moodle.platform().authorizationEndpoint() + "?");
    assertThat(flow.response().fields()).containsKeys("id_token", "state");
    assertThat(flow.launch().status()).as("the course page, no redirect: %s", flow.launch()).isEqualTo(200);
    assertThat(flow.landing()).isSameAs(flow.launch());
    assertThat(flow.launch().header("Cache-Control")).hasValue("no-store");
    assertCoursePage(flow.landing(), "es", "Fundamentos de programación");
    assertThat(ownAddress(flow.landing()).getPath()).isEqualTo("/learn/courses/" + PROGRAMMING);
    assertThat(flow.landing().document().select("[role=note]")).isEmpty();
    // A reload after the script put the page's own address in the address bar: a GET, same page.
    Page reloaded = browser.get(ownAddress(flow.landing()));
    assertCoursePage(reloaded, "es", "Fundamentos de programación");
    assertThat(reloaded.document().select("main").text()).isEqualTo(flow.landing().document().select("main").text());
    assertThat(admin.enrollments(moodle.id(), learner.sub()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("courseCode")).isEqualTo(PROGRAMMING);
              assertThat(e.getString("state")).isEqualTo("enrolled");
              assertThat(e.getString("contextId")).isEqualTo(placement.contextId());
              assertThat(e.getString("resourceLinkId")).isEqualTo(placement.resourceLinkId());
              assertThat(e.getString("email")).isEqualTo(learner.email());
            });
  }

  @Test
  void testCourseCodeWithTemplateCharactersOpensTheCatalogWithItsName() {
    Lms canvas = canvas();
    for (String code : List.of("{nube}", "nube}", "${course}", "a&b=c")) {
      Page landing = new Browser().launch(canvas.platform(), canvas.learner(), canvas.platform().newPlacement().withCustom("course", code)).landing();
      assertThat(landing).as(code).isNotNull();
      assertThat(landing.status()).as(code).isEqualTo(200);
      assertThat(landing.uri().getPath()).as(code).isEqualTo("/learn/catalog");
      assertThat(landing.document().select("[role=status]").text()).as(code).contains(code);
    }
  }

  @Test
  void testRelaunchesFollowTheLmsCourseAndLinkAsTheyChange() {
    Lms moodle = moodle();
    Placement placement = moodle.course(PROGRAMMING);
    LmsUser ana = moodle.learner();
    LmsUser luis = moodle.platform().newLearner("Luis", "Pérez");
    assertCoursePage(new Browser().launch(moodle.platform(), ana, placement).landing(), "es", "Fundamentos de programación");
    // The same link again, for another learner: the tool has seen this LMS course and link.
    assertCoursePage(new Browser().launch(moodle.platform(), luis, placement).landing(), "es", "Fundamentos de programación");
    assertThat(admin.enrollments(moodle.id(), luis.sub())).singleElement()
        .satisfies(e -> assertThat(e.getString("contextTitle")).isEqualTo(placement.contextTitle()));

    // The teacher renames the LMS course: the next launch records the new name.
    Placement renamed = placement.withContextTitle(placement.contextTitle() + " (2027)");
    new Browser().launch(moodle.platform(), ana, renamed);
    assertThat(admin.enrollments(moodle.id(), ana.sub())).singleElement()
        .satisfies(e -> assertThat(e.getString("contextTitle")).isEqualTo(renamed.contextTitle()));

    // The teacher points the link at another catalog course; a launch that then names no course
    // opens the one the link opened last.
    assertCoursePage(
        new Browser().launch(moodle.platform(), luis, renamed.withCustom("course", "datos")).landing(),
        "es", "Introducción al análisis de datos");
    assertCoursePage(
        new Browser().launch(moodle.platform(), ana, renamed.withoutCustom("course")).landing(),
        "es", "Introducción al análisis de datos");

    // The teacher types the code with a capital and a space: still that course.
    assertCoursePage(
        new Browser().launch(moodle.platform(), ana, renamed.withCustom("course", " Datos")).landing(),
        "es", "Introducción al análisis de datos");
    // Then a code the catalog lacks: the catalog says so, instead of the course the link opened before.
    Page typo = new Browser().launch(moodle.platform(), luis, renamed.withCustom("course", "análisis-datos")).landing();
    assertThat(typo.uri().getPath()).isEqualTo("/learn/catalog");
    assertThat(typo.document().select("[role=status]").text()).contains("«análisis-datos» no existe en el catálogo");
    assertThat(admin.enrollments(moodle.id(), luis.sub())).extracting(e -> e.getString("courseCode"))
        .as("no enrollment for the unknown code, nor again in the old course").containsExactlyInAnyOrder(PROGRAMMING, "datos");

    // A second activity in the same LMS course (Moodle's activity ids are numbers).
    Placement second = renamed.withResourceLink(Long.toString(Long.parseLong(placement.resourceLinkId()) + 1_000_000), "IoT").withCustom("course", "iot");
    new Browser().launch(moodle.platform(), ana, second);
    assertThat(admin.enrollments(Map.of("platformId", Long.toString(moodle.id()), "subject", ana.sub(), "course", "iot")))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getString("contextId")).isEqualTo(placement.contextId());
          assertThat(e.getString("contextTitle")).isEqualTo(renamed.contextTitle());
          assertThat(e.getString("resourceLinkId")).isEqualTo(second.resourceLinkId());
        });
    assertThat(admin.enrollments(moodle.id(), ana.sub())).extracting(e -> e.getString("courseCode"))
        .containsExactlyInAnyOrder(PROGRAMMING, "datos", "iot");
  }

  @Test
  void testCanvasLearnerLaunchInEnglish() {
    Lms canvas = canvas();
    LmsUser learner = canvas.platform().newLearner("Ann", "Smith"); // Canvas locale "en"
    Placement placement = canvas.course(PROGRAMMING).initiatedByGet();

    LaunchFlow flow = new Browser().launch(canvas.platform(), learner, placement);
    assertCoursePage(flow.landing(), "en", "Programming fundamentals");

    LaunchFlow again = new Browser().launch(canvas.platform(), learner.withLocale("en-US"), placement);
    assertCoursePage(again.landing(), "en", "Programming fundamentals");
    assertThat(admin.enrollments(canvas.id(), learner.sub())).singleElement()
        .satisfies(e -> assertThat(e.getString("courseCode")).isEqualTo(PROGRAMMING));
  }

  @Test
  void testCanvasLearnerLaunchInSpanish() {
    Lms canvas = canvas();
    LmsUser learner = canvas.platform().newLearner("Lucía", "Ramírez").withLocale("es-MX");

    LaunchFlow flow = new Browser().launch(canvas.platform(), learner, canvas.course(PROGRAMMING));

    assertCoursePage(flow.landing(), "es", "Fundamentos de programación");
    assertThat(admin.enrollments(canvas.id(), learner.sub())).hasSize(1);
  }

  @Test
  void testInstructorLaunchShowsStaffNoticeAndEnrollsNobody() {
    Lms moodle = moodle();
    LmsUser teacher = moodle.platform().newInstructor("Luis", "Pérez");
    Page moodlePage = new Browser().launch(moodle.platform(), teacher, moodle.course(PROGRAMMING)).landing();
    assertCoursePage(moodlePage, "es", "Fundamentos de programación");
    assertThat(moodlePage.document().select("[role=note]").text()).contains("como docente");
    assertThat(admin.enrollments(moodle.id(), teacher.sub())).isEmpty();

    Lms canvas = canvas();
    LmsUser canvasTeacher = canvas.platform().newInstructor("Mary", "Jones");
    Page canvasPage = new Browser().launch(canvas.platform(), canvasTeacher, canvas.course("excel")).landing();
    assertCoursePage(canvasPage, "en", "Spreadsheets for work");
    assertThat(canvasPage.document().select("[role=note]").text()).contains("as a teacher");
    assertThat(admin.enrollments(canvas.id(), canvasTeacher.sub())).isEmpty();
  }

  /**
   * A Canvas observer (Mentor of the course) may look at the courses but enrolls in none: not at the
   * launch, not from the catalog (no enroll buttons, and the form posted anyway enrolls nobody).
   */
  @Test
  void testObserverLooksAtTheCoursesButEnrollsInNone() {
    Lms canvas = canvas();
    LmsUser observer = canvas.platform().newUser(LmsRole.OBSERVER, "Olga", "Ruiz");
    var browser = new Browser();

    Page course = browser.launch(canvas.platform(), observer, canvas.course("excel")).landing();
    assertCoursePage(course, "en", "Spreadsheets for work");
    assertThat(course.document().select("[role=note]").text()).contains("not a learner");
    assertThat(course.forms()).noneMatch(form -> form.field("course") != null);
    Page catalog = browser.launch(canvas.platform(), observer, canvas.platform().newPlacement()).landing();
    assertThat(catalog.document().select("h1").text()).isEqualTo("Conecta Empleo courses");
    assertThat(catalog.forms()).isEmpty();
    Page posted =
        browser.follow(
            browser.post(base.resolve("/learn/catalog/enrollments"), Map.of("lt", launchToken(course), "course", "excel")));
    assertCoursePage(posted, "en", "Spreadsheets for work");

    assertThat(admin.enrollments(canvas.id(), observer.sub())).isEmpty();
  }

  /** A Canvas account admin enrolled as a student takes the course as a learner, not as staff. */
  @Test
  void testAccountAdministratorEnrolledAsStudentIsEnrolled() {
    Lms canvas = canvas();
    LmsUser admin = canvas.platform().newUser(LmsRole.ADMINISTRATOR_ENROLLED_AS_LEARNER, "Pat", "Lee");

    Page course = new Browser().launch(canvas.platform(), admin, canvas.course("excel")).landing();

    assertCoursePage(course, "en", "Spreadsheets for work");
    assertThat(course.document().select("[role=note]").text()).doesNotContain("as a teacher");
    assertThat(this.admin.enrollments(canvas.id(), admin.sub())).hasSize(1);
  }

  @Test
  void testLaunchWithoutCourseOpensCatalogWhereLearnerEnrollsInSeveralCourses() {
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    var browser = new Browser();

    LaunchFlow flow = browser.launch(moodle.platform(), learner, moodle.platform().newPlacement());

    assertThat(flow.launch().location().getPath()).isEqualTo("/learn/catalog");
    Page catalog = flow.landing();
    assertThat(catalog.status()).isEqualTo(200);
    assertThat(catalog.document().select("h1").text()).isEqualTo("Cursos de Conecta Empleo");
    assertThat(catalog.forms()).extracting(form -> form.field("course"))
        .containsExactlyInAnyOrder(CATALOG_CODES.split(" "));
    assertThat(admin.enrollments(moodle.id(), learner.sub())).isEmpty();

    Page excel = browser.follow(browser.submit(catalogForm(catalog, "excel")));
    assertCoursePage(excel, "es", "Hojas de cálculo para el trabajo");

    Page catalogAgain = browser.get(excel.uri().resolve(excel.document().select("nav a").attr("href")));
    assertThat(catalogAgain.status()).isEqualTo(200);
    Page iot = browser.follow(browser.submit(catalogForm(catalogAgain, "iot")));
    assertCoursePage(iot, "es", "Principios básicos del Internet de las Cosas");

    assertThat(admin.enrollments(moodle.id(), learner.sub()))
        .extracting(e -> e.getString("courseCode"))
        .containsExactlyInAnyOrder("excel", "iot");
  }

  @Test
  void testDeepLinkingRequestShowsTheCourseSelection() {
    Lms moodle = moodle();
    LmsUser teacher = moodle.platform().newInstructor("Luis", "Pérez");
    long mark = admin.lastAuditId();

    LaunchFlow flow = new Browser().launch(moodle.platform(), teacher, moodle.platform().newPlacement().deepLinking());

    assertThat(flow.launch().status()).isEqualTo(303);
    assertThat(flow.landing().status()).isEqualTo(200);
    assertThat(flow.landing().document().select("h1").text()).isEqualTo("Elegir cursos para tu aula");
    assertThat(admin.auditsSince(mark)).singleElement()
        .satisfies(a -> {
          assertThat(a.getString("outcome")).isEqualTo("accepted");
          assertThat(a.getString("messageType")).isEqualTo(ClaimNames.DEEP_LINKING_REQUEST);
        });
  }

  // ---------------------------------------------------------------- keys

  @Test
  void testKeyRotationAcceptedAfterRefetch() {
    Lms canvas = canvas();
    LmsUser learner = canvas.platform().newLearner("Ann", "Smith");
    assertCoursePage(new Browser().launch(canvas.platform(), learner, canvas.course(PROGRAMMING)).landing(), "en", "Programming fundamentals");
    assertCoursePage(new Browser().launch(canvas.platform(), learner, canvas.course(PROGRAMMING)).landing(), "en", "Programming fundamentals");
    assertThat(canvas.platform().keys().jwksFetches()).as("key set cached").isEqualTo(1);

    canvas.platform().keys().rotate(false);
    LaunchFlow rotated = new Browser().launch(canvas.platform(), learner, canvas.course(PROGRAMMING));

    assertCoursePage(rotated.landing(), "en", "Programming fundamentals");
    assertThat(canvas.platform().keys().jwksFetches()).as("fetched again for the new kid").isEqualTo(2);
  }

  @Test
  void testKeyIdRejectedAfterRefetch() {
    Lms canvas = canvas();
    assertThat(new Browser().launch(canvas.platform(), canvas.learner(), canvas.course(PROGRAMMING)).landing().status()).isEqualTo(200);
    assertThat(canvas.platform().keys().jwksFetches()).isEqualTo(1);

    assertLaunchRejected(canvas, Tampering.of().unknownKeyId(), 401, "key-unknown");

    assertThat(canvas.platform().keys().jwksFetches()).as("fetched again for the unknown kid").isEqualTo(2);
  }

  /** A token whose header names no key: refused, even though the platform's only key would verify it. */
  @Test
  void testKeyIdMissingRejected() {
    assertLaunchRejected(moodle(), Tampering.of().header("kid", null), 401, "key-id-missing");
  }

  // ---------------------------------------------------------------- one rejection per rule

  @Test
  void testExpiryRejected() {
    assertLaunchRejected(moodle(), Tampering.of().expired(120), 401, "token-expired");
  }

  /**
   * The tool finds the registration by (iss, aud), so a token for another client id names no
   * registration at all: unknown-platform rather than audience-mismatch.
   */
  @Test
  void testAudienceRejected() {
    assertLaunchRejected(moodle(), Tampering.of().claim("aud", "AnotherClient00"), 401, "unknown-platform");
  }

  @Test
  void testAuthorizedPartyMissing() {
    Lms moodle = moodle();
    assertLaunchRejected(
        moodle, Tampering.of().claim("aud", List.of(moodle.platform().clientId(), "another-tool")), 401, "audience-mismatch");
  }

  @Test
  void testAuthorizedPartyRejected() {
    Lms canvas = canvas();
    String clientId = canvas.platform().clientId();
    assertLaunchRejected(
        canvas, Tampering.of().claim("aud", List.of(clientId, "another-tool")).claim("azp", "another-tool"), 401, "audience-mismatch");
    // Security Framework §5.1.3 step 3: an audience the tool does not trust is refused even when azp
    // names this tool; several audiences that all name it, with azp, are fine.
    assertLaunchRejected(
        canvas, Tampering.of().claim("aud", List.of(clientId, "another-tool")).claim("azp", clientId), 401, "audience-mismatch");
    canvas.platform().tamperNextIdToken(Tampering.of().claim("aud", List.of(clientId, clientId)).claim("azp", clientId));
    assertThat(new Browser().launch(canvas.platform(), canvas.learner(), canvas.course(PROGRAMMING)).landing().status()).isEqualTo(200);
  }

  /** As for the audience: another issuer names no registration (unknown-platform). */
  @Test
  void testIssuerRejected() {
    assertLaunchRejected(moodle(), Tampering.of().claim("iss", "https://moodle.example.org"), 401, "unknown-platform");
  }

  @Test
  void testSignatureRejected() {
    Lms moodle = moodle();
    assertLaunchRejected(moodle, Tampering.of().signature(Tampering.Signature.CORRUPTED), 401, "signature-invalid");
    assertLaunchRejected(moodle, Tampering.of().signature(Tampering.Signature.UNPUBLISHED_KEY), 401, "signature-invalid");
  }

  @Test
  void testUnsignedTokenRejected() {
    assertLaunchRejected(moodle(), Tampering.of().signature(Tampering.Signature.NONE), 401, "algorithm-not-allowed");
  }

  @Test
  void testHmacWithPublicKeyRejected() {
    assertLaunchRejected(canvas(), Tampering.of().signature(Tampering.Signature.HMAC_WITH_PUBLIC_KEY), 401, "algorithm-not-allowed");
  }

  @Test
  void testDeploymentRejected() {
    Lms moodle = moodle();
    String notRegistered = moodle.platform().addDeployment();
    LmsUser learner = moodle.learner();
    long mark = admin.lastAuditId();

    LaunchFlow flow = new Browser().launch(moodle.platform(), learner, moodle.course(PROGRAMMING).withDeployment(notRegistered));

    assertRejected(flow.launch(), 401, "deployment-unknown", mark);
    assertNothingWritten(moodle, learner);
  }

  @Test
  void testRequiredClaimMissing() {
    Lms moodle = moodle();
    for (String claim : List.of(ClaimNames.DEPLOYMENT_ID, ClaimNames.RESOURCE_LINK, ClaimNames.ROLES, "sub", "nonce")) {
      assertLaunchRejected(moodle, Tampering.of().without(claim), 400, "claim-missing");
    }
    assertLaunchRejected(moodle, Tampering.of().member(ClaimNames.RESOURCE_LINK, "id", null), 400, "claim-missing");
  }

  @Test
  void testOverlongClaimsNeverFailTheLaunch() {
    Lms moodle = moodle();
    // An identifier longer than the registry keys on is refused, with its reason...
    assertLaunchRejected(moodle, Tampering.of().member(ClaimNames.CONTEXT, "id", "c".repeat(256)), 400, "claim-invalid");

    // ...descriptions of any length are kept as far as they fit; service URLs too long to keep are left out.
    LmsUser learner = moodle.platform().newLearner("Ana".repeat(100), "García");
    Placement placement = moodle.course(PROGRAMMING).withContextTitle("Curso de prueba ".repeat(30)).withGradeService()
        .withRosterService();
    moodle.platform().tamperNextIdToken(Tampering.of()
        .member(ClaimNames.AGS_ENDPOINT, "lineitems", "https://lms.example.org/" + "x".repeat(2000))
        .member(ClaimNames.NRPS, "context_memberships_url", "https://lms.example.org/" + "y".repeat(2000))
        .member(ClaimNames.RESOURCE_LINK, "title", "Unidad ".repeat(100))
        .member(ClaimNames.LAUNCH_PRESENTATION, "locale", "es-" + "x".repeat(100)));

    LaunchFlow flow = new Browser().launch(moodle.platform(), learner, placement);

    assertThat(flow.launch().status()).as("%s", flow.launch()).isEqualTo(200);
    assertCoursePage(flow.landing(), "es", "Fundamentos de programación");
    assertThat(admin.enrollments(moodle.id(), learner.sub())).singleElement().satisfies(e -> {
      assertThat(e.getString("contextTitle")).hasSize(255).startsWith("Curso de prueba");
      assertThat(e.getString("learnerName")).hasSize(255).startsWith("AnaAna");
    });
  }

  @Test
  void testVersionRejected() {
    assertLaunchRejected(moodle(), Tampering.of().claim(ClaimNames.VERSION, "1.1.0"), 400, "version-unsupported");
  }

  @Test
  void testMessageTypeRejected() {
    assertLaunchRejected(
        canvas(), Tampering.of().claim(ClaimNames.MESSAGE_TYPE, "LtiSubmissionReviewRequest"), 400, "message-type-unsupported");
  }

  @Test
  void testTargetLinkUriRejected() {
    Lms moodle = moodle();
    assertLaunchRejected(
        moodle, Tampering.of().claim(ClaimNames.TARGET_LINK_URI, "https://evil.example.org/lti/launch"), 400, "target-link-uri-foreign");

    LmsUser learner = moodle.learner();
    long mark = admin.lastAuditId();
    LaunchFlow flow = new Browser().launch(
        moodle.platform(), learner, moodle.course(PROGRAMMING).withTargetLinkUri("https://evil.example.org/lti/launch"));
    assertThat(flow.authorization()).as("no authentication request").isNull();
    assertRejected(flow.login(), 400, "target-link-uri-foreign", mark);
    assertNothingWritten(moodle, learner);
  }

  /** Hints go back to the LMS in the authentication request's URL: one longer than any LMS sends is refused. */
  @Test
  void testLoginParameterTooLongRejected() {
    Lms moodle = moodle();
    long mark = admin.lastAuditId();
    Map<String, String> login = new java.util.HashMap<>();
    login.put("iss", moodle.platform().issuer());
    login.put("client_id", moodle.platform().clientId());
    login.put("target_link_uri", base.resolve("/lti/launch").toString());
    login.put("login_hint", "7");
    login.put("lti_message_hint", "x".repeat(4097));

    Page page = new Browser().post(base.resolve("/lti/login"), login);

    assertRejected(page, 400, "login-parameter-too-long", mark);
    assertThat(page.header("location")).isEmpty();

    login.put("lti_message_hint", "x".repeat(4096));
    assertThat(new Browser().post(base.resolve("/lti/login"), login).status()).as("at the limit").isEqualTo(302);
  }

  @Test
  void testNonceReplayRejected() {
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    var browser = new Browser();
    AutoPostForm response = browser.authenticationResponse(moodle.platform().initiateLogin(learner, moodle.course(PROGRAMMING)));
    Page first = browser.submit(response);
    assertCoursePage(first, "es", "Fundamentos de programación");
    long mark = admin.lastAuditId();

    Page replay = browser.submit(response);

    assertRejected(replay, 401, "nonce-replayed", mark);
    assertThat(admin.enrollments(moodle.id(), learner.sub())).hasSize(1);
  }

  /**
   * The id_token of one login posted with the state of another login of the same browser: both
   * states are this browser's (both cookies present), so the tool names the broken link between
   * state and token, the nonce. The victim login stays usable.
   */
  @Test
  void testStateOfAnotherLoginRejected() {
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    var browser = new Browser();
    AutoPostForm first = browser.authenticationResponse(moodle.platform().initiateLogin(learner, moodle.course(PROGRAMMING)));
    AutoPostForm second = browser.authenticationResponse(moodle.platform().initiateLogin(learner, moodle.course(PROGRAMMING)));
    long mark = admin.lastAuditId();

    Page swapped = browser.submit(second.with("state", first.field("state")));

    assertRejected(swapped, 401, "nonce-mismatch", mark);
    assertNothingWritten(moodle, learner);
    assertCoursePage(browser.submit(first), "es", "Fundamentos de programación");
  }

  @Test
  void testPlatformErrorRejected() {
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    LoginInitiation login = moodle.platform().initiateLogin(learner, moodle.course(PROGRAMMING));
    moodle.platform().logOut(learner); // Moodle: login_hint is no longer the session user
    long mark = admin.lastAuditId();

    LaunchFlow flow = new Browser().launch(login);

    assertThat(flow.response().fields()).containsEntry("error", "access_denied").doesNotContainKey("id_token");
    assertRejected(flow.launch(), 400, "platform-error", mark);
    assertNothingWritten(moodle, learner);
  }

  @Test
  void testLoginFromUnregisteredIssuerRejected() {
    SimulatedPlatform stranger = simulator.moodle(tool);
    long mark = admin.lastAuditId();

    LaunchFlow flow = new Browser().launch(stranger, stranger.newLearner("Ana", "García"), stranger.newPlacement());

    assertThat(flow.authorization()).isNull();
    assertRejected(flow.login(), 401, "unknown-platform", mark);
    assertThat(admin.auditsSince(mark)).singleElement()
        .satisfies(a -> assertThat(a.getString("issuer")).isEqualTo(stranger.issuer()));
  }

  /** Jersey fails reading form fields of a POST without a content type; the tool reads it as a form. */
  @Test
  void testPostsWithoutContentTypeRefusedForWhatTheyLack() {
    long mark = admin.lastAuditId();
    Page launch = new Browser().postUntyped(base.resolve("/lti/launch"), "");
    assertRejected(launch, 400, "token-missing", mark);

    mark = admin.lastAuditId();
    Page login = new Browser().postUntyped(base.resolve("/lti/login"), "");
    assertRejected(login, 400, "login-parameter-missing", mark);

    Page typed = new Browser().post(base.resolve("/lti/launch"), Map.of());
    assertThat(typed.status()).isEqualTo(400);
    assertThat(typed.document().select("code").eachText()).contains("token-missing");
  }

  @Test
  void testLaunchBodyOverOneMebibyteRefusedWithAPage() {
    Page page = new Browser().post(base.resolve("/lti/launch"), Map.of("id_token", "a".repeat(1024 * 1024), "state", "s"));

    assertThat(page.status()).isEqualTo(413);
    assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.document().select("h1").text()).isEqualTo("Demasiados datos");
  }

  /** Jersey's WADL would describe every resource, the admin API's included, to anyone asking. */
  @Test
  void testOptionsDescribesNoResources() {
    Page options = new Browser().options(base.resolve("/lti/launch"));
    assertThat(options.status()).isLessThan(500);
    assertThat(options.header("content-type").orElse("")).doesNotContain("wadl");
    assertThat(options.body()).doesNotContain("application", "/api/admin");
    assertThat(new Browser().get(base.resolve("/application.wadl")).status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- cookies

  @Test
  void testStateCookie() {
    Lms moodle = moodle();
    var browser = new Browser();

    LaunchFlow flow = browser.launch(moodle.platform(), moodle.learner(), moodle.course(PROGRAMMING));

    assertThat(flow.landing().status()).isEqualTo(200);
    assertThat(browser.cookies().all()).singleElement()
        .satisfies(
            cookie -> {
              assertThat(cookie.path()).isEqualTo("/lti/launch");
              assertThat(cookie.secure()).isTrue();
              assertThat(cookie.httpOnly()).isTrue();
              assertThat(cookie.sameSite()).isEqualToIgnoringCase("None");
              assertThat(cookie.expiresAt()).isNotNull();
            });
    assertThat(browser.cookies().cookiesFor(ownAddress(flow.landing()))).as("sent only to the launch URL").isEmpty();
  }

  @Test
  void testThirdPartyCookiesBlocked() {
    Lms canvas = canvas();
    LmsUser learner = canvas.learner();
    var browser = new Browser().blockThirdPartyCookies();

    LaunchFlow flow = browser.launch(canvas.platform(), learner, canvas.course(PROGRAMMING));

    assertThat(flow.login().headers("set-cookie")).as("the tool tried").isNotEmpty();
    assertThat(browser.cookies().all()).as("the browser refused").isEmpty();
    assertCoursePage(flow.landing(), "en", "Programming fundamentals");
    assertThat(admin.enrollments(canvas.id(), learner.sub())).hasSize(1);
  }

  /** Login CSRF: someone else's authentication response posted in a browser with a login of its own. */
  @Test
  void testForeignStateCookieRejected() {
    Lms moodle = moodle();
    var victim = new Browser();
    assertThat(victim.startLogin(moodle.platform().initiateLogin(moodle.learner(), moodle.course(PROGRAMMING))).status()).isEqualTo(302);
    assertThat(victim.cookies().all()).hasSize(1);
    LmsUser attacker = moodle.platform().newLearner("Eve", "Mallory");
    AutoPostForm attackersResponse =
        new Browser().authenticationResponse(moodle.platform().initiateLogin(attacker, moodle.course(PROGRAMMING)));
    long mark = admin.lastAuditId();

    Page page = victim.submit(attackersResponse);

    assertRejected(page, 401, "state-mismatch", mark);
    assertNothingWritten(moodle, attacker);
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void testConcurrentDuplicateLaunchesEnrollOnce() throws Exception {
    int launches = 16;
    Lms moodle = moodle();
    LmsUser learner = moodle.learner();
    Placement placement = moodle.course("datos");
    long mark = admin.lastAuditId();
    var barrier = new CyclicBarrier(launches);
    ExecutorService pool = Executors.newFixedThreadPool(launches);
    List<Future<Page>> landings = new ArrayList<>();
    try {
      for (int i = 0; i < launches; i++) {
        landings.add(
            pool.submit(
                () -> {
                  var browser = new Browser();
                  AutoPostForm response = browser.authenticationResponse(moodle.platform().initiateLogin(learner, placement));
                  barrier.await(60, TimeUnit.SECONDS); // every launch POST at once
                  return browser.landing(browser.submit(response));
                }));
      }
      for (Future<Page> landing : landings) {
        assertCoursePage(landing.get(120, TimeUnit.SECONDS), "es", "Introducción al análisis de datos");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(admin.enrollments(Map.of("platformId", Long.toString(moodle.id()), "subject", learner.sub(), "course", "datos")))
        .hasSize(1);
    assertThat(admin.auditsSince(mark)).hasSize(launches).allSatisfy(a -> assertThat(a.getString("outcome")).isEqualTo("accepted"));
  }

  // ---------------------------------------------------------------- helpers

  private Lms moodle() {
    SimulatedPlatform platform = simulator.moodle(tool);
    return new Lms(platform, admin.register(platform));
  }

  private Lms canvas() {
    SimulatedPlatform platform = simulator.canvas(tool);
    return new Lms(platform, admin.register(platform));
  }

  /** A new learner's launch of a course, with the next id_token tampered with, must be refused. */
  private void assertLaunchRejected(Lms lms, Tampering tampering, int status, String reason) {
    LmsUser learner = lms.learner();
    long mark = admin.lastAuditId();
    lms.platform().tamperNextIdToken(tampering);

    LaunchFlow flow = new Browser().launch(lms.platform(), learner, lms.course(PROGRAMMING));

    assertThat(flow.response()).as("the platform posted a token").isNotNull();
    assertThat(flow.landing()).as("no redirect after a refused launch").isNull();
    assertRejected(flow.launch(), status, reason, mark);
    assertNothingWritten(lms, learner);
  }

  /** The person's error page: status, reason code, no internals; and exactly that audit row. */
  private void assertRejected(Page page, int status, String reason, long auditMark) {
    assertThat(page.status()).as("%s: %s", page.uri(), page.document().select("p.muted").text()).isEqualTo(status);
    assertThat(page.header("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.document().select("code").eachText()).as("reason code on the page").contains(reason);
    assertThat(page.body()).doesNotContain("Exception", "\tat ", "Caused by", "es.conectaempleo.", "eyJ");
    List<JsonObject> audits = admin.auditsSince(auditMark);
    assertThat(audits).as("audit rows").singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("outcome")).isEqualTo("rejected");
              assertThat(a.getString("reason")).isEqualTo(reason);
            });
  }

  private void assertNothingWritten(Lms lms, LmsUser user) {
    assertThat(admin.enrollments(lms.id(), user.sub())).as("enrollments of %s", user.sub()).isEmpty();
  }

  private static void assertCoursePage(Page page, String lang, String title) {
    assertThat(page).as("landing page").isNotNull();
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(ownAddress(page).getPath()).startsWith("/learn/courses/");
    assertThat(page.document().selectFirst("html").attr("lang")).isEqualTo(lang);
    assertThat(page.document().select("h1").text()).isEqualTo(title);
  }

}
