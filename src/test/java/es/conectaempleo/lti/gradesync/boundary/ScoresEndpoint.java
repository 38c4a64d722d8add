package es.conectaempleo.lti.gradesync.boundary;

import es.conectaempleo.simulator.Exchange;
import es.conectaempleo.simulator.Jsonp;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.TokenEndpoint;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The AGS scores endpoint of a simulated Moodle activity (its claim's {@code lineitem} +
 * {@code /scores}) in place of the simulator's, with finer fault switches (exact status sequences, a
 * request held until the test releases it), strict as Moodle is: bearer token with the score scope, the score media type,
 * the four required members, {@code scoreMaximum} with {@code scoreGiven}, and 409 for a timestamp
 * not later than the stored one. Fault switches answer the next requests with given statuses, a
 * delay (a timeout for the tool), or 503 for a period. Thread-safe.
 */
final class ScoresEndpoint {
  static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

  /** One request as received and answered. */
  record Received(
      Instant at,
      String query, String contentType, String body, String userId, String timestamp, String activityProgress,
      String gradingProgress, Double scoreGiven, int status) {}

  /** A fault: a status (with Retry-After seconds, or -1), and a delay before answering. */
  private record Fault(int status, int retryAfter, Duration delay, String body) {}

  private final TokenEndpoint tokens;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> stored = new ConcurrentHashMap<>();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private volatile Instant downUntil = Instant.MIN;
  volatile CountDownLatch hold;
  volatile CountDownLatch arrived;
  /** Every request is answered this late (an LMS under load), within the tool's timeout. */
  volatile Duration slow = Duration.ZERO;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  private ScoresEndpoint(TokenEndpoint tokens) {
    this.tokens = tokens;
  }

  /** Serves the scores of a Moodle placement's line item (the one its claim names). */
  static ScoresEndpoint moodle(SimulatedPlatform moodle, TokenEndpoint tokens, Placement placement) {
    var endpoint = new ScoresEndpoint(tokens);
    // Replaces the simulator's own scores route of the activity's line item.
    moodle.route(moodle.gradebook(placement).lineItem(placement).path() + "/scores", endpoint::handle);
    return endpoint;
  }

  ScoresEndpoint answerNext(int... statuses) {
    for (int status : statuses) {
      faults.add(new Fault(status, -1, Duration.ZERO, "{\"error\":\"fault " + status + "\"}"));
    }
    return this;
  }

  ScoresEndpoint answerNext(int status, int retryAfterSeconds) {
    faults.add(new Fault(status, retryAfterSeconds, Duration.ZERO, "{\"error\":\"slow down\"}"));
    return this;
  }

  ScoresEndpoint answerNext(int status, String body) {
    faults.add(new Fault(status, -1, Duration.ZERO, body));
    return this;
  }

  /** The next request waits this long before it is answered normally (the tool times out). */
  ScoresEndpoint delayNext(Duration delay) {
    faults.add(new Fault(0, -1, delay, null));
    return this;
  }

  /** 503 without Retry-After to everyone for a while. */
  ScoresEndpoint downFor(Duration period) {
    downUntil = Instant.now().plus(period);
    return this;
  }

  /** The most requests this endpoint was answering at the same time. */
  int mostInFlight() {
    return mostInFlight.get();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> of(String userId) {
    return received.stream().filter(r -> userId.equals(r.userId())).toList();
  }

  /** What the gradebook holds for a learner: the last score accepted. */
  Received stored(String userId) {
    List<Received> accepted = of(userId).stream().filter(r -> r.status() == 200).toList();
    return accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
  }

  private void handle(Exchange exchange) throws IOException {
    String query = exchange.http().getRequestURI().getRawQuery();
    String contentType = exchange.http().getRequestHeaders().getFirst("Content-Type");
    String body = exchange.body();
    JsonObject score = null;
    try {
      score = Jsonp.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException e) {
      // refused below
    }
    String user = score == null ? null : score.getString("userId", null);
    String timestamp = score == null ? null : score.getString("timestamp", null);
    Double given = score != null && score.containsKey("scoreGiven") ? score.getJsonNumber("scoreGiven").doubleValue() : null;
    boolean authorized =
        tokens.authorize(exchange.http().getRequestHeaders().getFirst("Authorization"), SCORE_SCOPE)
            == TokenEndpoint.Access.GRANTED;
    // Faults apply to requests that get past the token check.
    Fault fault = authorized ? faults.poll() : null;
    int status;
    String answer = "{}";
    if (!authorized) {
      status = 401;
      answer = "{\"error\":\"invalid_token\"}";
    } else if (Instant.now().isBefore(downUntil)) {
      status = 503;
      answer = "{\"error\":\"down\"}";
    } else if (fault != null && fault.status() != 0) {
      status = fault.status();
      answer = fault.body();
      if (fault.retryAfter() >= 0) {
        exchange.http().getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfter()));
      }
    } else if (!MEDIA_TYPE.equals(contentType) || score == null || user == null || timestamp == null
        || !score.containsKey("activityProgress") || !score.containsKey("gradingProgress")
        || (given != null && !score.containsKey("scoreMaximum"))) {
      status = 400;
      answer = "{\"error\":\"Incorrect score received\"}";
    } else {
      synchronized (this) {
        String before = stored.get(user);
        // The tool sends whole seconds in one format, so text order is time order.
        status = before != null && before.compareTo(timestamp) >= 0 ? 409 : 200;
        if (status == 200) {
          stored.put(user, timestamp);
        }
      }
      if (status == 409) {
        answer = "{\"error\":\"Refusing score with an earlier timestamp\"}";
      }
    }
    received.add(
        new Received(Instant.now(), query, contentType, body, user, timestamp,
            score == null ? null : score.getString("activityProgress", null),
            score == null ? null : score.getString("gradingProgress", null), given, status));
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      if (fault != null && !fault.delay().isZero()) {
        sleep(fault.delay());
      }
      if (!slow.isZero()) {
        sleep(slow);
      }
      CountDownLatch waiting = hold;
      if (waiting != null) {
        arrived.countDown();
        try {
          waiting.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    } finally {
      inFlight.decrementAndGet();
    }
    exchange.json(status, answer);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
