package es.conectaempleo.lti.lti;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The facts of one failed call to a platform service, for the caller to classify: what happened,
 * the HTTP status, the platform's {@code Retry-After} and the start of its message body. The
 * library decides no retry policy; the predicates only name the usual classes. Immutable and
 * thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#name-retry-after">RFC 9110 §10.2.3
 *     Retry-After</a>
 */
public final class ServiceFailure {

  /** What went wrong. */
  public enum Kind {
    /** The platform answered with a status outside 2xx. */
    HTTP_STATUS,
    /** No answer within the request timeout. */
    TIMEOUT,
    /** The connection failed or broke (refused, reset, TLS, interrupted). */
    CONNECTION,
    /**
     * A 2xx answer that cannot be understood: not JSON, missing members, too large, endless paging.
     */
    MALFORMED_RESPONSE
  }

  /** How much of the platform's body is kept: enough for its error message, not a whole page. */
  public static final int MAX_BODY_CHARS = 1000;

  /**
   * Statuses that the same request will meet again: Moodle's 400 "Incorrect score received" (user
   * not gradable), 403, 404, Canvas's 412/422 "User not found in course or is not a student".
   */
  private static final Set<Integer> PERMANENT = Set.of(400, 403, 404, 412, 422);

  private final Kind kind;
  private final String method;
  private final URI uri;
  private final int status;
  private final Duration retryAfter;
  private final String body;
  private final String detail;
  private final boolean rateLimited;

  private ServiceFailure(
      Kind kind,
      String method,
      URI uri,
      int status,
      Duration retryAfter,
      String body,
      String detail,
      boolean rateLimited) {
    this.rateLimited = rateLimited;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.status = status;
    this.retryAfter = retryAfter;
    this.body = truncate(body == null ? "" : body);
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * A non-2xx answer.
   *
   * @param method the request method; never {@code null}
   * @param uri the request URI; never {@code null}
   * @param status the HTTP status
   * @param headers the response headers, read for {@code Retry-After}; never {@code null}
   * @param body the response body, truncated here; may be {@code null}
   * @param now the time an HTTP-date {@code Retry-After} is measured from; never {@code null}
   */
  public static ServiceFailure status(
      String method, URI uri, int status, HttpHeaders headers, String body, Instant now) {
    Duration retryAfter =
        headers.firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, now)).orElse(null);
    return new ServiceFailure(
        Kind.HTTP_STATUS,
        method,
        uri,
        status,
        retryAfter,
        body,
        "the platform answered " + status,
        status == 429 || (status == 403 && isCanvasThrottle(headers, body)));
  }

  /**
   * Canvas's request throttle refuses with {@code 403 Forbidden (Rate Limit Exceeded)} as plain
   * text, {@code X-Rate-Limit-Remaining: 0.0} and no {@code Retry-After} (its middleware
   * {@code RequestThrottle}); every Canvas answer carries the header, so a 403 counts as throttled
   * only with that text or nothing left.
   */
  private static boolean isCanvasThrottle(HttpHeaders headers, String body) {
    if (body != null && body.toLowerCase(java.util.Locale.ROOT).contains("rate limit exceeded")) {
      return true;
    }
    return headers
        .firstValue("X-Rate-Limit-Remaining")
        .map(
            value -> {
              try {
                return Double.parseDouble(value.trim()) <= 0;
              } catch (NumberFormatException e) {
                return false;
              }
            })
        .orElse(false);
  }

  /** No answer within the timeout. Parameters never {@code null}. */
  public static ServiceFailure timeout(String method, URI uri) {
    return new ServiceFailure(Kind.TIMEOUT, method, uri, 0, null, null, "no answer in time", false);
  }

  /**
   * The connection failed.
   *
   * @param detail what failed, without secrets; never {@code null}
   */
  public static ServiceFailure connection(String method, URI uri, String detail) {
    return new ServiceFailure(Kind.CONNECTION, method, uri, 0, null, null, detail, false);
  }

  /**
   * A 2xx answer that cannot be used.
   *
   * @param status the HTTP status of the answer
   * @param body the answer's body, truncated here; may be {@code null}
   * @param detail what is wrong with it; never {@code null}
   */
  public static ServiceFailure malformed(
      String method, URI uri, int status, String body, String detail) {
    return new ServiceFailure(Kind.MALFORMED_RESPONSE, method, uri, status, null, body, detail, false);
  }

  /**
   * Reads {@code Retry-After}: a number of seconds or an HTTP-date (RFC 1123 form). A date in the
   * past gives zero.
   *
   * @param value the header value; never {@code null}
   * @param now the reference time; never {@code null}
   * @return the delay, or empty when the value is neither form
   */
  public static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String trimmed = value.trim();
    if (trimmed.matches("\\d{1,10}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The request method, e.g. {@code POST}. */
  public String method() {
    return method;
  }

  /** The request URI. */
  public URI uri() {
    return uri;
  }

  /** The HTTP status; empty when no answer came ({@link Kind#TIMEOUT}, {@link Kind#CONNECTION}). */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** The platform's {@code Retry-After}, when it sent a readable one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * The start of the platform's body (at most {@value #MAX_BODY_CHARS} characters); may be empty.
   */
  public String body() {
    return body;
  }

  /** A short explanation for logs. */
  public String detail() {
    return detail;
  }

  /**
   * The same request will fail again: 400, 403, 404, 412 or 422. For scores this is typically a
   * user who is not a gradable student. Canvas's rate-limit 403 is not: see {@link #isRateLimited()}.
   */
  public boolean isPermanent() {
    return kind == Kind.HTTP_STATUS && PERMANENT.contains(status) && !rateLimited;
  }

  /**
   * The platform refuses for now because it got too many requests: 429, or Canvas's throttle (a
   * 403 that says {@code Rate Limit Exceeded}, or {@code X-Rate-Limit-Remaining} at zero). Every
   * call to it should wait, not just this one.
   */
  public boolean isRateLimited() {
    return rateLimited;
  }

  /** Worth trying later: 429 or another rate limit, any 5xx, a timeout or a connection failure. */
  public boolean isRetryable() {
    return switch (kind) {
      case TIMEOUT, CONNECTION -> true;
      case HTTP_STATUS -> rateLimited || (status >= 500 && status <= 599);
      case MALFORMED_RESPONSE -> false;
    };
  }

  /** 401: the access token was refused; get a new one once ({@code ServiceTokens.invalidate}). */
  public boolean isUnauthorized() {
    return kind == Kind.HTTP_STATUS && status == 401;
  }

  /**
   * 409: for a score, Moodle refuses a timestamp not later than the stored one; after an earlier
   * successful send of the same score this means it is already there.
   */
  public boolean isConflict() {
    return kind == Kind.HTTP_STATUS && status == 409;
  }

  /** The platform answered with this HTTP status. */
  public boolean hasStatus(int httpStatus) {
    return kind == Kind.HTTP_STATUS && status == httpStatus;
  }

  @Override
  public String toString() {
    var text = new StringBuilder(method).append(' ').append(uri).append(": ").append(detail);
    if (retryAfter != null) {
      text.append(" (retry after ").append(retryAfter.toSeconds()).append(" s)");
    }
    if (!body.isEmpty()) {
      text.append(": ").append(body);
    }
    return text.toString();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_BODY_CHARS ? text : text.substring(0, MAX_BODY_CHARS) + "…";
  }
}
