package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One simulated LMS (a Moodle site, or a Canvas developer key) with its issuer, client id,
 * deployments, users, signing keys and endpoints under its own path on the simulator. Every
 * endpoint is a {@link Route}; the authorization endpoint and the JWKS are there from the start,
 * the token endpoint once {@link #serveTokens} is called, a course's NRPS memberships service once
 * {@link #roster} is, and a course's Assignment and Grade Services once {@link #gradebook} is (or a
 * launch of a placement {@link Placement#withGradeService() with grade service} names them):
 *
 * <ul>
 *   <li>line items container: GET (filters, paging) and POST; Moodle {@code
 *       /mod/lti/services.php/{course}/lineitems?type_id={type}}, Canvas {@code
 *       /api/lti/courses/{n}/line_items};
 *   <li>line item: GET {@link LineItem#id()}; Moodle {@code …/lineitems/{id}/lineitem?type_id=…},
 *       Canvas {@code …/line_items/{id}};
 *   <li>scores: POST {@link LineItem#scoresUrl()}; results: GET {@link LineItem#resultsUrl()}.
 * </ul>
 *
 * <p>An integration test typically writes:
 *
 * <pre>{@code
 * Placement course = moodle.newPlacement().withGradeService();
 * moodle.serveTokens(toolJwks);
 * Gradebook gradebook = moodle.gradebook(course);
 * LineItem item = gradebook.lineItem(course);          // the activity's own column
 * moodle.faults().failNext(2, 500);                     // then launch, learn, let the tool sync
 * gradebook.scores(item, learner);                      // every accepted score, in arrival order
 * gradebook.count(AgsRequest.Endpoint.SCORES);          // and tokens: serveTokens(..).issued()
 * }</pre>
 *
 * <p>A platform created awaiting registration ({@link PlatformSimulator#moodleAwaitingRegistration()})
 * has no tool until the tool registers itself by LTI Dynamic Registration: it serves its OpenID
 * configuration and registration endpoint ({@link DynamicRegistration}), and from the accepted
 * registration on it works like one created with that {@link ToolConfiguration}.
 *
 * Thread-safe.
 */
public final class SimulatedPlatform {
  private final Lms lms;
  private final String url;
  private final String issuer;
  private final String clientId;
  private final List<String> deploymentIds = new CopyOnWriteArrayList<>();
  /** What the admin configured; {@code null} until a Dynamic Registration succeeds. */
  private volatile ToolConfiguration tool;
  private final PlatformKeys keys;
  private final Clock clock;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private DeepLinkReturns deepLinks;
  private final Map<String, PendingLaunch> pending = new ConcurrentHashMap<>();
  private final Set<String> loggedOut = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Tampering> nextTampering = new AtomicReference<>();
  private final Map<String, MembershipsEndpoint> rosters = new ConcurrentHashMap<>();
  private final CoursePage coursePage;
  private final Map<String, Gradebook> gradebooks = new ConcurrentHashMap<>();
  /** Who is enrolled in each course (by context id), by sub: launches, rosters and tests enrol people. */
  private final Map<String, Map<String, LmsUser>> enrolments = new ConcurrentHashMap<>();
  /** The resource links of each course (by context id). */
  private final Map<String, Set<String>> resourceLinks = new ConcurrentHashMap<>();
  private final AtomicLong lineItemNumbers = new AtomicLong(Randoms.number(10, 5_000) * 10);
  private final AgsFaults faults = new AgsFaults(this);
  private volatile TokenEndpoint tokens;
  /** Dynamic Registration, for a platform created without a tool; else {@code null}. */
  private final DynamicRegistration registrations;
  private final RegistrationPage registrationPage;

  /** @param tool the tool as the admin configured it, or {@code null} to await a Dynamic Registration */
  SimulatedPlatform(Lms lms, String url, ToolConfiguration tool, Clock clock) {
    this.lms = lms;
    this.url = url;
    this.issuer = lms.issuer(url);
    this.clientId = lms.newClientId();
    this.tool = tool;
    this.clock = clock;
    this.keys = new PlatformKeys(lms::newKeyId);
    deploymentIds.add(lms.newDeploymentId());
    var authorization = new AuthorizationEndpoint(this);
    route(lms.authorizationPath(), authorization::handle);
    route(lms.jwksPath(), this::serveJwks);
    coursePage = new CoursePage(this);
    route(CoursePage.VIEW_PATH, coursePage::view);
    route(CoursePage.FRAME_PATH, coursePage::frame);
    if (tool == null) {
      registrations = new DynamicRegistration(this, lms.registrationRules(), clock);
      registrationPage = new RegistrationPage(this, registrations);
      RegistrationRules rules = lms.registrationRules();
      route(rules.configurationPath(), registrations::handleConfiguration);
      route(rules.registrationPath(), registrations::handleRegistration);
      route(rules.adminPagePath(), registrationPage::view);
    } else {
      registrations = null;
      registrationPage = null;
    }
  }

  /** The {@code iss} of its messages. */
  public String issuer() {
    return issuer;
  }

  /** The client id it issued to the tool. */
  public String clientId() {
    return clientId;
  }

  /** The deployment new placements use. */
  public String deploymentId() {
    return deploymentIds.get(0);
  }

  public List<String> deploymentIds() {
    return List.copyOf(deploymentIds);
  }

  /** Installs the tool once more (Moodle: a course tool type; Canvas: a course-level install). */
  public String addDeployment() {
    String id = lms.newDeploymentId();
    deploymentIds.add(id);
    return id;
  }

  /**
   * The tool as the admin configured it; for a platform awaiting registration, {@code null} until a
   * Dynamic Registration succeeds, then what the tool registered.
   */
  public ToolConfiguration tool() {
    return tool;
  }

  /** Where the platform's OpenID configuration is served (a platform awaiting registration only). */
  public URI openIdConfigurationUrl() {
    return dynamicRegistration().configurationUrl();
  }

  /**
   * The {@code openid_configuration} URL the LMS passes the tool along with that registration
   * token: Canvas's carries it in its query ({@code ?registration_token=}), the only place Canvas
   * reads it from; Moodle's is {@link #openIdConfigurationUrl()}.
   */
  public URI openIdConfigurationUrl(String registrationToken) {
    return dynamicRegistration().configurationUrl(registrationToken);
  }

  /**
   * The admin enters the tool's registration URL: a fresh single-use registration token, and the
   * URL the LMS opens, {@code toolRegistrationUrl} with {@code openid_configuration} and {@code
   * registration_token} added to its query (DR §3.3).
   */
  public URI registrationStart(String toolRegistrationUrl) {
    return dynamicRegistration().start(toolRegistrationUrl);
  }

  /**
   * The LMS admin page (on host {@code localhost}) that frames {@link #registrationStart} in {@code
   * <iframe id="contentframe">} and records the window messages in {@code window.ltiMessages}; see
   * {@link RegistrationPage}.
   */
  public URI registrationPage(String toolRegistrationUrl) {
    dynamicRegistration();
    return registrationPage.open(toolRegistrationUrl);
  }

  /** The registration endpoint's record and fault switches (a platform awaiting registration only). */
  public DynamicRegistration registrations() {
    return dynamicRegistration();
  }

  private DynamicRegistration dynamicRegistration() {
    if (registrations == null) {
      throw new IllegalStateException("This platform was created with its tool configured; use "
          + "PlatformSimulator.moodleAwaitingRegistration() or canvasAwaitingRegistration()");
    }
    return registrations;
  }

  /** A registration was accepted: from now on the platform launches the tool it describes. */
  void registered(ToolConfiguration registered) {
    tool = registered;
  }

  /** The configured tool; a platform still awaiting registration cannot place or launch it. */
  private ToolConfiguration configuredTool() {
    ToolConfiguration configured = tool;
    if (configured == null) {
      throw new IllegalStateException("No tool is registered on this platform yet");
    }
    return configured;
  }

  public PlatformKeys keys() {
    return keys;
  }

  /** The platform's URL with a path appended, e.g. {@code url("/mod/lti/token.php")}. */
  public String url(String path) {
    return url + path;
  }

  /** {@code host:port} the platform is served at. */
  public String hostName() {
    URI uri = URI.create(url);
    return uri.getHost() + ":" + uri.getPort();
  }

  public URI authorizationEndpoint() {
    return URI.create(url(lms.authorizationPath()));
  }

  public URI jwksUrl() {
    return URI.create(url(lms.jwksPath()));
  }

  /** Where the token endpoint is (served once a route is added for {@link #tokenPath()}). */
  public URI tokenEndpoint() {
    return URI.create(url(lms.tokenPath()));
  }

  public String tokenPath() {
    return lms.tokenPath();
  }

  /**
   * Serves {@code path} (below the platform's URL, exact match, query ignored) with a route;
   * replaces an earlier route of that path.
   */
  public void route(String path, Route route) {
    routes.put(path, route);
  }

  /**
   * Serves the token endpoint ({@link #tokenEndpoint()}) from now on, checking client assertions
   * against the tool's key set; the platform's services accept only its tokens.
   *
   * @param toolJwks the tool's JWKS URL, as the LMS admin registered it
   */
  public synchronized TokenEndpoint serveTokens(URI toolJwks) {
    if (tokens == null) {
      tokens = new TokenEndpoint(this, toolJwks, clock);
      route(lms.tokenPath(), tokens::handle);
    }
    return tokens;
  }

  /**
   * The NRPS memberships service of the placement's LMS course, served from now on (one per
   * course: placements of one course share it). Launches carry its URL once the placement has
   * {@link Placement#withRosterService()}.
   */
  public MembershipsEndpoint roster(Placement placement) {
    String path = lms.membershipsPath(placement);
    return rosters.computeIfAbsent(
        path,
        p -> {
          var endpoint = new MembershipsEndpoint(this, placement, p);
          route(p, endpoint::handle);
          return endpoint;
        });
  }

  /**
   * The gradebook of the placement's LMS course with its Assignment and Grade Services, served from
   * now on (one per course: placements of one course share it). Launches carry its URLs once the
   * placement has {@link Placement#withGradeService()}; services accept only tokens of {@link
   * #serveTokens}.
   */
  public Gradebook gradebook(Placement placement) {
    resourceLinks.computeIfAbsent(placement.contextId(), c -> ConcurrentHashMap.newKeySet())
        .add(placement.resourceLinkId());
    return gradebooks.computeIfAbsent(placement.contextId(), c -> new Gradebook(this, placement));
  }

  /**
   * Takes the tool's deep-linking responses at the return URLs of this platform's deep-linking
   * requests from now on, checking them against the tool's key set.
   *
   * @param toolJwks the tool's JWKS URL, as the LMS admin registered it
   */
  public synchronized DeepLinkReturns acceptDeepLinks(URI toolJwks) {
    if (deepLinks == null) {
      deepLinks = new DeepLinkReturns(this, toolJwks);
    }
    return deepLinks;
  }

  /**
   * A deep-linking request goes out with this return path and these settings: its response is
   * expected there (served once {@link #acceptDeepLinks} was called).
   */
  synchronized void expectDeepLinkResponse(String returnPath, String deploymentId, Map<String, Object> settings) {
    if (deepLinks == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> types = (List<String>) settings.get("accept_types");
    deepLinks.expect(
        returnPath,
        new DeepLinkReturns.Expected(
            deploymentId, types, Boolean.TRUE.equals(settings.get("accept_multiple")), (String) settings.get("data")));
    DeepLinkReturns returns = deepLinks;
    route(returnPath, exchange -> returns.handle(exchange, returnPath));
  }

  /**
   * The link the platform creates for a content item the tool returned: a placement in the same LMS
   * course with the item's custom parameters, graded when the item asked for a column.
   */
  public Placement placementFor(Placement request, Map<String, Object> item) {
    // A new link id in this LMS's own form (Moodle's are activity numbers), in the request's course.
    String linkId = lms.newPlacement(request.deploymentId(), request.targetLinkUri()).resourceLinkId();
    Placement link = request.asResourceLink(linkId, String.valueOf(item.get("title")));
    resourceLinks.computeIfAbsent(link.contextId(), c -> ConcurrentHashMap.newKeySet()).add(linkId);
    if (item.get("custom") instanceof Map<?, ?> custom) {
      for (var entry : custom.entrySet()) {
        link = link.withCustom(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
      }
    }
    return item.containsKey("lineItem") ? link.withGradeService() : link;
  }

  /** The fault switches of this platform's grade services (and of the whole platform being down). */
  public AgsFaults faults() {
    return faults;
  }

  public LmsUser newLearner(String givenName, String familyName) {
    return lms.newUser(LmsRole.LEARNER, givenName, familyName);
  }

  public LmsUser newInstructor(String givenName, String familyName) {
    return lms.newUser(LmsRole.INSTRUCTOR, givenName, familyName);
  }

  public LmsUser newUser(LmsRole role, String givenName, String familyName) {
    return lms.newUser(role, givenName, familyName);
  }

  /** A new resource link in a new course, on the first deployment, at the tool's default URL. */
  public Placement newPlacement() {
    Placement placement = lms.newPlacement(deploymentId(), configuredTool().targetLinkUri());
    resourceLinks.computeIfAbsent(placement.contextId(), c -> ConcurrentHashMap.newKeySet())
        .add(placement.resourceLinkId());
    return placement;
  }

  /**
   * The person clicks the link: the LMS keeps the launch (single use) and sends the browser the
   * login initiation. The person is logged in to the LMS from now on.
   */
  public LoginInitiation initiateLogin(LmsUser user, Placement placement) {
    ToolConfiguration configured = configuredTool();
    loggedOut.remove(user.sub());
    enrol(placement.contextId(), user); // only course members can click the course's links
    PendingLaunch launch = lms.startLaunch(this, user, placement, clock.instant());
    pending.put(launch.messageHint(), launch);
    return new LoginInitiation(
        URI.create(url("/")),
        URI.create(configured.loginUrl()),
        placement.initiation(),
        lms.loginParameters(this, launch));
  }

  /**
   * The person opens the activity in the LMS course: the URL of the LMS page (on host {@code
   * localhost}) that frames the tool and launches it inside the frame, for a real browser. Single
   * use, like the launch it starts.
   */
  public URI coursePage(LmsUser user, Placement placement) {
    return coursePage.open(user, placement);
  }

  /** The person's LMS session ends (or another person logs in) before the authorization request. */
  public void logOut(LmsUser user) {
    loggedOut.add(user.sub());
  }

  /** The next id_token this platform issues is tampered with; one token only. */
  public void tamperNextIdToken(Tampering tampering) {
    nextTampering.set(tampering);
  }

  Lms lms() {
    return lms;
  }

  /** The token endpoint, or {@code null} until {@link #serveTokens} is called. */
  TokenEndpoint tokens() {
    return tokens;
  }

  Instant now() {
    return clock.instant();
  }

  void enrol(String contextId, LmsUser user) {
    enrolments.computeIfAbsent(contextId, c -> new ConcurrentHashMap<>()).put(user.sub(), user);
  }

  void unenrol(String contextId, LmsUser user) {
    enrolments.getOrDefault(contextId, Map.of()).remove(user.sub());
  }

  /** The enrolled person of that sub in the course, or {@code null}. */
  LmsUser member(String contextId, String sub) {
    return enrolments.getOrDefault(contextId, Map.of()).get(sub);
  }

  boolean knowsResourceLink(String contextId, String resourceLinkId) {
    return resourceLinks.getOrDefault(contextId, Set.of()).contains(resourceLinkId);
  }

  long nextLineItemNumber() {
    return lineItemNumbers.incrementAndGet();
  }

  PendingLaunch pendingLaunch(String messageHint) {
    return messageHint == null ? null : pending.get(messageHint);
  }

  boolean isLoggedIn(LmsUser user) {
    return !loggedOut.contains(user.sub());
  }

  /** Builds, tampers with and signs the id_token of an authorized launch. */
  String issueIdToken(PendingLaunch launch, String nonce) {
    Map<String, Object> claims = lms.idTokenClaims(this, launch, nonce, clock.instant());
    Tampering tampering = nextTampering.getAndSet(null);
    if (tampering == null) {
      tampering = Tampering.of();
    }
    tampering.applyTo(claims);
    return keys.sign(Jsonp.createObjectBuilder(claims).build().toString(), tampering);
  }

  /** Dispatches a request below the platform's path; 404 for unknown paths. */
  void handle(Exchange exchange, String path) throws IOException {
    AgsFaults.Outage outage = faults.outage();
    if (outage == AgsFaults.Outage.NO_ANSWER) {
      return; // the exchange is closed unanswered: the client sees the connection drop
    }
    if (outage == AgsFaults.Outage.UNAVAILABLE) {
      exchange.http().getResponseHeaders().set("Retry-After", Long.toString(faults.secondsDown()));
      exchange.json(503, "{\"error\":\"down for maintenance\"}");
      return;
    }
    Route route = routes.get(path);
    if (route == null) {
      exchange.json(404, "{\"error\":\"not_found\"}");
      return;
    }
    route.handle(exchange);
  }

  private void serveJwks(Exchange exchange) throws IOException {
    keys.countFetch();
    exchange.json(200, keys.publicJwks().toString());
  }
}
