package es.conectaempleo.lti.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolDeployment;
import es.conectaempleo.lti.ToolSystemTest;
import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.SimulatedPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The program's figures over real launches and progress, filtered to this test's own platform. */
class ReportsResourceIT extends ToolSystemTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void testProgramFigures() throws Exception {
    SimulatedPlatform moodle = simulator.moodle(tool);
    long platformId = admin.register(moodle);
    LmsUser ana = moodle.newLearner("Ana", "García");
    LmsUser luis = moodle.newLearner("Luis", "Pérez");

    launch(moodle, ana, "excel");
    launch(moodle, ana, "word");
    LaunchFlow luisInExcel = launch(moodle, luis, "excel");
    String token = launchToken(luisInExcel.landing());
    long firstLesson = firstLesson(base, token, "excel");
    var done =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/learning/lessons/" + firstLesson + "/done"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

    JsonObject report = report(base, "?platformId=" + platformId);
    JsonObject total = report.getJsonObject("total");
    assertThat(total.getInt("enrolled")).as("distinct learners").isEqualTo(2);
    assertThat(total.getInt("started")).isEqualTo(1);
    assertThat(total.getInt("completed")).isZero();
    assertThat(total.getJsonNumber("hours").doubleValue()).isPositive();
    JsonObject excel = course(report, "excel");
    assertThat(excel.getInt("enrolled")).isEqualTo(2);
    assertThat(excel.getInt("started")).isEqualTo(1);
    assertThat(course(report, "word").getInt("enrolled")).isEqualTo(1);
    assertThat(course(report, "word").getInt("started")).isZero();
    assertThat(report.getJsonArray("courses")).hasSize(12);

    JsonObject future = report(base, "?platformId=" + platformId + "&since=2999-01-01");
    assertThat(future.getJsonObject("total").getInt("enrolled")).isZero();
    var invalid =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/reports/program?since=yesterday"))
                .header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void testProgramStaffReadTheFiguresWithTheReportsTokenAndNothingElse() throws Exception {
    SimulatedPlatform canvas = simulator.canvas(tool);
    long platformId = admin.register(canvas);
    launch(canvas, canvas.newLearner("Eva", "Ruiz"), "iot");

    var json = get("/api/admin/reports/program?platformId=" + platformId, ToolDeployment.REPORTS_TOKEN, null);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(json(json.body()).getJsonObject("total").getInt("enrolled")).isEqualTo(1);

    var csv = get("/api/admin/reports/program?platformId=" + platformId, ToolDeployment.REPORTS_TOKEN, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"conecta-empleo-"));
    var lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(14);
    assertThat(lines[0]).isEqualTo("code,title_es,title_en,enrolled,started,completed,approved,hours");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("iot,").endsWith(",1,0,0,0,0.0"));
    assertThat(lines[13]).isEqualTo("TOTAL,Total del programa,Programme total,1,0,0,0,0.0");

    assertThat(get("/api/admin/reports/program", "not-the-token", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/admin/reports/program", null, "text/csv").statusCode()).isEqualTo(401);
    var platforms = get("/api/admin/platforms", ToolDeployment.REPORTS_TOKEN, null);
    assertThat(platforms.statusCode()).as("the reports token opens nothing of the admin API").isEqualTo(401);
    assertThat(get("/api/admin/enrollments?platformId=" + platformId, ToolDeployment.REPORTS_TOKEN, null).statusCode())
        .isEqualTo(401);
  }

  private HttpResponse<String> get(String path, String token, String accept) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static LaunchFlow launch(SimulatedPlatform platform, LmsUser user, String course) {
    LaunchFlow flow = new Browser().launch(platform, user, platform.newPlacement().withCustom("course", course));
    assertThat(flow.landing().status()).as("%s", flow.launch()).isEqualTo(200);
    return flow;
  }

  private static long firstLesson(URI base, String token, String course) throws Exception {
    var outline =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/learning/courses/" + course))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(outline.statusCode()).as(outline.body()).isEqualTo(200);
    return json(outline.body())
        .getJsonArray("modules").getJsonObject(0)
        .getJsonArray("lessons").getJsonObject(0)
        .getJsonNumber("id").longValue();
  }

  private static JsonObject report(URI base, String query) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/reports/program" + query))
                .header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private static JsonObject course(JsonObject report, String code) {
    return report.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonObject("figures");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
