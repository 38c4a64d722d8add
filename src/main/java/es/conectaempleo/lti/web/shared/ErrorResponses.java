package es.conectaempleo.lti.web.shared;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.launch.boundary.LaunchTokens;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns an error into what the caller can read: problem details for the JSON APIs, a plain page in
 * the person's language for everyone else. Never a stack trace.
 */
final class ErrorResponses {
  private ErrorResponses() {}

  /** API clients get JSON: the admin, learning and catalog APIs and the JWKS. */
  static boolean isApi(UriInfo uri) {
    return isApi(uri.getPath());
  }

  /** @param path a request path, with or without its leading slash */
  static boolean isApi(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.startsWith("api/") || relative.startsWith(".well-known/");
  }

  static Response rejection(LaunchRejectedException e, UriInfo uri, HttpHeaders headers, Pages pages) {
    int status = e.reason().httpStatus();
    if (isApi(uri)) {
      return Problem.of(status, e.detail(), e.reason().code()).response();
    }
    Texts t = texts(uri, headers);
    String code = e.reason().code();
    String explanationKey = "rejection." + code;
    Map<String, Object> model = new HashMap<>();
    model.put("t", t);
    model.put("status", status);
    model.put("code", code);
    model.put("explanation", t.has(explanationKey) ? t.get(explanationKey) : t.get("rejection.generic"));
    model.put("title", t.has(explanationKey + ".title") ? t.get(explanationKey + ".title") : t.get("rejection.title"));
    // The detail is for whoever administers the LMS (in English, like the audit); an ended session
    // needs none: the explanation says what to do.
    model.put("detail", e.reason() == Rejection.SESSION_INVALID ? "" : e.detail());
    return pages.page(status, "shared/launch-error.jte", model);
  }

  static Response status(int status, String detail, UriInfo uri, HttpHeaders headers, Pages pages) {
    return status(status, detail, isApi(uri), uri, headers, pages);
  }

  /** @param api whether the request that failed was an API call (problem details, not a page) */
  static Response status(int status, String detail, boolean api, UriInfo uri, HttpHeaders headers, Pages pages) {
    if (api) {
      return Problem.of(status, detail, null).response();
    }
    Texts t = texts(uri, headers);
    String key = "error." + status;
    Map<String, Object> model = new HashMap<>();
    model.put("t", t);
    model.put("status", status);
    model.put("title", t.has(key + ".title") ? t.get(key + ".title") : t.get("error.generic.title"));
    model.put("explanation", t.has(key + ".text") ? t.get(key + ".text") : t.get("error.generic.text"));
    return pages.page(status, "shared/error.jte", model);
  }

  /**
   * The language of the session whose token the address carries (even an expired one: the language
   * is no secret), else a {@code lang} query parameter, else the browser's.
   */
  static Texts texts(UriInfo uri, HttpHeaders headers) {
    String sessionLanguage = LaunchTokens.languageOf(uri.getQueryParameters().getFirst("lt"));
    if (sessionLanguage != null) {
      return Texts.of(Language.fromTag(sessionLanguage));
    }
    String lang = uri.getQueryParameters().getFirst("lang");
    if (lang != null) {
      return Texts.of(Language.fromTag(lang));
    }
    return Texts.of(Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }
}
