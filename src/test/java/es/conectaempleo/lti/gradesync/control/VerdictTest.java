package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.ServiceFailure;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictTest {
  private static final URI SCORES = URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3");

  private static ServiceFailure status(int status) {
    return ServiceFailure.status("POST", SCORES, status, HttpHeaders.of(Map.of(), (a, b) -> true), "", Instant.EPOCH);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 412, 422})
  void testPermanentStatusesFail(int code) {
    assertThat(Verdict.of(status(code), false, false)).isEqualTo(Verdict.FAILED);
    assertThat(Verdict.of(status(code), true, true)).isEqualTo(Verdict.FAILED);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void testTransientStatusesRetry(int code) {
    assertThat(Verdict.of(status(code), false, false)).isEqualTo(Verdict.RETRY);
  }

  @Test
  void testTimeoutsAndBrokenConnectionsRetry() {
    assertThat(Verdict.of(ServiceFailure.timeout("POST", SCORES), false, false)).isEqualTo(Verdict.RETRY);
    assertThat(Verdict.of(ServiceFailure.connection("POST", SCORES, "ConnectException"), true, false))
        .isEqualTo(Verdict.RETRY);
    assertThat(Verdict.of(ServiceFailure.malformed("POST", SCORES, 200, "<html>", "not JSON"), false, false))
        .isEqualTo(Verdict.RETRY);
  }

  @Test
  void testUnauthorizedRefreshesOnceThenRetriesLater() {
    assertThat(Verdict.of(status(401), false, false)).isEqualTo(Verdict.REFRESH_TOKEN);
    assertThat(Verdict.of(status(401), false, true)).isEqualTo(Verdict.RETRY);
  }

  @Test
  void testConflictAfterAnEarlierTryIsDelivered() {
    assertThat(Verdict.of(status(409), true, false)).isEqualTo(Verdict.DELIVERED);
  }

  @Test
  void testConflictOnTheFirstTryIsRetriedWithAFreshStamp() {
    assertThat(Verdict.of(status(409), false, false)).isEqualTo(Verdict.RETRY);
  }

  @Test
  void testRetryAfterIsReadByTheLibrary() {
    var failure =
        ServiceFailure.status(
            "POST", SCORES, 503, HttpHeaders.of(Map.of("Retry-After", List.of("7")), (a, b) -> true), "", Instant.EPOCH);
    assertThat(Verdict.of(failure, false, false)).isEqualTo(Verdict.RETRY);
    assertThat(failure.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(7));
  }
}
