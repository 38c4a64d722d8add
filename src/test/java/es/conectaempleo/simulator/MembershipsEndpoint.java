package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Names and Role Provisioning Services 2.0 memberships service of one LMS course (Moodle {@code
 * …/CourseSection/{courseid}/bindings/{typeid}/memberships}, Canvas {@code
 * /api/lti/courses/{id}/names_and_roles}), strict where the spec and Moodle are: GET only, {@code
 * Accept} exactly the membership container media type, a bearer token from the platform's {@link
 * TokenEndpoint} with the {@code contextmembership.readonly} scope. It pages by {@code limit} (never
 * more than the platform's own page size) with {@code Link: <…>; rel="next"} in each LMS's form,
 * filters by {@code role}, and lists members as each LMS does (Moodle: active enrolments only;
 * names and email only when the site's privacy settings share them). Tests add faults with {@link
 * #answerNext}. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public final class MembershipsEndpoint {
  static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** One request to the service and how it was answered. */
  public record Request(String query, String accept, TokenEndpoint.Access access, int status) {}

  private record Member(LmsUser user, boolean active) {}

  private final SimulatedPlatform platform;
  private final Placement placement;
  private final String path;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Deque<Integer> nextAnswers = new ArrayDeque<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private int pageSize = Integer.MAX_VALUE;
  private boolean namesShared = true;
  private LmsUser enrolledWhilePaging;
  private String answeredContextId;

  MembershipsEndpoint(SimulatedPlatform platform, Placement placement, String path) {
    this.platform = platform;
    this.placement = placement;
    this.path = path;
  }

  /** The {@code context_memberships_url} launches from this course carry. */
  public URI url() {
    return URI.create(platform.url(path));
  }

  /** Enrols people in the course (active), in this order. */
  public synchronized MembershipsEndpoint add(LmsUser... users) {
    for (LmsUser user : users) {
      members.put(user.sub(), new Member(user, true));
      platform.enrol(placement.contextId(), user);
    }
    return this;
  }

  /** Enrols someone whose enrolment is suspended (Canvas lists them as Inactive, Moodle not at all). */
  public synchronized MembershipsEndpoint addInactive(LmsUser user) {
    members.put(user.sub(), new Member(user, false));
    platform.unenrol(placement.contextId(), user); // a suspended enrolment is not graded
    return this;
  }

  /** Unenrols someone. */
  public synchronized MembershipsEndpoint remove(LmsUser user) {
    members.remove(user.sub());
    platform.unenrol(placement.contextId(), user);
    return this;
  }

  /** The most members one page holds, whatever {@code limit} asks for. */
  public synchronized MembershipsEndpoint pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size < 1");
    }
    pageSize = size;
    return this;
  }

  /**
   * Someone is enrolled while the tool reads the roster, right after its first page: listed first
   * from then on, so every later page starts one member earlier and repeats the last member of the
   * page before (offset paging, as Moodle and Canvas page). The newcomer is on no page the tool reads.
   */
  public synchronized MembershipsEndpoint enrolAfterFirstPage(LmsUser newcomer) {
    enrolledWhilePaging = newcomer;
    return this;
  }

  /**
   * From now on the answers name another LMS course in their {@code context}: a service URL that
   * leads to the wrong course (a misconfigured proxy, a course copied with its old links).
   */
  public synchronized MembershipsEndpoint answerAsCourse(String contextId) {
    answeredContextId = contextId;
    return this;
  }

  /** The site's privacy settings stop sharing names and email with the tool. */
  public synchronized MembershipsEndpoint withholdNames() {
    namesShared = false;
    return this;
  }

  /**
   * How the next requests that pass the checks (method, token, media type) are answered, in order,
   * before normal service resumes: {@code 0} serves the request normally, any other value answers
   * with that HTTP status and an error body. So {@code answerNext(0, 500)} serves one page and
   * fails the next.
   */
  public synchronized void answerNext(int... statuses) {
    for (int status : statuses) {
      nextAnswers.add(status);
    }
  }

  /** Every request so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  void handle(Exchange exchange) throws IOException {
    String accept = exchange.http().getRequestHeaders().getFirst("Accept");
    String query = exchange.http().getRequestURI().getRawQuery();
    TokenEndpoint tokens = platform.tokens();
    TokenEndpoint.Access access =
        tokens == null
            ? TokenEndpoint.Access.INVALID_TOKEN
            : tokens.authorize(exchange.http().getRequestHeaders().getFirst("Authorization"), TokenEndpoint.NRPS_SCOPE);
    int status = answer(exchange, accept, access);
    requests.add(new Request(query, accept, access, status));
  }

  private synchronized int answer(Exchange exchange, String accept, TokenEndpoint.Access access) throws IOException {
    if (!"GET".equals(exchange.method())) {
      exchange.http().getResponseHeaders().set("Allow", "GET");
      return error(exchange, 405, "GET only");
    }
    if (access == TokenEndpoint.Access.INVALID_TOKEN) {
      exchange.http().getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      return error(exchange, 401, "invalid or expired access token");
    }
    if (access == TokenEndpoint.Access.INSUFFICIENT_SCOPE) {
      exchange.http().getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
      return error(exchange, 403, "the token lacks the contextmembership.readonly scope");
    }
    if (!MEDIA_TYPE.equals(accept)) {
      return error(exchange, 406, "Accept must be " + MEDIA_TYPE);
    }
    Integer fault = nextAnswers.poll();
    if (fault != null && fault != 0) {
      return error(exchange, fault, "simulated failure");
    }
    Map<String, String> query = exchange.parameters();
    String rawQuery = exchange.http().getRequestURI().getRawQuery();
    String role = query.get("role");
    List<Map<String, Object>> listed = new ArrayList<>();
    for (Member member : members.values()) {
      Map<String, Object> json = platform.lms().member(member.user(), member.active(), namesShared);
      if (json != null && (role == null || hasRole(json, role))) {
        listed.add(json);
      }
    }
    int size = Math.min(pageSize, requestedSize(query));
    int offset = Math.max(0, platform.lms().pageOffset(query, size));
    List<Map<String, Object>> page =
        listed.subList(Math.min(offset, listed.size()), (int) Math.min((long) offset + size, listed.size()));
    Map<String, String> kept = new LinkedHashMap<>();
    if (role != null) {
      kept.put("role", role);
    }
    String links = platform.lms().pageLinks(platform.url(path), kept, size, offset, listed.size());
    if (links != null) {
      exchange.http().getResponseHeaders().set("Link", links);
    }
    var body =
        Jsonp.createObjectBuilder()
            .add("id", platform.url(path) + (rawQuery == null ? "" : "?" + rawQuery))
            .add(
                "context",
                Jsonp.createObjectBuilder()
                    .add("id", answeredContextId != null ? answeredContextId : placement.contextId())
                    .add("label", placement.contextLabel())
                    .add("title", placement.contextTitle()))
            .add("members", Jsonp.createArrayBuilder(page))
            .build();
    exchange.respond(200, MEDIA_TYPE, body.toString());
    if (enrolledWhilePaging != null) {
      var reordered = new LinkedHashMap<String, Member>();
      reordered.put(enrolledWhilePaging.sub(), new Member(enrolledWhilePaging, true));
      reordered.putAll(members);
      members.clear();
      members.putAll(reordered);
      platform.enrol(placement.contextId(), enrolledWhilePaging);
      enrolledWhilePaging = null;
    }
    return 200;
  }

  private static int requestedSize(Map<String, String> query) {
    String limit = query.getOrDefault("limit", query.get("per_page"));
    try {
      return limit == null ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(limit));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** {@code role} is a full role URI or a simple name such as {@code Learner}. */
  private static boolean hasRole(Map<String, Object> member, String role) {
    Object roles = member.get("roles");
    return roles instanceof List<?> list
        && list.stream().map(String::valueOf).anyMatch(r -> r.equals(role) || r.endsWith("#" + role));
  }

  private static int error(Exchange exchange, int status, String message) throws IOException {
    exchange.json(status, Jsonp.createObjectBuilder().add("error", message).add("status", status).build().toString());
    return status;
  }
}
