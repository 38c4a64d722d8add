package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.simulator.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The learning and catalog APIs as a content player calls them: plain HTTP with the launch token as
 * {@code Authorization: Bearer}. Answers are kept raw (status, headers, body) so tests can check
 * errors as well as results. Thread-safe.
 */
public final class LearningApi {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One answer of the API. */
  public record Reply(String method, String path, int status, java.net.http.HttpHeaders headers, String body) {
    public String contentType() {
      return headers.firstValue("content-type").orElse("");
    }

    public JsonObject json() {
      return Jsonp.createReader(new StringReader(body)).readObject();
    }

    public JsonArray array() {
      return Jsonp.createReader(new StringReader(body)).readArray();
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + body;
    }
  }

  private final URI base;

  public LearningApi(URI base) {
    this.base = base;
  }

  /** A GET with the token as bearer ({@code null}: no Authorization header). */
  public Reply get(String path, String token) {
    return send("GET", path, token == null ? null : "Bearer " + token, null);
  }

  /** A POST of JSON ({@code null}: no body) with the token as bearer. */
  public Reply post(String path, String token, String json) {
    return send("POST", path, token == null ? null : "Bearer " + token, json);
  }

  /** Any request with exactly this Authorization header ({@code null}: none). */
  public Reply send(String method, String path, String authorization, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(method, path, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code {"answers":{"<question id>":<option id>,…}}}. */
  public static String answers(Map<Long, Long> chosen) {
    var answers = Jsonp.createObjectBuilder();
    chosen.forEach((question, option) -> answers.add(Long.toString(question), option));
    return Jsonp.createObjectBuilder().add("answers", answers).build().toString();
  }
}
