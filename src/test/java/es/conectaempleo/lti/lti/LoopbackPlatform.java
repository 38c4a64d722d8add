package es.conectaempleo.lti.lti;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny platform endpoint on 127.0.0.1 for library tests: each test's handler plays a strict
 * service (checks media types, Authorization, form fields) and answers. Traffic never leaves
 * loopback. Not the LMS simulator: that lives elsewhere and is reached over HTTP only.
 */
public final class LoopbackPlatform implements AutoCloseable {

  /** What the tool sent. */
  public record Exchange(String method, URI uri, Headers headers, String body) {
    public String header(String name) {
      return headers.getFirst(name);
    }

    public Map<String, String> form() {
      return decode(body);
    }

    public Map<String, String> query() {
      return decode(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }
  }

  /** What the platform answers. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public static Reply of(int status, String body) {
      return new Reply(status, Map.of(), body);
    }

    /**
     * A header sent as the UTF-8 bytes of {@code value}, as PHP's {@code header()} sends Moodle's
     * typographic quotes ({@code HttpServer} writes each character as one byte).
     */
    public Reply utf8Header(String name, String value) {
      return header(
          name, new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    public Reply header(String name, String value) {
      var headers = new LinkedHashMap<>(this.headers);
      headers.merge(
          name,
          List.of(value),
          (a, b) -> {
            var both = new java.util.ArrayList<>(a);
            both.addAll(b);
            return both;
          });
      return new Reply(status, headers, body);
    }
  }

  @FunctionalInterface
  public interface Handler {
    Reply handle(Exchange exchange) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  private LoopbackPlatform(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        http -> {
          Reply reply;
          try {
            var exchange =
                new Exchange(
                    http.getRequestMethod(),
                    http.getRequestURI(),
                    http.getRequestHeaders(),
                    new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchanges.add(exchange);
            reply = handler.handle(exchange);
          } catch (Exception | AssertionError e) {
            reply = Reply.of(500, "test endpoint failed: " + e);
          }
          reply
              .headers()
              .forEach(
                  (name, values) -> values.forEach(v -> http.getResponseHeaders().add(name, v)));
          byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
          http.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
          if (body.length > 0) {
            http.getResponseBody().write(body);
          }
          http.close();
        });
    server.setExecutor(executor);
    server.start();
  }

  public static LoopbackPlatform start(Handler handler) throws IOException {
    return new LoopbackPlatform(handler);
  }

  /** A URL on this endpoint, e.g. {@code /mod/lti/token.php}. */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  public List<Exchange> exchanges() {
    return exchanges;
  }

  /** The transport under test, with a client that never uses a proxy. */
  public static ServiceHttp http(Clock clock) {
    HttpClient client =
        HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new ServiceHttp(client, Duration.ofSeconds(5), clock);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static Map<String, String> decode(String encoded) {
    var values = new LinkedHashMap<String, String>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }
}
