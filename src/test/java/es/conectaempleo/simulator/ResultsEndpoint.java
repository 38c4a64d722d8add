package es.conectaempleo.simulator;

import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result service of a course's line items (AGS 2.0 §3.3): GET {@code {lineitem}/results} with
 * the {@code result.readonly} scope and {@code Accept} of the result container media type; one
 * result per user with a score, filtered by {@code user_id}, paged by {@code limit}. Results show
 * the grade as the LMS keeps it (Moodle omits {@code resultScore} for an empty grade and for 0).
 * Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#result-service">AGS 2.0 §3.3</a>
 */
final class ResultsEndpoint {
  static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

  private final SimulatedPlatform platform;
  private final Gradebook gradebook;

  ResultsEndpoint(SimulatedPlatform platform, Gradebook gradebook) {
    this.platform = platform;
    this.gradebook = gradebook;
  }

  void handle(Exchange exchange, long number) throws IOException {
    exchange.onAnswer(status -> gradebook.log(AgsRequest.Endpoint.RESULTS, exchange, status, null));
    LineItem item = gradebook.item(number);
    if (item == null) {
      ServiceAccess.error(exchange, 404, "No line item found"); // deleted by a teacher
    } else if ("GET".equals(exchange.method())) {
      list(exchange, item);
    } else {
      ServiceAccess.methodNotAllowed(exchange, "GET");
    }
  }

  private int list(Exchange exchange, LineItem item) throws IOException {
    GradingRules rules = gradebook.rules();
    int refused = ServiceAccess.admit(exchange, platform, rules, ClaimNames.SCOPE_RESULT_READONLY);
    if (refused != 0) {
      return refused;
    }
    if (!ServiceAccess.accepts(exchange, MEDIA_TYPE)) {
      return ServiceAccess.error(exchange, 406, "Accept must list " + MEDIA_TYPE);
    }
    Map<String, String> query = exchange.parameters();
    String userFilter = query.get("user_id");
    List<Map.Entry<String, Double>> listed =
        gradebook.gradesOf(item).entrySet().stream()
            .filter(e -> userFilter == null || userFilter.equals(e.getKey()))
            .toList();
    Slice<Map.Entry<String, Double>> page = Slice.of(listed, query, rules);
    var kept = new LinkedHashMap<>(Exchange.decode(item.query()));
    if (userFilter != null) {
      kept.put("user_id", userFilter);
    }
    String links = rules.pageLinks(platform.url(item.resultsPath()), kept, page.size(), page.offset(), listed.size());
    if (links != null) {
      exchange.http().getResponseHeaders().set("Link", links);
    }
    var array = Jsonp.createArrayBuilder();
    for (Map.Entry<String, Double> entry : page.items()) {
      array.add(result(item, entry.getKey(), entry.getValue(), rules));
    }
    exchange.respond(200, MEDIA_TYPE, array.build().toString());
    return 200;
  }

  private JsonObjectBuilder result(LineItem item, String userId, Double grade, GradingRules rules) {
    String base = platform.url(item.resultsPath()) + "/" + userId;
    JsonObjectBuilder json =
        Jsonp.createObjectBuilder()
            .add("id", item.query().isEmpty() ? base : base + "?" + item.query())
            .add("scoreOf", item.id())
            .add("userId", userId);
    if (!rules.hidesResultScore(grade)) {
      json.add("resultScore", grade).add("resultMaximum", item.scoreMaximum());
    }
    String comment = gradebook.comment(item, userId);
    if (comment != null) {
      json.add("comment", comment);
    }
    return json;
  }
}
