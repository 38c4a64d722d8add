package es.conectaempleo.lti.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.conectaempleo.lti.lti.LoopbackPlatform;
import es.conectaempleo.lti.lti.LoopbackPlatform.Exchange;
import es.conectaempleo.lti.lti.LoopbackPlatform.Reply;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgsClientTest {
  private static final ServiceToken TOKEN =
      ServiceToken.bearer(
          "78aerc7829z.890.duepz",
          Set.of(AgsScopes.LINEITEM, AgsScopes.RESULT_READONLY, AgsScopes.SCORE),
          Instant.parse("2100-01-01T00:00:00Z"));
  private static final String MOODLE_ITEMS = "/mod/lti/services.php/2/lineitems";
  private static final String MOODLE_ITEM = "/mod/lti/services.php/2/lineitems/17/lineitem";
  private static final Score SCORE =
      Score.graded("5323497", 83, 100, Instant.parse("2017-04-16T18:54:36.736Z"));

  private static AgsClient client() {
    return new AgsClient(LoopbackPlatform.http(Clock.systemUTC()));
  }

  /** 401 unless the bearer token is there; 406/415 unless the media types are exactly right. */
  private static Reply strict(Exchange exchange, String accept, String contentType) {
    if (!"Bearer 78aerc7829z.890.duepz".equals(exchange.header("Authorization"))) {
      return Reply.of(401, "{\"error\":\"invalid_token\"}");
    }
    if (accept != null && !accept.equals(exchange.header("Accept"))) {
      return Reply.of(406, "Accept " + exchange.header("Accept"));
    }
    if (contentType != null && !contentType.equals(exchange.header("Content-Type"))) {
      return Reply.of(400, "{\"status\":400,\"reason\":\"Incorrect score received\"}");
    }
    return null;
  }

  /** What posting {@link #SCORE} throws when the platform always answers {@code reply}. */
  private static ServiceCallException postScoreThrows(Reply reply) throws Exception {
    try (var platform = LoopbackPlatform.start(exchange -> reply)) {
      return catchThrowableOfType(
          ServiceCallException.class,
          () -> client().postScore(platform.uri(MOODLE_ITEM), SCORE, TOKEN));
    }
  }

  @Test
  void testScoresUrl() {
    assertThat(
            AgsClient.scoresUrl(
                URI.create(
                    "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3")))
        .hasToString(
            "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem/scores?type_id=3");
    assertThat(
            AgsClient.scoresUrl(
                URI.create("https://canvas.example.com/api/lti/courses/1/line_items/7")))
        .hasToString("https://canvas.example.com/api/lti/courses/1/line_items/7/scores");
  }

  @Test
  void testResultsUrl() {
    assertThat(
            AgsClient.resultsUrl(
                URI.create(
                    "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3")))
        .hasToString(
            "https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem/results?type_id=3");
    assertThat(AgsClient.resultsUrl(URI.create("https://lms.example.com/context/2923/lineitems/1")))
        .hasToString("https://lms.example.com/context/2923/lineitems/1/results");
  }

  @Test
  void testPostScoreMoodle() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused = strict(exchange, null, "application/vnd.ims.lis.v1.score+json");
              if (refused != null) {
                return refused;
              }
              boolean rightUrl =
                  exchange.method().equals("POST")
                      && exchange.uri().getPath().equals(MOODLE_ITEM + "/scores")
                      && "type_id=3".equals(exchange.uri().getQuery());
              return rightUrl && exchange.body().equals(SCORE.toJson())
                  ? Reply.of(200, "")
                  : Reply.of(404, "");
            })) {
      ScoreReceipt receipt =
          client().postScore(platform.uri(MOODLE_ITEM + "?type_id=3"), SCORE, TOKEN);

      assertThat(receipt.status()).isEqualTo(200);
      assertThat(receipt.resultUrl()).isNull();
    }
  }

  @Test
  void testPostScoreCanvas() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused = strict(exchange, null, "application/vnd.ims.lis.v1.score+json");
              return refused != null
                  ? refused
                  : Reply.of(
                      201,
                      "{\"resultUrl\":\"https://canvas.example.com/api/lti/courses/1/line_items/7/results/4\"}");
            })) {
      ScoreReceipt receipt =
          client().postScore(platform.uri("/api/lti/courses/1/line_items/7"), SCORE, TOKEN);

      assertThat(receipt.status()).isEqualTo(201);
      assertThat(receipt.resultUrl())
          .hasToString("https://canvas.example.com/api/lti/courses/1/line_items/7/results/4");
      assertThat(platform.exchanges().get(0).uri().getPath())
          .isEqualTo("/api/lti/courses/1/line_items/7/scores");
    }
  }

  /** Moodle's answer for a teacher or an unenrolled user: one message for every cause. */
  @Test
  void testPostScoreRefusedPermanent() throws Exception {
    var e =
        postScoreThrows(Reply.of(400, "{\"status\":400,\"reason\":\"Incorrect score received\"}"));

    assertThat(e.isPermanent()).isTrue();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.failure().body()).contains("Incorrect score received");
  }

  @Test
  void testPostScoreConflict() throws Exception {
    var e =
        postScoreThrows(
            Reply.of(409, "Refusing score with an earlier timestamp for item 17 and user 5"));

    assertThat(e.isConflict()).isTrue();
    assertThat(e.isPermanent()).isFalse();
  }

  @Test
  void testPostScoreThrottled() throws Exception {
    var e = postScoreThrows(Reply.of(429, "slow down").header("Retry-After", "30"));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.failure().retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void testPostScoreUnauthorized() throws Exception {
    try (var platform = LoopbackPlatform.start(exchange -> strict(exchange, null, null))) {
      ServiceToken stale = ServiceToken.bearer("expired", Set.of(AgsScopes.SCORE), Instant.EPOCH);

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> client().postScore(platform.uri(MOODLE_ITEM), SCORE, stale));

      assertThat(e.isUnauthorized()).isTrue();
    }
  }

  /** Two Moodle pages: typographic quotes and &amp; in the Link header, type_id kept. */
  @Test
  void testFindLineItemsPaged() throws Exception {
    String base = "https://moodle.example.org" + MOODLE_ITEMS;
    try (var moodle =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused =
                  strict(exchange, "application/vnd.ims.lis.v2.lineitemcontainer+json", null);
              if (refused != null) {
                return refused;
              }
              var query = exchange.query();
              if (!"3".equals(query.get("type_id"))
                  || !"12".equals(query.get("resource_link_id"))) {
                return Reply.of(400, "filters lost: " + query);
              }
              String item =
                  "{\"id\":\""
                      + base
                      + "/%d/lineitem?type_id=3\",\"label\":\"L%d\",\"scoreMaximum\":100}";
              String self =
                  exchange.uri().getPath()
                      + "?type_id=3&amp;resource_link_id=12&amp;lti_link_id=12&amp;limit=2";
              if (query.get("from") == null) {
                return Reply.of(
                        200, "[" + item.formatted(17, 17) + "," + item.formatted(18, 18) + "]")
                    .utf8Header(
                        "Link",
                        "<"
                            + self
                            + "&amp;from=0>; rel=“first”, <"
                            + self
                            + "&amp;from=0>; rel=“canonical”, <"
                            + self
                            + "&amp;from=2>; rel=“next”, <"
                            + self
                            + "&amp;from=2>; rel=“last”");
              }
              return Reply.of(200, "[" + item.formatted(19, 19) + "]")
                  .utf8Header(
                      "Link",
                      "<"
                          + self
                          + "&amp;from=0>; rel=“first”, <"
                          + self
                          + "&amp;from=2>; rel=“last”");
            })) {
      List<LineItem> items =
          client()
              .findLineItems(
                  moodle.uri(MOODLE_ITEMS + "?type_id=3"),
                  LineItemFilter.forResourceLink("12").withLimit(2),
                  TOKEN);

      assertThat(items).extracting(LineItem::label).containsExactly("L17", "L18", "L19");
      assertThat(moodle.exchanges()).hasSize(2);
      assertThat(moodle.exchanges().get(0).query())
          .containsEntry("lti_link_id", "12")
          .containsEntry("limit", "2")
          .doesNotContainKey("tag");
      assertThat(moodle.exchanges().get(1).query()).containsEntry("from", "2");
    }
  }

  @Test
  void testFindLineItemsPagingBounded() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                Reply.of(200, "[]")
                    .header("Link", "<" + exchange.uri().getPath() + "?again>; rel=\"next\""))) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () ->
                  client().findLineItems(platform.uri("/lineitems"), LineItemFilter.all(), TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(platform.exchanges()).hasSize(2);
    }
  }

  @Test
  void testFindLineItemsPageCountBounded() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                Reply.of(200, "[]")
                    .header(
                        "Link",
                        "<"
                            + exchange.uri().getPath()
                            + "?p="
                            + java.util.UUID.randomUUID()
                            + ">; rel=\"next\""))) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () ->
                  new AgsClient(LoopbackPlatform.http(Clock.systemUTC()), 3)
                      .findLineItems(platform.uri("/lineitems"), LineItemFilter.all(), TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(platform.exchanges()).hasSize(3);
    }
  }

  @Test
  void testFindLineItemsNotAnArray() throws Exception {
    try (var platform = LoopbackPlatform.start(exchange -> Reply.of(200, "<html>login</html>"))) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () ->
                  client().findLineItems(platform.uri("/lineitems"), LineItemFilter.all(), TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(e.failure().body()).contains("login");
    }
  }

  @Test
  void testCreateLineItem() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused =
                  strict(
                      exchange,
                      "application/vnd.ims.lis.v2.lineitem+json",
                      "application/vnd.ims.lis.v2.lineitem+json");
              if (refused != null) {
                return refused;
              }
              String body = exchange.body();
              return Reply.of(
                  201,
                  body.replace(
                      "{",
                      "{\"id\":\"https://moodle.example.org"
                          + MOODLE_ITEMS
                          + "/31/lineitem?type_id=3\","));
            })) {
      LineItem created =
          client()
              .createLineItem(
                  platform.uri(MOODLE_ITEMS + "?type_id=3"),
                  LineItem.toCreate("Completion", 1).withTag("completion").withResourceLinkId("12"),
                  TOKEN);

      assertThat(created.id())
          .hasToString("https://moodle.example.org" + MOODLE_ITEMS + "/31/lineitem?type_id=3");
      assertThat(created.tag()).isEqualTo("completion");
      assertThat(platform.exchanges().get(0).uri().getQuery()).isEqualTo("type_id=3");
    }
  }

  @Test
  void testLineItem() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused = strict(exchange, "application/vnd.ims.lis.v2.lineitem+json", null);
              return refused != null
                  ? refused
                  : Reply.of(
                      200,
                      "{\"id\":\"https://lms.example.com/context/2923/lineitems/1\",\"scoreMaximum\":60,\"label\":\"Chapter"
                          + " 5 Test\"}");
            })) {
      LineItem item = client().lineItem(platform.uri("/context/2923/lineitems/1"), TOKEN);

      assertThat(item.scoreMaximum()).isEqualTo(60.0);
    }
  }

  @Test
  void testResults() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              Reply refused =
                  strict(exchange, "application/vnd.ims.lis.v2.resultcontainer+json", null);
              if (refused != null) {
                return refused;
              }
              if (!exchange.uri().getPath().equals(MOODLE_ITEM + "/results")
                  || !"type_id=3&user_id=5323497".equals(exchange.uri().getQuery())) {
                return Reply.of(404, exchange.uri().toString());
              }
              // AGS 2.0 §3.3 example, plus one result without user (skipped).
              return Reply.of(
                  200,
                  """
                  [{"id": "https://lms.example.com/context/2923/lineitems/1/results/5323497",
                    "scoreOf": "https://lms.example.com/context/2923/lineitems/1",
                    "userId": "5323497", "resultScore": 0.83, "resultMaximum": 1,
                    "comment": "This is exceptional work."},
                   {"id": "x"}]
                  """);
            })) {
      List<Result> results =
          client().results(platform.uri(MOODLE_ITEM + "?type_id=3"), "5323497", TOKEN);

      assertThat(results)
          .containsExactly(
              new Result(
                  "https://lms.example.com/context/2923/lineitems/1/results/5323497",
                  "https://lms.example.com/context/2923/lineitems/1",
                  "5323497",
                  0.83,
                  1.0,
                  "This is exceptional work."));
    }
  }
}
