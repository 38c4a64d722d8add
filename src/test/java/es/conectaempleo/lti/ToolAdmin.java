package es.conectaempleo.lti;

import es.conectaempleo.simulator.Jsonp;
import es.conectaempleo.simulator.SimulatedPlatform;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tool's admin API as system tests use it: register the platforms a test launches from, and
 * read back the launch audit and the enrollment registry. Over HTTP with the test admin token.
 */
public final class ToolAdmin {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final URI base;
  private final String token;

  public ToolAdmin(URI base) {
    this(base, ToolDeployment.ADMIN_TOKEN);
  }

  /** @param token the admin token the tool was started with */
  public ToolAdmin(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** Registers a simulated platform with its endpoints and every deployment it has so far. */
  public long register(SimulatedPlatform platform) {
    String body =
        Jsonp.createObjectBuilder()
            .add("issuer", platform.issuer())
            .add("clientId", platform.clientId())
            .add("name", "Simulated " + platform.issuer())
            .add("authLoginUrl", platform.authorizationEndpoint().toString())
            .add("accessTokenUrl", platform.tokenEndpoint().toString())
            .add("jwksUrl", platform.jwksUrl().toString())
            .build()
            .toString();
    long id = json(send("POST", "/api/admin/platforms", body, 201)).getJsonNumber("id").longValue();
    for (String deploymentId : platform.deploymentIds()) {
      addDeployment(id, deploymentId);
    }
    return id;
  }

  public void addDeployment(long platformId, String deploymentId) {
    String body = Jsonp.createObjectBuilder().add("deploymentId", deploymentId).build().toString();
    send("POST", "/api/admin/platforms/" + platformId + "/deployments", body, 201);
  }

  /**
   * A one-time Dynamic Registration link (its {@code registrationUrl}) for one LMS.
   *
   * @param name what to call the platform it registers; may be {@code null}
   */
  public JsonObject invite(String name) {
    var body = Jsonp.createObjectBuilder();
    if (name != null) {
      body.add("name", name);
    }
    return json(send("POST", "/api/admin/registration-invitations", body.build().toString(), 201));
  }

  /** Ends an open invitation at once; answers the invitation as it is now. */
  public JsonObject revokeInvitation(long id) {
    return json(send("DELETE", "/api/admin/registration-invitations/" + id, null, 200));
  }

  /** Every invitation, newest first (without their URLs). */
  public List<JsonObject> invitations() {
    return array(send("GET", "/api/admin/registration-invitations", null, 200));
  }

  /** The registered platform of that issuer and client id, if any. */
  public Optional<JsonObject> platform(String issuer, String clientId) {
    return array(send("GET", "/api/admin/platforms", null, 200)).stream()
        .filter(p -> issuer.equals(p.getString("issuer")) && clientId.equals(p.getString("clientId")))
        .findFirst();
  }

  /** The deployment ids registered for the platform. */
  public List<String> deployments(long platformId) {
    return array(send("GET", "/api/admin/platforms/" + platformId + "/deployments", null, 200)).stream()
        .map(d -> d.getString("deploymentId"))
        .toList();
  }

  /** The id of the newest launch audit row, 0 when there is none: a mark to read rows after. */
  public long lastAuditId() {
    List<JsonObject> newest = array(send("GET", "/api/admin/launches?limit=1", null, 200));
    return newest.isEmpty() ? 0 : newest.get(0).getJsonNumber("id").longValue();
  }

  /** Audit rows written after a mark, newest first. */
  public List<JsonObject> auditsSince(long mark) {
    return array(send("GET", "/api/admin/launches?limit=500", null, 200)).stream()
        .filter(row -> row.getJsonNumber("id").longValue() > mark)
        .toList();
  }

  /** Enrollments matching the filter ({@code platformId}, {@code subject}, {@code course}). */
  public List<JsonObject> enrollments(Map<String, String> filter) {
    String query =
        filter.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return array(send("GET", "/api/admin/enrollments?" + query, null, 200));
  }

  public List<JsonObject> enrollments(long platformId, String subject) {
    return enrollments(Map.of("platformId", Long.toString(platformId), "subject", subject));
  }

  private String send(String method, String path, String json, int expectedStatus) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String body) {
    return Jsonp.createReader(new StringReader(body)).readObject();
  }

  private static List<JsonObject> array(String body) {
    return Jsonp.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
  }
}
