package es.conectaempleo.lti.registration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API over real HTTP: bearer token, validation, problem details, conflicts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformsResourceIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource URL url;

  private URI platforms;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ToolDeployment.war();
  }

  @BeforeEach
  void setUp() {
    platforms = URI.create(ToolDeployment.base(url) + "/api/admin/platforms");
  }

  @Test
  void testAdminApiWithoutToken() throws Exception {
    var response = HTTP.send(HttpRequest.newBuilder(platforms).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void testAdminApiWithWrongToken() throws Exception {
    var response = HTTP.send(
        HttpRequest.newBuilder(platforms).header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN + "x").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    var write = HTTP.send(
        HttpRequest.newBuilder(platforms).header("Authorization", "Bearer wrong").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(platformJson("https://lms.example.org", "c1"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  void testRegisterPlatformAndDeployment() throws Exception {
    String issuer = "https://moodle-" + UUID.randomUUID() + ".example.org";
    var created = post(platforms, platformJson(issuer, "GISQB0HdF95ijvc"));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject platform = json(created.body());
    assertThat(platform.getString("issuer")).isEqualTo(issuer);
    assertThat(platform.getString("clientId")).isEqualTo("GISQB0HdF95ijvc");
    URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
    assertThat(location.getPath()).isEqualTo("/api/admin/platforms/" + platform.getInt("id"));

    var deployment = post(URI.create(platforms + "/" + platform.getInt("id") + "/deployments"), "{\"deploymentId\":\"3\"}");
    assertThat(deployment.statusCode()).isEqualTo(201);
    assertThat(json(deployment.body()).getString("deploymentId")).isEqualTo("3");

    var list = get(URI.create(platforms + "/" + platform.getInt("id") + "/deployments"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(Json.createReader(new StringReader(list.body())).readArray()).hasSize(1);
  }

  @Test
  void testRegisterPlatformRejectedWhenDuplicate() throws Exception {
    String issuer = "https://canvas-" + UUID.randomUUID() + ".example.org";
    assertThat(post(platforms, platformJson(issuer, "10000000000011")).statusCode()).isEqualTo(201);
    var again = post(platforms, platformJson(issuer, "10000000000011"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    // Same issuer, other client id: Canvas cloud has one issuer for every customer.
    assertThat(post(platforms, platformJson(issuer, "10000000000012")).statusCode()).isEqualTo(201);
  }

  @Test
  void testRegisterPlatformRejectedWhenInvalid() throws Exception {
    var response = post(platforms, "{\"issuer\":\"http://lms.example.org\",\"clientId\":\"\",\"authLoginUrl\":\"not a url\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject problem = json(response.body());
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("issuer", "clientId", "authLoginUrl", "accessTokenUrl", "jwksUrl");
  }

  @Test
  void testRegisterPlatformRejectedWhenBodyIsNotJson() throws Exception {
    var response = post(platforms, "{\"issuer\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void testDeploymentOfUnknownPlatform() throws Exception {
    var response = post(URI.create(platforms + "/999999/deployments"), "{\"deploymentId\":\"1\"}");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void testMalformedWholeNumberQueryParametersAnswer400() throws Exception {
    String base = ToolDeployment.base(url) + "/api/admin/";
    for (String query : new String[] {
          "enrollments?limit=ten", "enrollments?platformId=moodle", "launches?limit=1e3", "reports/program?platformId=x"}) {
      var response = get(URI.create(base + query));
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
      assertThat(json(response.body()).getString("detail")).as(query).endsWith("must be a whole number");
    }
    var tooLarge = get(URI.create(base + "enrollments?limit=99999999999"));
    assertThat(json(tooLarge.body()).getString("detail")).isEqualTo("Query parameter limit is out of range");
    // An empty value is no value: the default applies.
    assertThat(get(URI.create(base + "enrollments?limit=&platformId=")).statusCode()).isEqualTo(200);
    // A path parameter that is no number names nothing: still 404.
    assertThat(get(URI.create(base + "platforms/abc")).statusCode()).isEqualTo(404);
  }

  /** Headers Jersey cannot parse answered 400 with an empty body; now the caller reads what went wrong. */
  @Test
  void testMalformedContentNegotiationHeaders() throws Exception {
    for (String contentType : new String[] {"application/json;;;=", "garbage", "/", "application/json; charset"}) {
      var response = HTTP.send(
          HttpRequest.newBuilder(platforms)
              .header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofString(platformJson("https://lms.example.org/malformed", "c1")))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(contentType).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(contentType).hasValue("application/problem+json");
      assertThat(json(response.body()).getString("detail")).as(contentType).isEqualTo("The Content-Type header is not a media type");
    }
    assertThat(get(platforms).body()).doesNotContain("https://lms.example.org/malformed");

    // A malformed Accept or Accept-Language counts as absent: the answer is the usual one.
    for (String[] header : new String[][] {{"Accept", ";;;"}, {"Accept", "text/html;q=abc"}, {"Accept-Language", "es;q=x,,"}}) {
      var response = HTTP.send(
          HttpRequest.newBuilder(URI.create(ToolDeployment.base(url) + "/api/catalog")).header(header[0], header[1]).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(header[1]).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).as(header[1]).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(response.body()).as(header[1]).contains("programacion");
    }
  }

  @Test
  void testBodiesOverOneMebibyteRefusedBeforeReading() throws Exception {
    byte[] large = ("{\"issuer\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var withLength = HTTP.send(
        HttpRequest.newBuilder(platforms).header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(),
        HttpResponse.BodyHandlers.ofString());
    var chunked = HTTP.send(
        HttpRequest.newBuilder(platforms).header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large))).build(),
        HttpResponse.BodyHandlers.ofString());

    for (var response : List.of(withLength, chunked)) {
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(json(response.body()).getString("detail")).isEqualTo("The request body is larger than 1 MiB");
    }
    // A small body sent in chunks is read as usual.
    var small = HTTP.send(
        HttpRequest.newBuilder(platforms).header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(platformJson("https://chunked.example.org", "c1").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
  }

  @Test
  void testOpenApiDescribesNoResources() throws Exception {
    var response = HTTP.send(
        HttpRequest.newBuilder(URI.create(ToolDeployment.base(url) + "/openapi")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi:").doesNotContain("/api/admin", "/lti/launch");
  }

  static String platformJson(String issuer, String clientId) {
    return Json.createObjectBuilder()
        .add("issuer", issuer)
        .add("clientId", clientId)
        .add("name", "Test LMS")
        .add("authLoginUrl", issuer + "/mod/lti/auth.php")
        .add("accessTokenUrl", issuer + "/mod/lti/token.php")
        .add("jwksUrl", issuer + "/mod/lti/certs.php")
        .build()
        .toString();
  }

  private static HttpResponse<String> post(URI uri, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
