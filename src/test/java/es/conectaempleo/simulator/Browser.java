package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A test browser: follows no redirect by itself, keeps its own {@link CookieJar}, and walks the LTI
 * launch flow between a simulated platform and the tool, as one call ({@link #launch}) or step by
 * step so a test can intercept and change what is sent. The tool runs framed in the LMS page that
 * started the login; with {@link #blockThirdPartyCookies()} the browser then refuses and withholds
 * cookies of every other origin, as Safari does by default. (On loopback LMS and tool differ only
 * by port, so origins, not sites, tell them apart here.) Not thread-safe: one browser per simulated
 * person and thread.
 */
public final class Browser {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final CookieJar cookies;
  private boolean thirdPartyCookiesBlocked;
  private URI topLevel;
  private String acceptLanguage = "es-ES,es;q=0.9,en;q=0.8";

  public Browser() {
    this(Clock.systemUTC());
  }

  /** @param clock the cookie jar's clock, for {@code Max-Age} and {@code Expires} */
  public Browser(Clock clock) {
    this.cookies = new CookieJar(clock);
  }

  /** Refuses third-party cookies from now on: the tool's Set-Cookie is dropped, none are sent. */
  public Browser blockThirdPartyCookies() {
    thirdPartyCookiesBlocked = true;
    return this;
  }

  public Browser acceptLanguage(String header) {
    acceptLanguage = header;
    return this;
  }

  public CookieJar cookies() {
    return cookies;
  }

  public Page get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET(), "GET", uri);
  }

  /**
   * Posts {@code body} without a {@code Content-Type} header, as careless clients do (no browser or
   * LMS does); for the tool's answer to it.
   */
  public Page postUntyped(URI uri, String body) {
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)), "POST", uri);
  }

  /** Asks which methods a URL allows ({@code OPTIONS}). */
  public Page options(URI uri) {
    return send(HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "OPTIONS", uri);
  }

  /** Posts {@code application/x-www-form-urlencoded} fields. */
  public Page post(URI uri, Map<String, String> form) {
    return postFields(uri, List.copyOf(form.entrySet()));
  }

  /**
   * Posts {@code application/x-www-form-urlencoded} fields in this order, names repeated as a
   * form with several ticked checkboxes of one name sends them.
   */
  public Page postFields(URI uri, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        "POST",
        uri);
  }

  /** Submits a form as the browser would, whatever page it came from. */
  public Page submit(AutoPostForm form) {
    return post(form.action(), form.fields());
  }

  /** Follows a redirect with a GET (302 and 303 as browsers do). */
  public Page follow(Page redirect) {
    if (!redirect.isRedirect()) {
      throw new IllegalStateException("Not a redirect: " + redirect);
    }
    return get(redirect.location());
  }

  /**
   * Where the answer to a launch POST leaves the browser: the page itself when the tool answered
   * with one (200), the page it redirected to, or {@code null} when the launch was refused.
   */
  public Page landing(Page launch) {
    if (launch.isRedirect()) {
      return follow(launch);
    }
    return launch.status() == 200 ? launch : null;
  }

  /**
   * Step 1: the LMS page sends the login initiation to the tool (self-posting form or redirect).
   * The LMS page becomes the top-level page the tool is framed in.
   */
  public Page startLogin(LoginInitiation initiation) {
    topLevel = initiation.topLevel();
    return "GET".equals(initiation.method())
        ? get(initiation.withQuery())
        : post(initiation.loginUrl(), initiation.parameters());
  }

  /**
   * Steps 1–3: login initiation, the tool's redirect to the platform, and the platform's answer,
   * up to the form its page would post to the tool (not posted).
   *
   * @throws IllegalStateException when a step does not lead on (the message names the page)
   */
  public AutoPostForm authenticationResponse(LoginInitiation initiation) {
    Page login = startLogin(initiation);
    if (!login.isRedirect()) {
      throw new IllegalStateException("The tool did not redirect the login: " + login);
    }
    Page authorization = follow(login);
    return authorization
        .autoPostForm()
        .orElseThrow(() -> new IllegalStateException("The platform did not answer with a form: " + authorization));
  }

  /** A complete launch: the person clicks the link in the LMS, and the browser does the rest. */
  public LaunchFlow launch(SimulatedPlatform platform, LmsUser user, Placement placement) {
    return launch(platform.initiateLogin(user, placement));
  }

  /** A complete launch from a login initiation, as far as it goes (see {@link LaunchFlow}). */
  public LaunchFlow launch(LoginInitiation initiation) {
    Page login = startLogin(initiation);
    if (!login.isRedirect()) {
      return new LaunchFlow(login, null, null, null, null);
    }
    Page authorization = follow(login);
    AutoPostForm response = authorization.autoPostForm().orElse(null);
    if (response == null) {
      return new LaunchFlow(login, authorization, null, null, null);
    }
    Page launch = submit(response);
    Page landing = landing(launch);
    return new LaunchFlow(login, authorization, response, launch, landing);
  }

  private Page send(HttpRequest.Builder request, String method, URI uri) {
    boolean cookiesAllowed = !thirdPartyCookiesBlocked || topLevel == null || sameOrigin(uri, topLevel);
    if (cookiesAllowed) {
      cookies.cookieHeader(uri).ifPresent(header -> request.header("Cookie", header));
    }
    request.header("Accept-Language", acceptLanguage).header("User-Agent", "ConectaSimulatorBrowser/1.0").timeout(TIMEOUT);
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + uri + " interrupted", e);
    }
    if (cookiesAllowed) {
      cookies.receive(uri, response.headers().allValues("set-cookie"));
    }
    return new Page(method, uri, response.statusCode(), response.headers().map(), response.body());
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && Objects.equals(a.getHost(), b.getHost())
        && a.getPort() == b.getPort();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
