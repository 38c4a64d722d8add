package es.conectaempleo.simulator;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The score publish service of a course's line items (AGS 2.0 §3.4): POST {@code {lineitem}/scores}
 * with a bearer token holding the {@code score} scope and a score JSON of Content-Type {@code
 * application/vnd.ims.lis.v1.score+json}. It checks, in order: the token (401/403), the LMS's
 * query, the {@link AgsFaults} planned for this score, the Content-Type, the fields (userId;
 * timestamp ISO 8601 with an offset; the progress enums; scoreGiven ≥ 0 only with scoreMaximum >
 * 0), a user rejected for good, that the user is a student of the course, and that the timestamp
 * is late enough for the LMS; then stores it in the {@link Gradebook}. Refused and faulted scores
 * are not stored. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service">AGS 2.0 §3.4</a>
 */
final class ScoresEndpoint {
  static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
  static final Set<String> ACTIVITY_PROGRESS = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
  static final Set<String> GRADING_PROGRESS = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

  private final SimulatedPlatform platform;
  private final Gradebook gradebook;

  ScoresEndpoint(SimulatedPlatform platform, Gradebook gradebook) {
    this.platform = platform;
    this.gradebook = gradebook;
  }

  void handle(Exchange exchange, long number) throws IOException {
    String userId = null;
    if ("POST".equals(exchange.method())) {
      try {
        userId = Jsonp.createReader(new StringReader(exchange.body())).readObject().getString("userId", null);
      } catch (JsonException e) {
        // the score is refused below; the log has no user
      }
    }
    String user = userId;
    exchange.onAnswer(status -> gradebook.log(AgsRequest.Endpoint.SCORES, exchange, status, user));
    LineItem item = gradebook.item(number);
    if (item == null) {
      ServiceAccess.error(exchange, 404, "No line item found"); // deleted by a teacher
    } else if ("POST".equals(exchange.method())) {
      post(exchange, item);
    } else {
      ServiceAccess.methodNotAllowed(exchange, "POST");
    }
  }

  private int post(Exchange exchange, LineItem item) throws IOException {
    GradingRules rules = gradebook.rules();
    int refused = ServiceAccess.admit(exchange, platform, rules, ClaimNames.SCOPE_SCORE);
    if (refused != 0) {
      return refused;
    }
    AgsFaults faults = platform.faults();
    if (faults.takeRevocation()) {
      platform.tokens().revokeTokens();
      exchange.http().getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      return ServiceAccess.error(exchange, 401, "access token revoked");
    }
    AgsFaults.Fault fault = faults.nextScoreFault();
    if (fault != null) {
      sleep(fault.delay());
      if (fault.canvasThrottle()) {
        exchange.http().getResponseHeaders().set("X-Rate-Limit-Remaining", "0.0");
        exchange.respond(403, "text/plain; charset=utf-8", "403 Forbidden (Rate Limit Exceeded)\n");
        return 403;
      }
      if (!fault.stores()) {
        if (fault.retryAfter() != null) {
          exchange.http().getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, fault.retryAfter().toSeconds())));
        }
        return ServiceAccess.error(exchange, fault.status(), "simulated failure");
      }
    }
    if (!ServiceAccess.hasContentType(exchange, MEDIA_TYPE)) {
      return ServiceAccess.refuse(exchange, rules.wrongScoreType(exchange.http().getRequestHeaders().getFirst("Content-Type")));
    }
    JsonObject score;
    try {
      score = Jsonp.createReader(new StringReader(exchange.body())).readObject();
    } catch (JsonException e) {
      return ServiceAccess.refuse(exchange, rules.incorrectScore("the body is not a JSON object"));
    }
    String problem = problem(score);
    if (problem != null) {
      return ServiceAccess.refuse(exchange, rules.incorrectScore(problem));
    }
    if (present(score, "scoreGiven") && !present(score, "scoreMaximum")) {
      return ServiceAccess.refuse(exchange, rules.scoreMaximumMissing());
    }
    Integer rejection = faults.rejection(score.getString("userId"));
    if (rejection != null) {
      return ServiceAccess.error(exchange, rejection, "simulated permanent refusal for this user");
    }
    if (!gradebook.isGradable(score.getString("userId"))) {
      return ServiceAccess.refuse(exchange, rules.notGradable());
    }
    GradingRules.Refusal refusal = gradebook.accept(item, score, OffsetDateTime.parse(score.getString("timestamp")).toInstant());
    if (refusal != null) {
      return ServiceAccess.refuse(exchange, refusal);
    }
    if (rules instanceof CanvasGrading) {
      exchange.respond(200, "application/json",
          Jsonp.createObjectBuilder().add("resultUrl", item.resultsUrl() + "/" + score.getString("userId")).build().toString());
    } else {
      exchange.respond(200, "application/json", "");
    }
    return 200;
  }

  /** What makes the score malformed (AGS §3.4.x), or {@code null}. */
  private static String problem(JsonObject score) {
    if (!(score.get("userId") instanceof JsonString user) || user.getString().isBlank()) {
      return "userId is required";
    }
    if (!(score.get("timestamp") instanceof JsonString timestamp)) {
      return "timestamp is required";
    }
    try {
      OffsetDateTime.parse(timestamp.getString());
    } catch (DateTimeParseException e) {
      return "timestamp must be ISO 8601 with a time zone offset";
    }
    if (!(score.get("activityProgress") instanceof JsonString activity)
        || !ACTIVITY_PROGRESS.contains(activity.getString())) {
      return "activityProgress must be one of " + ACTIVITY_PROGRESS;
    }
    if (!(score.get("gradingProgress") instanceof JsonString grading)
        || !GRADING_PROGRESS.contains(grading.getString())) {
      return "gradingProgress must be one of " + GRADING_PROGRESS;
    }
    JsonValue given = score.get("scoreGiven");
    if (present(score, "scoreGiven") && !(given instanceof JsonNumber n && n.doubleValue() >= 0)) {
      return "scoreGiven must be a number, 0 or more";
    }
    JsonValue maximum = score.get("scoreMaximum");
    if (present(score, "scoreMaximum") && !(maximum instanceof JsonNumber n && n.doubleValue() > 0)) {
      return "scoreMaximum must be a number greater than 0";
    }
    JsonValue comment = score.get("comment");
    if (comment != null && comment != JsonValue.NULL && !(comment instanceof JsonString)) {
      return "comment must be a string";
    }
    return null;
  }

  /** A JSON null counts as absent: a score without scoreGiven clears the grade (§3.4). */
  private static boolean present(JsonObject json, String name) {
    return json.get(name) != null && json.get(name) != JsonValue.NULL;
  }

  private static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
