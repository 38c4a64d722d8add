package es.conectaempleo.lti.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceFailureTest {
  private static final URI SCORES =
      URI.create(
          "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem/scores?type_id=3");
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private static ServiceFailure status(int status, Map<String, List<String>> headers, String body) {
    return ServiceFailure.status(
        "POST", SCORES, status, HttpHeaders.of(headers, (a, b) -> true), body, NOW);
  }

  @Test
  void testRetryAfterSeconds() {
    assertThat(ServiceFailure.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(status(429, Map.of("Retry-After", List.of(" 7 ")), "").retryAfter())
        .contains(Duration.ofSeconds(7));
  }

  @Test
  void testRetryAfterHttpDate() {
    assertThat(ServiceFailure.parseRetryAfter("Sat, 28 Nov 2026 10:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
    assertThat(ServiceFailure.parseRetryAfter("Sat, 28 Nov 2026 09:00:00 GMT", NOW))
        .contains(Duration.ZERO);
  }

  @Test
  void testRetryAfterRejected() {
    assertThat(ServiceFailure.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(ServiceFailure.parseRetryAfter("-5", NOW)).isEmpty();
    assertThat(status(503, Map.of(), "").retryAfter()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 412, 422})
  void testPermanent(int code) {
    ServiceFailure failure = status(code, Map.of(), "{\"reason\":\"Incorrect score received\"}");

    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure.isRetryable()).isFalse();
    assertThat(failure.isUnauthorized()).isFalse();
    assertThat(failure.status()).hasValue(code);
  }

  @Test
  void testCanvasThrottleIsARateLimitNotAVerdict() {
    ServiceFailure throttled =
        status(403, Map.of("Content-Type", List.of("text/plain"), "X-Rate-Limit-Remaining", List.of("0.0")),
            "403 Forbidden (Rate Limit Exceeded)\n");

    assertThat(throttled.isRateLimited()).isTrue();
    assertThat(throttled.isPermanent()).isFalse();
    assertThat(throttled.isRetryable()).isTrue();
    assertThat(status(403, Map.of(), "403 Forbidden (Rate Limit Exceeded)").isRateLimited()).as("the text alone").isTrue();
    assertThat(status(403, Map.of("X-Rate-Limit-Remaining", List.of("-12.5")), "").isRateLimited()).as("the header alone").isTrue();
    assertThat(status(429, Map.of(), "").isRateLimited()).isTrue();
  }

  @Test
  void testOtherForbiddenAnswersStayPermanent() {
    ServiceFailure refused =
        status(403, Map.of("X-Rate-Limit-Remaining", List.of("650.0")), "{\"errors\":[{\"message\":\"Access denied\"}]}");

    assertThat(refused.isRateLimited()).isFalse();
    assertThat(refused.isPermanent()).isTrue();
    assertThat(status(403, Map.of("X-Rate-Limit-Remaining", List.of("lots")), "").isPermanent()).isTrue();
    assertThat(status(503, Map.of(), "Rate limit exceeded").isRateLimited()).as("only 403 and 429").isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void testRetryable(int code) {
    assertThat(status(code, Map.of(), "").isRetryable()).isTrue();
    assertThat(status(code, Map.of(), "").isPermanent()).isFalse();
  }

  @Test
  void testUnauthorizedAndConflict() {
    assertThat(status(401, Map.of(), "").isUnauthorized()).isTrue();
    assertThat(status(401, Map.of(), "").isRetryable()).isFalse();
    assertThat(status(409, Map.of(), "").isConflict()).isTrue();
    assertThat(status(409, Map.of(), "").isPermanent()).isFalse();
  }

  @Test
  void testTransportFailuresRetryable() {
    assertThat(ServiceFailure.timeout("GET", SCORES).isRetryable()).isTrue();
    assertThat(ServiceFailure.timeout("GET", SCORES).status()).isEmpty();
    assertThat(ServiceFailure.connection("GET", SCORES, "refused").isRetryable()).isTrue();
  }

  @Test
  void testMalformedNeitherPermanentNorRetryable() {
    ServiceFailure failure = ServiceFailure.malformed("GET", SCORES, 200, "<html>", "not JSON");

    assertThat(failure.isRetryable()).isFalse();
    assertThat(failure.isPermanent()).isFalse();
  }

  @Test
  void testBodyTruncated() {
    ServiceFailure failure = status(500, Map.of(), "x".repeat(5000));

    assertThat(failure.body()).hasSize(ServiceFailure.MAX_BODY_CHARS + 1).endsWith("…");
    assertThat(new ServiceCallException(failure).getMessage())
        .startsWith("Service call failed: POST ");
  }
}
