package es.conectaempleo.simulator;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line item service of one course (AGS 2.0 §3.2): the container lists the course's line items
 * (filters {@code resource_link_id}, {@code resource_id}, {@code tag}; {@code limit} pages with
 * {@code Link: rel="next"} in each LMS's form) and creates new ones; each line item answers GET.
 * Strict: bearer token with {@code lineitem} (or {@code lineitem.readonly} to read), exact media
 * types in {@code Accept} and {@code Content-Type}, {@code label} and {@code scoreMaximum > 0}
 * required. PUT and DELETE are not modelled (405). Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS 2.0 §3.2</a>
 */
final class LineItemsEndpoint {
  static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

  private final SimulatedPlatform platform;
  private final Gradebook gradebook;

  LineItemsEndpoint(SimulatedPlatform platform, Gradebook gradebook) {
    this.platform = platform;
    this.gradebook = gradebook;
  }

  void handleContainer(Exchange exchange) throws IOException {
    exchange.onAnswer(status -> gradebook.log(AgsRequest.Endpoint.LINE_ITEMS, exchange, status, null));
    switch (exchange.method()) {
      case "GET" -> list(exchange);
      case "POST" -> create(exchange);
      default -> ServiceAccess.methodNotAllowed(exchange, "GET, POST");
    }
  }

  void handleItem(Exchange exchange, long number) throws IOException {
    exchange.onAnswer(status -> gradebook.log(AgsRequest.Endpoint.LINE_ITEM, exchange, status, null));
    if (gradebook.item(number) == null) {
      ServiceAccess.error(exchange, 404, "No line item found"); // deleted by a teacher
    } else if ("GET".equals(exchange.method())) {
      read(exchange, number);
    } else {
      ServiceAccess.methodNotAllowed(exchange, "GET");
    }
  }

  private int list(Exchange exchange) throws IOException {
    int denied = admit(exchange, ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY);
    if (denied != 0) {
      return denied;
    }
    if (!ServiceAccess.accepts(exchange, CONTAINER_TYPE)) {
      return ServiceAccess.error(exchange, 406, "Accept must list " + CONTAINER_TYPE);
    }
    GradingRules rules = gradebook.rules();
    Map<String, String> query = exchange.parameters();
    var filters = new LinkedHashMap<String, String>();
    String link = rules.resourceLinkFilter(query);
    putIfPresent(filters, "resource_link_id", link);
    putIfPresent(filters, "resource_id", query.get("resource_id"));
    putIfPresent(filters, "tag", query.get("tag"));
    List<LineItem> listed =
        gradebook.lineItems().stream()
            .filter(i -> link == null || link.equals(i.resourceLinkId()))
            .filter(i -> !filters.containsKey("resource_id") || filters.get("resource_id").equals(i.resourceId()))
            .filter(i -> !filters.containsKey("tag") || filters.get("tag").equals(i.tag()))
            .toList();
    Slice<LineItem> page = Slice.of(listed, query, rules);
    var kept = new LinkedHashMap<>(Exchange.decode(gradebook.query()));
    kept.putAll(filters);
    String links = rules.pageLinks(platform.url(rules.lineItemsPath(gradebook.course())), kept, page.size(),
        page.offset(), listed.size());
    if (links != null) {
      exchange.http().getResponseHeaders().set("Link", links);
    }
    var array = Jsonp.createArrayBuilder();
    page.items().forEach(i -> array.add(i.toJson(rules.legacyLinkId())));
    exchange.respond(200, CONTAINER_TYPE, array.build().toString());
    return 200;
  }

  private int create(Exchange exchange) throws IOException {
    int denied = admit(exchange, ClaimNames.SCOPE_LINEITEM);
    if (denied != 0) {
      return denied;
    }
    if (!ServiceAccess.hasContentType(exchange, LINE_ITEM_TYPE)) {
      return ServiceAccess.error(exchange, 415, "Content-Type must be " + LINE_ITEM_TYPE);
    }
    JsonObject json;
    try {
      json = Jsonp.createReader(new StringReader(exchange.body())).readObject();
    } catch (JsonException e) {
      return ServiceAccess.error(exchange, 400, "the body is not a JSON object");
    }
    String fault = fault(json);
    if (fault != null) {
      return ServiceAccess.error(exchange, 400, fault);
    }
    String resourceLinkId = text(json, "resourceLinkId");
    GradingRules.Refusal badLink = resourceLinkId == null ? null : gradebook.refuseResourceLink(resourceLinkId);
    if (badLink != null) {
      return ServiceAccess.refuse(exchange, badLink);
    }
    LineItem item =
        gradebook.addLineItem(
            json.getString("label"), json.getJsonNumber("scoreMaximum").doubleValue(), text(json, "resourceId"),
            resourceLinkId, text(json, "tag"), text(json, "startDateTime"), text(json, "endDateTime"));
    exchange.http().getResponseHeaders().set("Location", item.id());
    exchange.respond(201, LINE_ITEM_TYPE, item.toJson(gradebook.rules().legacyLinkId()).toString());
    return 201;
  }

  private int read(Exchange exchange, long number) throws IOException {
    int denied = admit(exchange, ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY);
    if (denied != 0) {
      return denied;
    }
    if (!ServiceAccess.accepts(exchange, LINE_ITEM_TYPE)) {
      return ServiceAccess.error(exchange, 406, "Accept must list " + LINE_ITEM_TYPE);
    }
    LineItem item = gradebook.item(number);
    exchange.respond(200, LINE_ITEM_TYPE, item.toJson(gradebook.rules().legacyLinkId()).toString());
    return 200;
  }

  /** The token, then the LMS's own query (Moodle's {@code type_id}); 0 when admitted. */
  private int admit(Exchange exchange, String... scopes) throws IOException {
    return ServiceAccess.admit(exchange, platform, gradebook.rules(), scopes);
  }

  /** What makes the line item invalid (AGS §3.2.7–3.2.9), or {@code null}. */
  private static String fault(JsonObject json) {
    if (!(json.get("label") instanceof JsonString label) || label.getString().isBlank()) {
      return "label is required";
    }
    if (!(json.get("scoreMaximum") instanceof JsonNumber max) || !(max.doubleValue() > 0)) {
      return "scoreMaximum must be a number greater than 0";
    }
    for (String name : List.of("resourceId", "resourceLinkId", "tag", "startDateTime", "endDateTime")) {
      JsonValue value = json.get(name);
      if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
        return name + " must be a string";
      }
    }
    for (String name : List.of("startDateTime", "endDateTime")) {
      String value = text(json, name);
      if (value != null) {
        try {
          OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
          return name + " must be ISO 8601 with a time zone offset";
        }
      }
    }
    return null;
  }

  private static String text(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static void putIfPresent(Map<String, String> map, String name, String value) {
    if (value != null) {
      map.put(name, Objects.requireNonNull(value));
    }
  }
}
