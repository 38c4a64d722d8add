package es.conectaempleo.lti.lti;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs a platform may have the tool call with its access token: absolute {@code https} URLs,
 * as LTI requires of every platform URL; plain {@code http} only on loopback hosts, for development
 * and tests. Applies to registered URLs and equally to those a platform hands over later (service
 * claims, line-item ids, {@code Link: rel="next"}): a claim naming {@code http://intranet/} must not
 * send the tool's token in clear or make it call an internal service. Needs no DNS lookup: only
 * literal loopback names and addresses count.
 */
public final class PlatformUrls {
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private PlatformUrls() {}

  /** @param uri may be {@code null} (not callable) */
  public static boolean isCallable(URI uri) {
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return "https".equals(scheme) || ("http".equals(scheme) && isLoopback(uri.getHost()));
  }

  private static boolean isLoopback(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (LOOPBACK_NAMES.contains(lower)) {
      return true;
    }
    if (lower.matches("127(\\.\\d{1,3}){3}")) {
      try {
        return InetAddress.getByName(lower).isLoopbackAddress(); // a literal address: no lookup
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
