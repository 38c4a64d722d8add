package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LMS course page that shows an activity with the tool inside it, as Moodle's {@code
 * mod/lti/view.php} does: the page frames {@code mod/lti/launch.php}, whose form posts the login
 * initiation to the tool, so the whole launch (login → platform authorization → form_post of the
 * id_token to the tool's launch URL) and every page after it run in the iframe. Canvas frames the
 * same flow through a form that targets its {@code tool_content} iframe; one shape serves both.
 *
 * <p>The page is served on host {@code localhost} while the tool and the platform's endpoints are
 * on {@code 127.0.0.1}: a different site, so inside the frame the tool is third party and a browser
 * that blocks third-party cookies keeps none of its cookies. Thread-safe.
 */
final class CoursePage {
  static final String VIEW_PATH = "/mod/lti/view.php";
  static final String FRAME_PATH = "/mod/lti/launch.php";

  private final SimulatedPlatform platform;
  private final Map<String, Shown> shown = new ConcurrentHashMap<>();

  /** An activity shown to one person, with the login initiation its frame sends. */
  private record Shown(Placement placement, LoginInitiation initiation) {}

  CoursePage(SimulatedPlatform platform) {
    this.platform = platform;
  }

  /** Starts a launch for the person and returns the course page URL that frames it. */
  URI open(LmsUser user, Placement placement) {
    String id = Randoms.token(16);
    shown.put(id, new Shown(placement, platform.initiateLogin(user, placement)));
    return onLocalhost(URI.create(platform.url(VIEW_PATH + "?id=" + id)));
  }

  void view(Exchange exchange) throws IOException {
    Shown activity = shown.get(exchange.parameters().get("id"));
    if (activity == null) {
      exchange.html(404, "<!DOCTYPE html><title>Not found</title><p>No such activity</p>");
      return;
    }
    String frame = platform.url(FRAME_PATH + "?id=" + exchange.parameters().get("id"));
    String title = AutoPostForm.escape(activity.placement().contextTitle());
    exchange.html(
        200,
        "<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>" + title
            + "</title></head>\n<body>\n<h1 id=\"lms-course\">" + title + "</h1>\n"
            + "<p>" + AutoPostForm.escape(activity.placement().resourceLinkTitle()) + "</p>\n"
            + "<iframe id=\"contentframe\" name=\"contentframe\" title=\""
            + AutoPostForm.escape(activity.placement().resourceLinkTitle())
            + "\" style=\"width:100%;height:90vh;border:0\" src=\""
            + AutoPostForm.escape(onLocalhost(URI.create(frame)).toString())
            + "\" allow=\"fullscreen\"></iframe>\n</body></html>\n");
  }

  void frame(Exchange exchange) throws IOException {
    Shown activity = shown.get(exchange.parameters().get("id"));
    if (activity == null) {
      exchange.html(404, "<!DOCTYPE html><title>Not found</title><p>No such activity</p>");
      return;
    }
    LoginInitiation initiation = activity.initiation();
    if ("GET".equals(initiation.method())) {
      exchange.http().getResponseHeaders().set("Location", initiation.withQuery().toString());
      exchange.respond(302, "text/plain", "");
      return;
    }
    exchange.html(200, new AutoPostForm(initiation.loginUrl(), initiation.parameters()).render("Launching…"));
  }

  /** The same URL on host {@code localhost}: the LMS's own site, not the tool's. */
  private static URI onLocalhost(URI uri) {
    return URI.create(uri.toString().replaceFirst("^http://127\\.0\\.0\\.1:", "http://localhost:"));
  }
}
