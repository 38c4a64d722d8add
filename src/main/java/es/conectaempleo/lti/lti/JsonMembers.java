package es.conectaempleo.lti.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Lenient readers for members of platform JSON: empty strings count as absent (some platforms send
 * {@code "tag": ""}), numbers may arrive as numeric strings (PHP), and unreadable dates are absent.
 * Shared by the AGS and NRPS readers.
 */
public final class JsonMembers {
  private JsonMembers() {}

  public static String string(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (value instanceof String s) {
      return s.isEmpty() ? null : s;
    }
    if (value instanceof Number n) {
      return n instanceof Double || n instanceof Float
          ? n.toString()
          : String.valueOf(n.longValue());
    }
    return null;
  }

  public static Double number(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Double.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The longest service URL the tool keeps (the registry's columns); a longer one counts as absent. */
  public static final int MAX_URL_LENGTH = 1024;

  /**
   * A service URL the platform hands over; one the tool may not call ({@link PlatformUrls}:
   * relative, plain http beyond loopback, another scheme) counts as absent.
   */
  public static URI uri(Map<String, Object> json, String name) {
    String value = string(json, name);
    if (value == null || value.length() > MAX_URL_LENGTH) {
      return null;
    }
    try {
      URI uri = new URI(value);
      return PlatformUrls.isCallable(uri) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  public static Instant instant(Map<String, Object> json, String name) {
    String value = string(json, name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A JSON number for a double: {@code 83} rather than {@code 83.0}, as the spec examples write.
   */
  public static Object jsonNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value;
    }
    return value;
  }
}
