package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test browser's cookie jar, third-party cookie switch and forms, against simulator routes. */
class BrowserTest {
  private static final ToolConfiguration NO_TOOL =
      new ToolConfiguration("http://127.0.0.1:9/login", "http://127.0.0.1:9/launch", List.of("http://127.0.0.1:9/launch"));

  private static PlatformSimulator lms;
  private static PlatformSimulator tool;

  @BeforeAll
  static void start() {
    lms = new PlatformSimulator();
    tool = new PlatformSimulator();
  }

  @AfterAll
  static void stop() {
    lms.close();
    tool.close();
  }

  @Test
  void testSecureCookieKeptOnLoopbackAndPathHonoured() {
    SimulatedPlatform site = tool.moodle(NO_TOOL);
    String launchPath = URI.create(site.url("/app/launch")).getPath();
    site.route("/app/login", setCookies(
        "state_1=a; Max-Age=600; Path=" + launchPath + "; Secure; HttpOnly; SameSite=None; Partitioned",
        "plain=b",
        "lax=c; Path=/; SameSite=Lax"));
    site.route("/app/launch", echoCookies());
    site.route("/other", echoCookies());
    var browser = new Browser();

    browser.get(URI.create(site.url("/app/login")));

    assertThat(browser.get(URI.create(site.url("/app/launch"))).body()).isEqualTo("state_1=a; plain=b; lax=c");
    assertThat(browser.get(URI.create(site.url("/other"))).body()).isEqualTo("lax=c");
    assertThat(browser.cookies().all()).extracting(CookieJar.Cookie::name).containsExactlyInAnyOrder("state_1", "plain", "lax");
  }

  @Test
  void testCookieRefusedWhenSameSiteNoneWithoutSecure() {
    var jar = new CookieJar(Clock.systemUTC());
    URI uri = URI.create("http://127.0.0.1:8080/lti/login");
    jar.receive(uri, List.of("a=1; SameSite=None", "b=2; Partitioned", "c=3; Domain=example.org", "d=4; Secure"));
    assertThat(jar.all()).extracting(CookieJar.Cookie::name).containsExactly("d");
    var https = new CookieJar(Clock.systemUTC());
    https.receive(URI.create("http://lms.example.org/"), List.of("s=1; Secure"));
    assertThat(https.all()).isEmpty();
  }

  @Test
  void testMaxAgeHonoured() {
    var clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    var jar = new CookieJar(clock);
    URI uri = URI.create("http://127.0.0.1:8080/lti/login");
    jar.receive(uri, List.of("short=1; Max-Age=60; Expires=Wed, 01 Jan 2100 00:00:00 GMT", "gone=1; Max-Age=0", "long=1; Expires=Wed, 01 Jan 2100 00:00:00 GMT"));
    assertThat(jar.cookieHeader(uri)).hasValue("short=1; long=1");
    clock.advance(Duration.ofSeconds(61));
    assertThat(jar.cookieHeader(uri)).hasValue("long=1");
    jar.receive(uri, List.of("long=1; Max-Age=-1"));
    assertThat(jar.cookieHeader(uri)).isEmpty();
  }

  @Test
  void testThirdPartyCookiesBlocked() {
    SimulatedPlatform platform = lms.moodle(NO_TOOL);
    SimulatedPlatform framed = tool.moodle(NO_TOOL);
    framed.route("/set", setCookies("tool=1; Path=/; Secure; SameSite=None"));
    framed.route("/echo", echoCookies());
    platform.route("/set", setCookies("lms=1; Path=/"));
    var login = new LoginInitiation(URI.create(platform.url("/")), URI.create(framed.url("/set")), "GET", Map.of("a", "b"));

    var open = new Browser();
    open.startLogin(login);
    assertThat(open.get(URI.create(framed.url("/echo"))).body()).isEqualTo("tool=1");

    var blocking = new Browser().blockThirdPartyCookies();
    blocking.startLogin(login);
    blocking.get(URI.create(platform.url("/set")));
    assertThat(blocking.get(URI.create(framed.url("/echo"))).body()).isEmpty();
    assertThat(blocking.cookies().all()).extracting(CookieJar.Cookie::name).containsExactly("lms");
  }

  @Test
  void testFormSendsOnlyCheckedChoicesAndEnabledFields() {
    String html =
        "<form method=\"post\" action=\"/answer\">"
            + "<input type=\"hidden\" name=\"lt\" value=\"t\">"
            + "<input type=\"radio\" name=\"q1\" value=\"11\"><input type=\"radio\" name=\"q1\" value=\"12\" checked>"
            + "<input type=\"radio\" name=\"q2\" value=\"21\"><input type=\"radio\" name=\"q2\" value=\"22\">"
            + "<input type=\"checkbox\" name=\"c\" value=\"on\">"
            + "<input type=\"text\" name=\"off\" value=\"x\" disabled>"
            + "</form>";

    AutoPostForm form = AutoPostForm.parse(html, URI.create("http://127.0.0.1:8080/quiz")).orElseThrow();

    assertThat(form.fields()).containsExactly(Map.entry("lt", "t"), Map.entry("q1", "12"));
    assertThat(form.action()).isEqualTo(URI.create("http://127.0.0.1:8080/answer"));
  }

  private static Route setCookies(String... cookies) {
    return exchange -> {
      for (String cookie : cookies) {
        exchange.http().getResponseHeaders().add("Set-Cookie", cookie);
      }
      exchange.respond(200, "text/plain", "ok");
    };
  }

  private static Route echoCookies() {
    return exchange -> {
      String cookie = exchange.http().getRequestHeaders().getFirst("Cookie");
      exchange.respond(200, "text/plain", cookie == null ? "" : cookie);
    };
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
