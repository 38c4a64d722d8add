package es.conectaempleo.lti.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceHttpTest {

  @Test
  void testPathSegmentBeforeQuery() {
    assertThat(
            ServiceHttp.withPathSegment(
                URI.create(
                    "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3"),
                "scores"))
        .hasToString(
            "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem/scores?type_id=3");
    assertThat(
            ServiceHttp.withPathSegment(
                URI.create("https://canvas.example.com/api/lti/courses/1/line_items/7"), "results"))
        .hasToString("https://canvas.example.com/api/lti/courses/1/line_items/7/results");
    assertThat(
            ServiceHttp.withPathSegment(
                URI.create("https://x.example/li/1/?a=1&b=2#frag"), "scores"))
        .hasToString("https://x.example/li/1/scores?a=1&b=2");
  }

  @Test
  void testQueryAppended() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("resource_link_id", "12 a&b");
    query.put("tag", null);
    query.put("limit", "10");

    assertThat(ServiceHttp.withQuery(URI.create("https://x.example/lineitems?type_id=3"), query))
        .hasToString("https://x.example/lineitems?type_id=3&resource_link_id=12+a%26b&limit=10");
    assertThat(ServiceHttp.withQuery(URI.create("https://x.example/lineitems"), query))
        .hasToString("https://x.example/lineitems?resource_link_id=12+a%26b&limit=10");
    assertThat(ServiceHttp.withQuery(URI.create("https://x.example/lineitems?"), Map.of("a", "1")))
        .hasToString("https://x.example/lineitems?a=1");
    assertThat(ServiceHttp.withQuery(URI.create("https://x.example/l?x=1"), Map.of()))
        .hasToString("https://x.example/l?x=1");
  }

  @Test
  void testStatusFailure() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                LoopbackPlatform.Reply.of(503, "{\"reason\":\"maintenance\"}")
                    .header("Retry-After", "120"))) {
      ServiceHttp http = LoopbackPlatform.http(Clock.systemUTC());

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> http.get(platform.uri("/x"), "application/json", "Bearer t"));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.HTTP_STATUS);
      assertThat(e.failure().status()).hasValue(503);
      assertThat(e.failure().retryAfter()).contains(Duration.ofSeconds(120));
      assertThat(e.failure().body()).contains("maintenance");
      assertThat(e.isRetryable()).isTrue();
      assertThat(platform.exchanges().get(0).header("Authorization")).isEqualTo("Bearer t");
    }
  }

  @Test
  void testBodyBounded() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                LoopbackPlatform.Reply.of(
                    exchange.uri().getPath().equals("/ok") ? 200 : 500, "x".repeat(10_000)))) {
      HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
      var http = new ServiceHttp(client, Duration.ofSeconds(5), Clock.systemUTC(), 4096);

      var tooLarge =
          catchThrowableOfType(
              ServiceCallException.class, () -> http.get(platform.uri("/ok"), "a/b", null));
      var error =
          catchThrowableOfType(
              ServiceCallException.class, () -> http.get(platform.uri("/error"), "a/b", null));

      assertThat(tooLarge.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(error.failure().status()).hasValue(500);
      assertThat(error.failure().body()).startsWith("xxx");
    }
  }

  @Test
  void testTimeout() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Thread.sleep(2000);
              return LoopbackPlatform.Reply.of(200, "[]");
            })) {
      HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
      var http = new ServiceHttp(client, Duration.ofMillis(300), Clock.systemUTC());

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> http.get(platform.uri("/slow"), "application/json", null));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.TIMEOUT);
      assertThat(e.isRetryable()).isTrue();
    }
  }

  @Test
  void testConnectionRefused() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    ServiceHttp http = LoopbackPlatform.http(Clock.systemUTC());

    var e =
        catchThrowableOfType(
            ServiceCallException.class,
            () ->
                http.post(
                    URI.create("http://127.0.0.1:" + port + "/token"), "a/b", "x", "a/b", null));

    assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.CONNECTION);
    assertThat(e.failure().status()).isEmpty();
    assertThat(e.isRetryable()).isTrue();
  }
}
