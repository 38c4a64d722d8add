package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LMS admin page of a registration in progress (Moodle's tool management page, Canvas's
 * developer keys): it frames the tool's registration URL, started with a fresh token, in {@code
 * <iframe id="contentframe">}, and keeps every window message it receives in {@code
 * window.ltiMessages}. When the tool posts {@code {subject: "org.imsglobal.lti.close"}} (DR §3.6.1)
 * the LMS closes its dialog; here {@code <p id="lti-status">} then reads {@code closed}, for a real
 * browser test to wait on. Canvas listens only to the origin of the tool's registration URL ({@code
 * message.origin === originOfUrl(dynamicRegistrationUrl)}): a message from any other origin goes to
 * {@code window.ignoredMessages} and closes nothing. Moodle checks only {@code e.data.subject}. The page is served on host {@code localhost}, like {@link CoursePage},
 * so the tool is third party inside it. Thread-safe.
 */
final class RegistrationPage {
  private final SimulatedPlatform platform;
  private final DynamicRegistration registration;
  private final Map<String, URI> started = new ConcurrentHashMap<>();
  private final Map<String, String> toolOrigins = new ConcurrentHashMap<>();

  RegistrationPage(SimulatedPlatform platform, DynamicRegistration registration) {
    this.platform = platform;
    this.registration = registration;
  }

  /** Starts a registration of the tool at that URL and returns the admin page that frames it. */
  URI open(String toolRegistrationUrl) {
    String id = Randoms.token(16);
    started.put(id, registration.start(toolRegistrationUrl));
    toolOrigins.put(id, origin(URI.create(toolRegistrationUrl)));
    String page = platform.url(registration.rules().adminPagePath() + "?registration=" + id);
    return URI.create(page.replaceFirst("^http://127\\.0\\.0\\.1:", "http://localhost:"));
  }

  void view(Exchange exchange) throws IOException {
    String id = exchange.parameters().get("registration");
    URI start = id == null ? null : started.get(id);
    if (start == null) {
      exchange.html(404, "<!DOCTYPE html><title>Not found</title><p>No such registration</p>");
      return;
    }
    String title = AutoPostForm.escape(registration.rules().adminPageTitle());
    exchange.html(
        200,
        "<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
            // Listening before the frame loads: a tool that closes at once is not missed.
            + "<script>\n"
            + "window.ltiMessages = [];\n"
            + "window.ignoredMessages = [];\n"
            + (registration.rules().closeNeedsToolOrigin()
                ? "var toolOrigin = " + scriptString(toolOrigins.get(id)) + ";\n"
                : "")
            + "window.addEventListener('message', function (e) {\n"
            + (registration.rules().closeNeedsToolOrigin()
                ? "  if (e.origin !== toolOrigin) {\n"
                    + "    window.ignoredMessages.push(e.data);\n"
                    + "    return;\n"
                    + "  }\n"
                : "")
            + "  window.ltiMessages.push(e.data);\n"
            + "  if (e.data && e.data.subject === 'org.imsglobal.lti.close') {\n"
            + "    document.getElementById('lti-status').textContent = 'closed';\n"
            + "  }\n"
            + "});\n"
            + "</script></head>\n<body>\n<h1 id=\"lms-admin\">" + title + "</h1>\n"
            + "<p id=\"lti-status\">registering</p>\n"
            + "<iframe id=\"contentframe\" name=\"contentframe\" title=\"LTI Advantage\""
            + " style=\"width:100%;height:80vh;border:0\" src=\""
            + AutoPostForm.escape(start.toString()) + "\"></iframe>\n</body></html>\n");
  }

  /**
   * A URL's origin as a browser serializes it: lower-case scheme and host, the port only when it is
   * not the scheme's default.
   */
  static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** A JavaScript string literal that cannot end the script element it is in. */
  private static String scriptString(String text) {
    return Jsonp.createValue(text).toString().replace("<", "\\u003c");
  }
}
