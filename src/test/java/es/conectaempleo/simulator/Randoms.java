package es.conectaempleo.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Identifiers shaped like the ones LMSs generate, unique within a test run. */
final class Randoms {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

  private Randoms() {}

  /** Letters and digits, like Moodle's {@code random_string(n)}. */
  static String alphanumeric(int length) {
    var text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return unique(text.toString());
  }

  /** Lower-case hex of {@code bytes} random bytes (Canvas's opaque 40-hex ids use 20). */
  static String hex(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return unique(HexFormat.of().formatHex(value));
  }

  /** A short URL-safe token for names and paths. */
  static String token(int length) {
    return alphanumeric(length).toLowerCase(java.util.Locale.ROOT);
  }

  /** A number between {@code from} (inclusive) and {@code to} (exclusive), unique in the run. */
  static long number(long from, long to) {
    while (true) {
      long value = from + (long) (RANDOM.nextDouble() * (to - from));
      if (ISSUED.add("n" + value)) {
        return value;
      }
    }
  }

  private static String unique(String value) {
    return ISSUED.add(value) ? value : unique(value + RANDOM.nextInt(10));
  }
}
