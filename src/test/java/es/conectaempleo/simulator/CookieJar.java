package es.conectaempleo.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A browser's cookie store, after RFC 6265 and what current browsers add: host-only and domain
 * cookies, default and explicit {@code Path}, {@code Max-Age} before {@code Expires}, and {@code
 * Secure} cookies kept and sent over {@code http://127.0.0.1} and {@code localhost}, which browsers
 * treat as secure contexts. As Chrome does, a {@code SameSite=None} or {@code Partitioned} cookie
 * without {@code Secure} is refused. SameSite is otherwise not enforced: on loopback the LMS and the
 * tool are the same site. Thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6265#section-5.3">RFC 6265 §5.3</a>
 */
public final class CookieJar {
  /** One stored cookie. {@code expiresAt} is {@code null} for a session cookie. */
  public record Cookie(
      String name,
      String value,
      String domain,
      boolean hostOnly,
      String path,
      boolean secure,
      boolean httpOnly,
      String sameSite,
      boolean partitioned,
      Instant expiresAt,
      Instant createdAt) {

    boolean isExpired(Instant now) {
      return expiresAt != null && !now.isBefore(expiresAt);
    }
  }

  private final Clock clock;
  private final List<Cookie> cookies = new CopyOnWriteArrayList<>();

  public CookieJar(Clock clock) {
    this.clock = clock;
  }

  /** Stores what a response's {@code Set-Cookie} headers say; refused cookies are dropped. */
  public void receive(URI requestUri, List<String> setCookieHeaders) {
    for (String header : setCookieHeaders) {
      parse(requestUri, header).ifPresent(this::store);
    }
  }

  /** The {@code Cookie} header a request to this URL carries, if any cookie applies. */
  public Optional<String> cookieHeader(URI uri) {
    List<Cookie> matching = cookiesFor(uri);
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(matching.stream().map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; ")));
  }

  /** The cookies a request to this URL carries, longest path first (RFC 6265 §5.4). */
  public List<Cookie> cookiesFor(URI uri) {
    Instant now = clock.instant();
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return cookies.stream()
        .filter(c -> !c.isExpired(now))
        .filter(c -> c.hostOnly() ? host.equals(c.domain()) : domainMatches(host, c.domain()))
        .filter(c -> pathMatches(path, c.path()))
        .filter(c -> !c.secure() || isSecureContext(uri))
        .sorted(Comparator.comparingInt((Cookie c) -> -c.path().length()).thenComparing(Cookie::createdAt))
        .toList();
  }

  /** Every unexpired cookie. */
  public List<Cookie> all() {
    Instant now = clock.instant();
    return cookies.stream().filter(c -> !c.isExpired(now)).toList();
  }

  public void clear() {
    cookies.clear();
  }

  private synchronized void store(Cookie cookie) {
    cookies.removeIf(
        c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain()) && c.path().equals(cookie.path()));
    if (!cookie.isExpired(clock.instant())) {
      cookies.add(cookie);
    }
  }

  private Optional<Cookie> parse(URI requestUri, String header) {
    String[] parts = header.split(";");
    int eq = parts[0].indexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    String name = parts[0].substring(0, eq).trim();
    String value = parts[0].substring(eq + 1).trim();
    String host = requestUri.getHost().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    String domain = null;
    String path = null;
    Instant expires = null;
    Instant maxAge = null;
    boolean secure = false;
    boolean httpOnly = false;
    boolean partitioned = false;
    String sameSite = null;
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].trim();
      int sep = attribute.indexOf('=');
      String key = (sep < 0 ? attribute : attribute.substring(0, sep)).trim().toLowerCase(Locale.ROOT);
      String arg = sep < 0 ? "" : attribute.substring(sep + 1).trim();
      switch (key) {
        case "expires" -> expires = parseDate(arg);
        case "max-age" -> maxAge = parseMaxAge(arg, now);
        case "domain" -> domain = arg.startsWith(".") ? arg.substring(1).toLowerCase(Locale.ROOT) : arg.toLowerCase(Locale.ROOT);
        case "path" -> path = arg.startsWith("/") ? arg : null;
        case "secure" -> secure = true;
        case "httponly" -> httpOnly = true;
        case "partitioned" -> partitioned = true;
        case "samesite" -> sameSite = arg;
        default -> { } // unknown attributes are ignored
      }
    }
    if (secure && !isSecureContext(requestUri)) {
      return Optional.empty();
    }
    if ((partitioned || "none".equalsIgnoreCase(sameSite)) && !secure) {
      return Optional.empty();
    }
    boolean hostOnly = domain == null || domain.isEmpty();
    if (!hostOnly && !domainMatches(host, domain)) {
      return Optional.empty();
    }
    return Optional.of(
        new Cookie(name, value, hostOnly ? host : domain, hostOnly, path == null ? defaultPath(requestUri) : path,
            secure, httpOnly, sameSite, partitioned, maxAge != null ? maxAge : expires, now));
  }

  private static Instant parseMaxAge(String arg, Instant now) {
    try {
      long seconds = Long.parseLong(arg);
      return seconds <= 0 ? Instant.MIN : now.plus(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant parseDate(String arg) {
    try {
      return ZonedDateTime.parse(arg, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** RFC 6265 §5.1.4: the directory of the request path. */
  private static String defaultPath(URI uri) {
    String path = uri.getRawPath();
    if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
      return "/";
    }
    return path.substring(0, path.lastIndexOf('/'));
  }

  /** RFC 6265 §5.1.4 path-match. */
  static boolean pathMatches(String requestPath, String cookiePath) {
    if (requestPath.equals(cookiePath)) {
      return true;
    }
    return requestPath.startsWith(cookiePath)
        && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
  }

  /** RFC 6265 §5.1.3; an IP address matches only itself. */
  static boolean domainMatches(String host, String domain) {
    if (host.equals(domain)) {
      return true;
    }
    boolean ip = host.matches("[0-9.]+") || host.contains(":");
    return !ip && host.endsWith("." + domain);
  }

  /** https, or a loopback host: the "potentially trustworthy" origins of the Secure Contexts spec. */
  static boolean isSecureContext(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return "https".equalsIgnoreCase(uri.getScheme())
        || host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]");
  }

  @Override
  public String toString() {
    return new ArrayList<>(all()).toString();
  }
}
