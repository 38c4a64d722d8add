package es.conectaempleo.simulator;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gradebook of one LMS course and its Assignment and Grade Services: the line items container,
 * each line item with its scores and results endpoints (served by {@link LineItemsEndpoint}, {@link
 * ScoresEndpoint} and {@link ResultsEndpoint}). Tests read what the LMS made of the tool's requests:
 * for each line item and user every accepted score in arrival order, the grade the LMS shows, and
 * every request with its answer. Get one with {@link SimulatedPlatform#gradebook(Placement)}.
 * Thread-safe: a score is checked against the stored ones and stored under one lock.
 */
public final class Gradebook {
  private final SimulatedPlatform platform;
  private final Placement course;
  private final GradingRules rules;
  private final Map<Long, LineItem> items = new LinkedHashMap<>();
  private final Map<String, List<ReceivedScore>> histories = new LinkedHashMap<>();
  private final Map<String, Double> grades = new LinkedHashMap<>();
  /** Submissions (Canvas attempts) per line item and user. */
  private final Map<String, Integer> submissions = new HashMap<>();
  /** Line items whose attempts a teacher limited (Canvas "allowed attempts"), by number. */
  private final Map<Long, Integer> allowedAttempts = new HashMap<>();
  /** Canvas links that are not assignments: no line item of their own, none in their launches. */
  private final Set<String> moduleItems = new HashSet<>();
  private final List<AgsRequest> requests = new CopyOnWriteArrayList<>();
  private final LineItemsEndpoint lineItems;
  private final ScoresEndpoint scores;
  private final ResultsEndpoint results;

  Gradebook(SimulatedPlatform platform, Placement course) {
    this.platform = platform;
    this.course = course;
    this.rules = platform.lms().grading();
    this.lineItems = new LineItemsEndpoint(platform, this);
    this.scores = new ScoresEndpoint(platform, this);
    this.results = new ResultsEndpoint(platform, this);
    platform.route(rules.lineItemsPath(course), lineItems::handleContainer);
  }

  /** The {@code lineitems} URL launches from this course carry. */
  public URI lineItemsUrl() {
    String query = rules.query(course);
    return URI.create(platform.url(rules.lineItemsPath(course)) + (query.isEmpty() ? "" : "?" + query));
  }

  /**
   * The line item of the placement's resource link, created as the LMS does when a teacher adds a
   * graded activity (100 points, labelled with the link title) if it has none yet.
   */
  public synchronized LineItem lineItem(Placement placement) {
    if (!course.contextId().equals(placement.contextId())) {
      throw new IllegalArgumentException("Not a placement of course " + course.contextId());
    }
    if (moduleItems.contains(placement.resourceLinkId())) {
      throw new IllegalStateException("A module item has no line item of its own");
    }
    return itemsOfLink(placement.resourceLinkId()).stream()
        .findFirst()
        .orElseGet(() -> addLineItem(placement.resourceLinkTitle(), 100, null, placement.resourceLinkId(), null, null, null));
  }

  /**
   * The Canvas placement is a module item (or a course-navigation link), not an assignment: Canvas
   * keeps no line item for it, so its launches carry {@code lineitems} but no {@code lineitem}, and
   * a line item created with its {@code resourceLinkId} is refused with 412. Only Canvas has such
   * links; a Moodle activity with grades on always has its grade item.
   *
   * @throws IllegalStateException not Canvas, or the link already has a line item
   */
  public synchronized Gradebook moduleItem(Placement placement) {
    if (!course.contextId().equals(placement.contextId())) {
      throw new IllegalArgumentException("Not a placement of course " + course.contextId());
    }
    if (!(rules instanceof CanvasGrading)) {
      throw new IllegalStateException("Only Canvas places tools as module items without a line item");
    }
    if (!itemsOfLink(placement.resourceLinkId()).isEmpty()) {
      throw new IllegalStateException("The link is an assignment already: it has a line item");
    }
    platform.gradebook(placement); // known to the course from now on
    moduleItems.add(placement.resourceLinkId());
    return this;
  }

  /** Another gradebook column of the teacher's own, not linked to any resource link. */
  public synchronized LineItem addLineItem(String label, double scoreMaximum) {
    return addLineItem(label, scoreMaximum, null, null, null, null, null);
  }

  /**
   * Another column on the placement's activity (a teacher's or a tool's, with a tag). With two on
   * one activity, Moodle launches name no {@code lineitem}, so the tool has to look for its own.
   */
  public synchronized LineItem addLineItem(String label, double scoreMaximum, Placement placement, String tag) {
    return addLineItem(label, scoreMaximum, null, placement.resourceLinkId(), tag, null, null);
  }

  /**
   * A teacher deletes the line item (its gradebook column): it is listed no more, and its URLs
   * (item, scores, results) answer 404.
   */
  public synchronized void deleteLineItem(LineItem item) {
    items.remove(item.number());
  }

  /**
   * A teacher allows only so many attempts on the assignment (Canvas): a score that counts as a new
   * submission once they are used up is refused with 422.
   */
  public synchronized Gradebook allowAttempts(LineItem item, int attempts) {
    if (!(rules instanceof CanvasGrading)) {
      throw new IllegalStateException("Only Canvas counts scores as attempts");
    }
    allowedAttempts.put(item.number(), attempts);
    return this;
  }

  /** How many of the user's scores on the line item counted as submissions (Canvas attempts). */
  public synchronized int submissions(LineItem item, LmsUser user) {
    return submissions.getOrDefault(key(item.number(), user.sub()), 0);
  }

  /** Every line item of the course, oldest first. */
  public synchronized List<LineItem> lineItems() {
    return List.copyOf(items.values());
  }

  /** Every score accepted for this user on this line item, in arrival order. */
  public synchronized List<ReceivedScore> scores(LineItem item, LmsUser user) {
    return List.copyOf(histories.getOrDefault(key(item.number(), user.sub()), List.of()));
  }

  /** The last score accepted for this user on this line item. */
  public synchronized Optional<ReceivedScore> currentScore(LineItem item, LmsUser user) {
    List<ReceivedScore> history = histories.getOrDefault(key(item.number(), user.sub()), List.of());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The grade the LMS shows for the user, in the line item's points; empty when none (or cleared). */
  public synchronized Optional<Double> grade(LineItem item, LmsUser user) {
    return Optional.ofNullable(grades.get(key(item.number(), user.sub())));
  }

  /** Enrols people in the course (a launch from the course enrols its user too). */
  public Gradebook enrol(LmsUser... users) {
    for (LmsUser user : users) {
      platform.enrol(course.contextId(), user);
    }
    return this;
  }

  /** Every request to this course's grade services so far, faulted and refused ones included. */
  public List<AgsRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests reached one of the endpoints. */
  public long count(AgsRequest.Endpoint endpoint) {
    return requests.stream().filter(r -> r.endpoint() == endpoint).count();
  }

  /** How many requests to one endpoint were answered with this status. */
  public long count(AgsRequest.Endpoint endpoint, int status) {
    return requests.stream().filter(r -> r.endpoint() == endpoint && r.status() == status).count();
  }

  // ---------------------------------------------------------------- for the endpoints

  GradingRules rules() {
    return rules;
  }

  Placement course() {
    return course;
  }

  String query() {
    return rules.query(course);
  }

  synchronized LineItem item(long number) {
    return items.get(number);
  }

  /**
   * The line item a launch of the placement names, or {@code null} (Moodle: when not exactly one;
   * Canvas: for a module item).
   */
  /**
   * The AGS claim of a launch from the placement: the scopes, the container, and the line item the
   * LMS names for the link ({@link #launchLineItem}), if any.
   */
  synchronized Map<String, Object> endpointClaim(Placement placement, List<String> scopes) {
    var endpoint = new LinkedHashMap<String, Object>();
    endpoint.put("scope", scopes);
    endpoint.put("lineitems", lineItemsUrl().toString());
    LineItem lineItem = launchLineItem(placement);
    if (lineItem != null) {
      endpoint.put("lineitem", lineItem.id());
    }
    return endpoint;
  }

  synchronized LineItem launchLineItem(Placement placement) {
    if (moduleItems.contains(placement.resourceLinkId())) {
      return null;
    }
    List<LineItem> linked = itemsOfLink(placement.resourceLinkId());
    if (linked.isEmpty()) {
      return lineItem(placement);
    }
    return linked.size() == 1 || rules instanceof CanvasGrading ? linked.get(0) : null;
  }

  synchronized LineItem addLineItem(
      String label, double scoreMaximum, String resourceId, String resourceLinkId, String tag,
      String startDateTime, String endDateTime) {
    long number = platform.nextLineItemNumber();
    String path = rules.lineItemPath(course, number);
    String query = query();
    var item = new LineItem(number, platform.url(path) + (query.isEmpty() ? "" : "?" + query), path, query,
        label, scoreMaximum, resourceId, resourceLinkId, tag, startDateTime, endDateTime);
    items.put(number, item);
    platform.route(item.path(), exchange -> lineItems.handleItem(exchange, number));
    platform.route(item.scoresPath(), exchange -> scores.handle(exchange, number));
    platform.route(item.resultsPath(), exchange -> results.handle(exchange, number));
    return item;
  }

  /**
   * Why a new line item may not name this resource link, or {@code null} when it may: the link is
   * unknown to the course (no placement of it has had a line item or launch), or it is a module
   * item, which has no line items to join (Canvas's {@code check_for_bad_resource_link}).
   */
  synchronized GradingRules.Refusal refuseResourceLink(String resourceLinkId) {
    if (itemsOfLink(resourceLinkId).isEmpty() && !platform.knowsResourceLink(course.contextId(), resourceLinkId)) {
      return rules.unknownResourceLink(resourceLinkId);
    }
    return moduleItems.contains(resourceLinkId) ? rules.noLineItemsOnLink(resourceLinkId) : null;
  }

  /** A gradable student of the course: enrolled, with the student role (Moodle's gradebook roles). */
  boolean isGradable(String userId) {
    LmsUser user = platform.member(course.contextId(), userId);
    return user != null && user.role().isStudent();
  }

  /**
   * Stores a score unless its timestamp is not late enough for the LMS.
   *
   * @return the refusal, or {@code null} when stored
   */
  synchronized GradingRules.Refusal accept(LineItem item, JsonObject json, Instant timestamp) {
    String key = key(item.number(), json.getString("userId"));
    List<ReceivedScore> history = histories.computeIfAbsent(key, k -> new ArrayList<>());
    if (!history.isEmpty()) {
      GradingRules.Refusal stale = rules.stale(history.get(history.size() - 1).timestamp(), timestamp);
      if (stale != null) {
        return stale;
      }
    }
    var score = new ReceivedScore(json, platform.now());
    boolean submission = rules.countsAsSubmission(score);
    Integer allowed = allowedAttempts.get(item.number());
    if (submission && allowed != null && submissions.getOrDefault(key, 0) >= allowed) {
      return rules.attemptsUsedUp();
    }
    if (submission) {
      submissions.merge(key, 1, Integer::sum);
    }
    history.add(score);
    grades.put(key, rules.grade(grades.get(key), score, item));
    return null;
  }

  /** The users with scores on the item, in order of their first score, with their grades. */
  synchronized Map<String, Double> gradesOf(LineItem item) {
    var of = new LinkedHashMap<String, Double>();
    String prefix = item.number() + "/";
    histories.forEach((key, history) -> {
      if (key.startsWith(prefix) && !history.isEmpty()) {
        of.put(key.substring(prefix.length()), grades.get(key));
      }
    });
    return of;
  }

  /** The last comment accepted for the user on the item, or {@code null}. */
  synchronized String comment(LineItem item, String userId) {
    List<ReceivedScore> history = histories.getOrDefault(key(item.number(), userId), List.of());
    return history.isEmpty() ? null : history.get(history.size() - 1).json().getString("comment", null);
  }

  void log(AgsRequest.Endpoint endpoint, Exchange exchange, int status, String userId) {
    requests.add(new AgsRequest(platform.now(), endpoint, exchange.method(),
        exchange.http().getRequestURI().toString(), status, userId));
  }

  private List<LineItem> itemsOfLink(String resourceLinkId) {
    return items.values().stream().filter(i -> resourceLinkId.equals(i.resourceLinkId())).toList();
  }

  private static String key(long item, String userId) {
    return item + "/" + userId;
  }
}
