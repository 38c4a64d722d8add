package es.conectaempleo.simulator;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OIDC authorization endpoint (Moodle {@code mod/lti/auth.php}, Canvas {@code
 * authorize_redirect}), GET or POST. It checks the authentication request as Moodle does: an
 * unregistered {@code redirect_uri} gets an error page and no redirect (nothing can be trusted to
 * post to); every other fault goes back to the redirect_uri as a self-posting form with {@code
 * error}, {@code error_description} and {@code state}; success posts {@code id_token} and {@code
 * state}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#step-2-authentication-request">
 *     Security Framework 1.0 §5.1.1.2–5.1.1.3</a>
 */
final class AuthorizationEndpoint {
  private static final List<String> REQUIRED =
      List.of("scope", "response_type", "client_id", "redirect_uri", "login_hint", "nonce");

  private final SimulatedPlatform platform;

  AuthorizationEndpoint(SimulatedPlatform platform) {
    this.platform = platform;
  }

  void handle(Exchange exchange) throws IOException {
    if (!"GET".equals(exchange.method()) && !"POST".equals(exchange.method())) {
      exchange.respond(405, "text/plain", "GET or POST");
      return;
    }
    Map<String, String> request = exchange.parameters();
    String redirectUri = request.get("redirect_uri");
    ToolConfiguration tool = platform.tool(); // null while the platform awaits registration: nothing is registered
    if (redirectUri == null || tool == null || !tool.redirectUris().contains(redirectUri)) {
      exchange.html(400, invalidRequestPage());
      return;
    }
    var response = new LinkedHashMap<String, String>();
    Lms.OidcError error = check(request);
    if (error == null) {
      PendingLaunch launch = platform.pendingLaunch(request.get("lti_message_hint"));
      response.put("id_token", platform.issueIdToken(launch, request.get("nonce")));
    } else {
      response.put("error", error.code());
      if (error.description() != null) {
        response.put("error_description", error.description());
      }
    }
    if (request.get("state") != null) {
      response.put("state", request.get("state"));
    }
    response.putAll(platform.lms().responseExtras());
    exchange.html(200, new AutoPostForm(URI.create(redirectUri), response).render("Launching…"));
  }

  /** The first fault of the request, in Moodle's order; {@code null} when it may launch. */
  private Lms.OidcError check(Map<String, String> request) {
    for (String name : REQUIRED) {
      if (blank(request.get(name))) {
        return new Lms.OidcError("invalid_request", "Missing " + name);
      }
    }
    PendingLaunch launch = platform.pendingLaunch(request.get("lti_message_hint"));
    if (launch == null) {
      return platform.lms().launchGone();
    }
    if (!"openid".equals(request.get("scope"))) {
      return new Lms.OidcError("invalid_scope", null);
    }
    if (!"id_token".equals(request.get("response_type"))) {
      return new Lms.OidcError("unsupported_response_type", null);
    }
    // The launch data leave the session here, whatever happens next: single use.
    if (!launch.consume(platform.now())) {
      return platform.lms().launchGone();
    }
    if (!platform.clientId().equals(request.get("client_id"))) {
      return new Lms.OidcError("unauthorized_client", null);
    }
    if (!platform.isLoggedIn(launch.user())) {
      return platform.lms().loggedOut();
    }
    if (!launch.user().loginHint().equals(request.get("login_hint"))) {
      return new Lms.OidcError("access_denied", null);
    }
    if (!"form_post".equals(request.get("response_mode"))) {
      return new Lms.OidcError("invalid_request", "Invalid response_mode");
    }
    String prompt = request.get("prompt");
    if (!blank(prompt) && !"none".equals(prompt)) {
      return new Lms.OidcError("invalid_request", "Invalid prompt");
    }
    return null;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private String invalidRequestPage() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head>\n"
        + "<body><div class=\"errorbox\" role=\"alert\"><p class=\"errormessage\">Invalid request</p>"
        + "<p>" + AutoPostForm.escape(platform.issuer()) + "</p></div></body></html>\n";
  }
}
