package es.conectaempleo.lti.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.DynamicRegistration;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.Page;
import es.conectaempleo.simulator.SimulatedPlatform;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LTI Dynamic Registration end to end: the operator's one-time link, a simulated Moodle or Canvas
 * that opens it with its OpenID configuration and registration token, the admin's confirmation,
 * the registration the LMS checks as strictly as the real one, the platform the tool keeps, and a
 * launch through what was registered.
 */
class ToolRegistrationIT extends ToolSystemTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private String registrationLink(String name) {
    String link = admin.invite(name).getString("registrationUrl");
    assertThat(link).startsWith(base + "/lti/register/");
    return link;
  }

  /** The LMS admin's browser: the tool's page as the LMS opens it, then the press of its button. */
  private static Page confirm(Browser browser, Page preview) {
    assertThat(preview.status()).as("%s", preview).isEqualTo(200);
    return browser.submit(preview.forms().get(0));
  }

  @Test
  void testMoodleRegistersTheToolAndALearnerLaunchesThroughIt() {
    String link = registrationLink("Moodle IES Ejemplo");
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    DynamicRegistration registrations = moodle.registrations();
    Browser browser = new Browser();

    Page preview = browser.get(moodle.registrationStart(link));

    assertThat(preview.status()).as("%s", preview).isEqualTo(200);
    assertThat(preview.document().select("h1").text()).isEqualTo("Registrar Conecta Empleo en tu LMS");
    assertThat(preview.document().select("dd").text()).contains(moodle.issuer());
    assertThat(registrations.accepted()).as("nothing registered before the admin confirms").isEmpty();
    assertThat(admin.platform(moodle.issuer(), moodle.clientId())).isEmpty();

    Page done = confirm(browser, preview);

    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(done.document().select("h1").text()).isEqualTo("Conecta Empleo está registrado");
    assertThat(done.document().select("dd code").eachText()).containsExactly(moodle.clientId(), moodle.deploymentId());
    assertThat(done.document().select("button[data-lti-close]")).hasSize(1);
    assertThat(registrations.accepted()).singleElement().satisfies(registration -> {
      assertThat(registration.get("initiate_login_uri")).isEqualTo(base + "/lti/login");
      assertThat(registration.get("redirect_uris")).isEqualTo(List.of(base + "/lti/launch"));
      assertThat(registration.get("jwks_uri")).isEqualTo(base + "/.well-known/jwks.json");
    });
    assertThat(registrations.registeredJwksUri()).isEqualTo(URI.create(base + "/.well-known/jwks.json"));
    assertThat(registrations.grantedScope()).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score");

    JsonObject platform = admin.platform(moodle.issuer(), moodle.clientId()).orElseThrow();
    assertThat(platform.getString("name")).isEqualTo("Moodle IES Ejemplo");
    assertThat(platform.getString("authLoginUrl")).isEqualTo(moodle.authorizationEndpoint().toString());
    assertThat(platform.getString("accessTokenUrl")).isEqualTo(moodle.tokenEndpoint().toString());
    assertThat(platform.getString("jwksUrl")).isEqualTo(moodle.jwksUrl().toString());
    assertThat(admin.deployments(platform.getJsonNumber("id").longValue())).containsExactly(moodle.deploymentId());

    LaunchFlow learner =
        new Browser().launch(moodle, moodle.newLearner("Ana", "García"), moodle.newPlacement().withCustom("course", "excel"));
    assertThat(learner.landing().status()).as("%s", learner.lastPage()).isEqualTo(200);
    assertThat(learner.landing().document().select("meta[name=conecta-launch-token]")).hasSize(1);

    Page again = browser.get(moodle.registrationStart(link));
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.document().select("h1").text()).isEqualTo("Enlace de registro ya usado");
    assertThat(admin.invitations())
        .filteredOn(i -> "Moodle IES Ejemplo".equals(i.getString("name", null)))
        .singleElement()
        .satisfies(i -> {
          assertThat(i.getString("state")).isEqualTo("used");
          assertThat(i.getJsonNumber("platformId").longValue()).isEqualTo(platform.getJsonNumber("id").longValue());
          assertThat(i.containsKey("registrationUrl")).as("the code is shown once").isFalse();
        });
  }

  @Test
  void testCanvasRegistersWithTheTokenInItsConfigurationUrlAndItsDeployment() {
    String link = registrationLink(null);
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();
    Browser browser = new Browser().acceptLanguage("en-GB,en;q=0.8");

    Page done = confirm(browser, browser.get(canvas.registrationStart(link)));

    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(done.document().select("h1").text()).isEqualTo("Conecta Empleo is registered");
    assertThat(done.document().select("dd code").eachText()).containsExactly(canvas.clientId(), canvas.deploymentId());
    assertThat(done.document().text()).contains("each installation has its own Deployment ID");
    DynamicRegistration registrations = canvas.registrations();
    assertThat(registrations.configurationRequests())
        .as("Canvas reads its registration token from the configuration URL's query: the tool keeps it")
        .isNotEmpty()
        .allSatisfy(request -> assertThat(request.getQuery()).contains("registration_token="));
    assertThat(registrations.refusals()).isEmpty();
    Map<String, Object> registration = registrations.accepted().get(0);
    @SuppressWarnings("unchecked")
    var tool = (Map<String, Object>) registration.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
    assertThat(tool.get("target_link_uri")).isEqualTo(base + "/lti/launch");
    assertThat(tool.get("messages").toString()).contains("LtiResourceLinkRequest", "LtiDeepLinkingRequest");

    JsonObject platform = admin.platform(canvas.issuer(), canvas.clientId()).orElseThrow();
    assertThat(platform.getString("name")).as("the Canvas account's own name").startsWith("Conecta Empleo University (");
    assertThat(admin.deployments(platform.getJsonNumber("id").longValue())).containsExactly(canvas.deploymentId());
    LaunchFlow learner = new Browser().launch(canvas, canvas.newLearner("Mary", "Jones"), canvas.newPlacement());
    assertThat(learner.landing().status()).as("%s", learner.lastPage()).isEqualTo(200);
  }

  @Test
  void testOlderCanvasLeavesTheDeploymentToTheAdminApi() {
    String link = registrationLink(null);
    SimulatedPlatform canvas = simulator.canvasAwaitingRegistration();
    canvas.registrations().omitDeploymentId();
    Browser browser = new Browser();

    Page done = confirm(browser, browser.get(canvas.registrationStart(link)));

    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(done.document().text()).contains("Lo crea el LMS al instalar la herramienta").contains("Deployment Id");
    long platformId = admin.platform(canvas.issuer(), canvas.clientId()).orElseThrow().getJsonNumber("id").longValue();
    assertThat(admin.deployments(platformId)).isEmpty();

    LaunchFlow refused = new Browser().launch(canvas, canvas.newLearner("Mary", "Jones"), canvas.newPlacement());
    assertThat(refused.launch().status()).isEqualTo(401);
    assertThat(refused.launch().body()).contains("deployment-unknown");

    admin.addDeployment(platformId, canvas.deploymentId());
    LaunchFlow learner = new Browser().launch(canvas, canvas.newLearner("Mary", "Jones"), canvas.newPlacement());
    assertThat(learner.landing().status()).as("%s", learner.lastPage()).isEqualTo(200);
  }

  @Test
  void testARegistrationNeverTakesOverAKnownPlatform() {
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    Browser browser = new Browser();
    assertThat(confirm(browser, browser.get(moodle.registrationStart(registrationLink("Primero")))).status()).isEqualTo(200);

    // The LMS answers a second registration with the client id it gave the first.
    String second = registrationLink("Segundo");
    Page refused = confirm(browser, browser.get(moodle.registrationStart(second)));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.document().select("h1").text()).isEqualTo("Este LMS ya estaba registrado");
    assertThat(admin.platform(moodle.issuer(), moodle.clientId()).orElseThrow().getString("name")).isEqualTo("Primero");
    assertThat(admin.invitations())
        .filteredOn(i -> "Segundo".equals(i.getString("name", null)))
        .singleElement()
        .satisfies(i -> assertThat(i.getString("state")).isEqualTo("open"));
  }

  @Test
  void testTheAdminIsWarnedOfServicesTheLmsDoesNotOffer() {
    String link = registrationLink(null);
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    moodle.registrations().withdrawScopes(
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    Browser browser = new Browser();

    Page preview = browser.get(moodle.registrationStart(link));

    assertThat(preview.document().select(".notice-warning li").eachText())
        .containsExactly(
            "Notas (AGS): sin él, las notas y la finalización no llegarán al libro de calificaciones.",
            "Lista de participantes (NRPS): sin él, el profesorado no verá quién no ha entrado todavía.");
    Page done = confirm(browser, preview);
    assertThat(done.status()).as("the admin may register anyway").isEqualTo(200);
    assertThat(String.valueOf(moodle.registrations().accepted().get(0).get("scope")))
        .as("only what the LMS offers is asked for")
        .doesNotContain("scope/score", "contextmembership");

    // An LMS that offers everything shows no warning.
    SimulatedPlatform full = simulator.moodleAwaitingRegistration();
    assertThat(browser.get(full.registrationStart(registrationLink(null))).document().select(".notice-warning")).isEmpty();
  }

  @Test
  void testARefusedRegistrationKeepsNothingAndTheLinkStillWorks() {
    String link = registrationLink(null);
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    moodle.registrations().refuseNext(400, "{\"error\":\"invalid_redirect_uris\"}");
    Browser browser = new Browser();

    Page refused = confirm(browser, browser.get(moodle.registrationStart(link)));

    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.document().select("h1").text()).isEqualTo("El LMS no ha aceptado el registro");
    assertThat(refused.document().select("pre").text()).contains("invalid_redirect_uris").doesNotContain("registration_token");
    assertThat(admin.platform(moodle.issuer(), moodle.clientId())).isEmpty();

    Page done = confirm(browser, browser.get(moodle.registrationStart(link)));
    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(admin.platform(moodle.issuer(), moodle.clientId())).isPresent();
  }

  @Test
  void testAConfigurationNamingAnotherIssuerIsRefused() {
    String link = registrationLink(null);
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();
    moodle.registrations().reportIssuer("https://moodle.attacker.example");
    Browser browser = new Browser();

    Page refused = browser.get(moodle.registrationStart(link));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.document().select("h1").text()).isEqualTo("El LMS no se identifica bien");
    assertThat(refused.forms()).isEmpty();
    // Posting anyway (a forged form) registers nothing either.
    String start = moodle.registrationStart(link).getRawQuery();
    Page posted = browser.post(URI.create(link), Map.of(
        "openid_configuration", moodle.openIdConfigurationUrl().toString(),
        "registration_token", queryValue(start, "registration_token")));
    assertThat(posted.status()).isEqualTo(400);
    assertThat(moodle.registrations().accepted()).isEmpty();
    assertThat(admin.platform("https://moodle.attacker.example", moodle.clientId())).isEmpty();
  }

  @Test
  void testLinksThatCannotRegisterExplainWhy() {
    Browser browser = new Browser();

    Page info = browser.get(URI.create(base + "/lti/register"));
    assertThat(info.status()).isEqualTo(200);
    assertThat(info.document().select("h1").text()).isEqualTo("Registrar Conecta Empleo en tu LMS");

    Page unknown = browser.get(URI.create(base + "/lti/register/no-such-code?openid_configuration="
        + URLEncoder.encode(base + "/x", StandardCharsets.UTF_8)));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.document().select("h1").text()).isEqualTo("Enlace de registro no válido");

    String link = registrationLink(null);
    Page direct = browser.get(URI.create(link));
    assertThat(direct.status()).isEqualTo(400);
    assertThat(direct.document().select("h1").text()).isEqualTo("Abre este enlace desde tu LMS");

    Page plainHttp = browser.get(URI.create(link + "?openid_configuration="
        + URLEncoder.encode("http://lms.example.org/openid-configuration", StandardCharsets.UTF_8)));
    assertThat(plainHttp.status()).isEqualTo(400);
    assertThat(plainHttp.body()).doesNotContain("Exception");

    Page postedWithoutLms = browser.post(URI.create(link), Map.of());
    assertThat(postedWithoutLms.status()).isEqualTo(400);
  }

  @Test
  void testARevokedLinkRegistersNothing() throws Exception {
    JsonObject invitation = admin.invite("Enviado por error");
    long id = invitation.getJsonNumber("id").longValue();
    SimulatedPlatform moodle = simulator.moodleAwaitingRegistration();

    assertThat(admin.revokeInvitation(id).getString("state")).isEqualTo("expired");

    Page refused = new Browser().get(moodle.registrationStart(invitation.getString("registrationUrl")));
    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.document().select("h1").text()).isEqualTo("Enlace de registro caducado");
    assertThat(moodle.registrations().configurationFetches()).as("nothing is asked of the LMS").isZero();
    assertThat(admin.revokeInvitation(id).getString("state")).as("revoking twice is harmless").isEqualTo("expired");
    assertThat(adminDelete("/api/admin/registration-invitations/999999999").statusCode()).isEqualTo(404);

    // A link that registered its LMS cannot be revoked: the platform stays (PUT or the LMS ends it).
    String used = registrationLink(null);
    SimulatedPlatform other = simulator.moodleAwaitingRegistration();
    Browser browser = new Browser();
    assertThat(confirm(browser, browser.get(other.registrationStart(used))).status()).isEqualTo(200);
    long usedId = admin.invitations().stream()
        .filter(i -> "used".equals(i.getString("state")) && i.getJsonNumber("platformId").longValue()
            == admin.platform(other.issuer(), other.clientId()).orElseThrow().getJsonNumber("id").longValue())
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    var conflict = adminDelete("/api/admin/registration-invitations/" + usedId);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  private HttpResponse<String> adminDelete(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + es.conectaempleo.lti.ToolDeployment.ADMIN_TOKEN)
            .DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void testInvitationsNeedTheAdminToken() throws Exception {
    URI invitations = URI.create(base + "/api/admin/registration-invitations");
    var anonymous = HTTP.send(
        HttpRequest.newBuilder(invitations).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);

    var tooLong = HTTP.send(
        HttpRequest.newBuilder(invitations).header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + es.conectaempleo.lti.ToolDeployment.ADMIN_TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"validHours\": 100000}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    var empty = HTTP.send(
        HttpRequest.newBuilder(invitations).header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + es.conectaempleo.lti.ToolDeployment.ADMIN_TOKEN)
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("The request has no body: send a JSON object");
  }

  private static String queryValue(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + query);
  }
}
