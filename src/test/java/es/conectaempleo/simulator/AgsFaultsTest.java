package es.conectaempleo.simulator;

import static es.conectaempleo.simulator.AgsEndpointsTest.NO_TOOL;
import static es.conectaempleo.simulator.AgsEndpointsTest.SCORE;
import static es.conectaempleo.simulator.AgsEndpointsTest.graded;
import static es.conectaempleo.simulator.AgsEndpointsTest.postScore;
import static es.conectaempleo.simulator.AgsEndpointsTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault switches of the simulated grade services: each planned fault answers as promised, and
 * no faulted score reaches the gradebook.
 */
class AgsFaultsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SimulatedPlatform moodle;
  private Gradebook gradebook;
  private LineItem item;
  private LmsUser ana;
  private String token;

  @BeforeAll
  static void start() {
    AgsEndpointsTest.start();
  }

  @AfterAll
  static void stop() {
    AgsEndpointsTest.stop();
  }

  @BeforeEach
  void course() throws Exception {
    moodle = AgsEndpointsTest.simulator.moodle(NO_TOOL);
    Placement placement = moodle.newPlacement().withGradeService();
    gradebook = moodle.gradebook(placement);
    ana = moodle.newLearner("Ana", "García");
    gradebook.enrol(ana);
    item = gradebook.lineItem(placement);
    token = token(moodle, ClaimNames.SCOPE_SCORE);
  }

  @Test
  void testFailNextThenServe() throws Exception {
    moodle.faults().failNext(2, 500);
    Instant t = Instant.now();

    assertThat(postScore(item, token, graded(ana, t, 5).build()).status()).isEqualTo(500);
    assertThat(postScore(item, token, graded(ana, t, 5).build()).status()).isEqualTo(500);
    assertThat(gradebook.scores(item, ana)).isEmpty();
    assertThat(postScore(item, token, graded(ana, t, 5).build()).status()).isEqualTo(200);

    assertThat(gradebook.scores(item, ana)).hasSize(1);
    assertThat(gradebook.requests()).extracting(AgsRequest::status).containsExactly(500, 500, 200);
    assertThat(gradebook.requests()).extracting(AgsRequest::userId).containsOnly(ana.sub());
  }

  @Test
  void testRandomFailuresRepeatWithTheSeed() throws Exception {
    List<Integer> first = randomRun(42);
    List<Integer> second = randomRun(42);

    assertThat(first).isEqualTo(second).contains(500, 200);
  }

  @Test
  void testThrottledAndUnavailableCarryRetryAfter() throws Exception {
    moodle.faults().throttleNext(1, Duration.ofSeconds(2)).unavailableNext(1, Duration.ofSeconds(30));

    AgsEndpointsTest.Answer throttled = postScore(item, token, graded(ana, Instant.now(), 5).build());
    AgsEndpointsTest.Answer unavailable = postScore(item, token, graded(ana, Instant.now(), 5).build());

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("2");
    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.header("Retry-After")).isEqualTo("30");
    assertThat(gradebook.scores(item, ana)).isEmpty();
  }

  @Test
  void testDelayedScoreStoredLateMeetsMoodle409OnRetry() throws Exception {
    moodle.faults().delayNext(1, Duration.ofMillis(1500), true);
    String score = graded(ana, Instant.now(), 5).build().toString();

    assertThatThrownBy(() -> post(score, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
    awaitScores(1);
    assertThat(postScore(item, token, jakarta.json.Json.createReader(new java.io.StringReader(score)).readObject()).status())
        .as("the retry of a score Moodle already took").isEqualTo(409);
    assertThat(gradebook.scores(item, ana)).hasSize(1);
  }

  @Test
  void testDelayedScoreLostIsNotStored() throws Exception {
    moodle.faults().delayNext(1, Duration.ofMillis(800), false);

    assertThatThrownBy(() -> post(graded(ana, Instant.now(), 5).build().toString(), Duration.ofMillis(300)))
        .isInstanceOf(HttpTimeoutException.class);
    awaitRequests(1);

    assertThat(gradebook.requests()).extracting(AgsRequest::status).containsExactly(504);
    assertThat(gradebook.scores(item, ana)).isEmpty();
  }

  @Test
  void testDownPlatformAnswersNothingOr503() throws Exception {
    moodle.faults().downUntil(Instant.now().plusSeconds(60), AgsFaults.Outage.UNAVAILABLE);
    AgsEndpointsTest.Answer unavailable = postScore(item, token, graded(ana, Instant.now(), 5).build());
    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(Long.parseLong(unavailable.header("Retry-After"))).isBetween(55L, 60L);
    assertThat(new Browser().post(moodle.tokenEndpoint(), java.util.Map.of()).status()).as("the token endpoint too").isEqualTo(503);

    moodle.faults().downUntil(Instant.now().plusSeconds(3600), AgsFaults.Outage.UNAVAILABLE, Duration.ofSeconds(2));
    assertThat(postScore(item, token, graded(ana, Instant.now(), 5).build()).header("Retry-After"))
        .as("a site that does not know when it is back").isEqualTo("2");

    moodle.faults().downUntil(Instant.now().plusSeconds(60), AgsFaults.Outage.NO_ANSWER);
    assertThatThrownBy(() -> post(graded(ana, Instant.now(), 5).build().toString(), Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);

    moodle.faults().downUntil(Instant.now().minusSeconds(1), AgsFaults.Outage.NO_ANSWER);
    assertThat(postScore(item, token, graded(ana, Instant.now(), 5).build()).status()).as("back after the outage").isEqualTo(200);
    assertThat(gradebook.scores(item, ana)).hasSize(1);
  }

  @Test
  void testRejectedUserForGood() throws Exception {
    LmsUser eva = moodle.newLearner("Eva", "López");
    gradebook.enrol(eva);
    moodle.faults().rejectUser(ana, 404);

    assertThat(postScore(item, token, graded(ana, Instant.now(), 5).build()).status()).isEqualTo(404);
    assertThat(postScore(item, token, graded(ana, Instant.now().plusSeconds(1), 5).build()).status()).isEqualTo(404);
    assertThat(postScore(item, token, graded(eva, Instant.now(), 5).build()).status()).isEqualTo(200);
    assertThat(gradebook.scores(item, ana)).isEmpty();
  }

  @Test
  void testRevokedTokenOnceThenANewTokenWorks() throws Exception {
    TokenEndpoint tokens = moodle.serveTokens(null);
    long issued = tokens.issued();
    moodle.faults().revokeTokenOnce();
    Instant t = Instant.now();

    AgsEndpointsTest.Answer revoked = postScore(item, token, graded(ana, t, 5).build());
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(postScore(item, token, graded(ana, t, 5).build()).status()).as("the old token stays revoked").isEqualTo(401);
    assertThat(postScore(item, token(moodle, ClaimNames.SCOPE_SCORE), graded(ana, t, 5).build()).status()).isEqualTo(200);

    assertThat(tokens.issued()).isEqualTo(issued + 1);
    assertThat(gradebook.scores(item, ana)).hasSize(1);
  }

  // ---------------------------------------------------------------- helpers

  private List<Integer> randomRun(long seed) throws Exception {
    course();
    moodle.faults().failRandomly(0.5, seed);
    var statuses = new ArrayList<Integer>();
    Instant t = Instant.now();
    for (int i = 0; i < 12; i++) {
      statuses.add(postScore(item, token, graded(ana, t.plusSeconds(i), i).build()).status());
    }
    assertThat(gradebook.scores(item, ana)).hasSize((int) statuses.stream().filter(s -> s == 200).count());
    return statuses;
  }

  private void post(String score, Duration timeout) throws IOException, InterruptedException {
    HTTP.send(
        HttpRequest.newBuilder(URI.create(item.scoresUrl()))
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", SCORE)
            .POST(HttpRequest.BodyPublishers.ofString(score))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void awaitScores(int count) throws InterruptedException {
    for (int i = 0; i < 50 && gradebook.scores(item, ana).size() < count; i++) {
      Thread.sleep(100);
    }
  }

  private void awaitRequests(int count) throws InterruptedException {
    for (int i = 0; i < 50 && gradebook.requests().size() < count; i++) {
      Thread.sleep(100);
    }
  }
}
