package es.conectaempleo.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request to a simulated platform, with what its endpoints need: the parameters of a query or
 * a form body, and HTML or JSON answers. Routes added later (token, AGS, NRPS) use it too.
 */
public final class Exchange {
  private final HttpExchange http;
  private Map<String, String> parameters;
  private String body;
  private int status;
  private java.util.function.IntConsumer onAnswer;

  public Exchange(HttpExchange http) {
    this.http = http;
  }

  public HttpExchange http() {
    return http;
  }

  public String method() {
    return http.getRequestMethod().toUpperCase(Locale.ROOT);
  }

  /** The request body as text (read once, kept). */
  public String body() throws IOException {
    if (body == null) {
      body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }
    return body;
  }

  /**
   * Query parameters, then (for a form POST) body parameters, first value of each; the body wins
   * on a name in both.
   */
  public Map<String, String> parameters() throws IOException {
    if (parameters == null) {
      var all = new LinkedHashMap<String, String>();
      all.putAll(decode(http.getRequestURI().getRawQuery()));
      String type = http.getRequestHeaders().getFirst("Content-Type");
      if ("POST".equals(method()) && type != null
          && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        all.putAll(decode(body()));
      }
      parameters = all;
    }
    return parameters;
  }

  public void html(int status, String html) throws IOException {
    respond(status, "text/html; charset=utf-8", html);
  }

  public void json(int status, String json) throws IOException {
    respond(status, "application/json", json);
  }

  /** The status answered; 0 until then. */
  public int status() {
    return status;
  }

  /**
   * Runs once with the status of the answer, before it is written: a test that has the answer
   * already sees what the endpoint recorded, and a client that gave up waiting is recorded too.
   */
  public void onAnswer(java.util.function.IntConsumer listener) {
    onAnswer = listener;
  }

  public void respond(int status, String contentType, String text) throws IOException {
    this.status = status;
    java.util.function.IntConsumer listener = onAnswer;
    onAnswer = null;
    if (listener != null) {
      listener.accept(status);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    http.getResponseHeaders().set("Content-Type", contentType);
    http.getResponseHeaders().set("Cache-Control", "no-store");
    http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** {@code a=1&b=2}, URL-encoded, in the map's order. */
  static String encode(Map<String, String> parameters) {
    var query = new StringBuilder();
    parameters.forEach(
        (name, value) ->
            query.append(query.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  static Map<String, String> decode(String encoded) {
    var values = new LinkedHashMap<String, String>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }
}
