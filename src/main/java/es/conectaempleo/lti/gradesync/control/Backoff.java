package es.conectaempleo.lti.gradesync.control;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential from {@code base}, doubled per attempt up to
 * {@code cap}, with "equal jitter" (half fixed, half random) so that many scores failing together
 * do not return together. A platform's {@code Retry-After} (429, 503) wins, bounded by {@link
 * #MAX_RETRY_AFTER}. Immutable and thread-safe if the random source is.
 *
 * @param base the first delay; positive
 * @param cap the longest computed delay; at least {@code base}
 * @param random values in [0, 1)
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier random) {
  /** A platform asking for longer than this is asked again after this. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(random, "random");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base must be positive");
    }
    if (cap.compareTo(base) < 0) {
      cap = base;
    }
  }

  /**
   * @param failures how many tries failed so far, this one included; at least 1
   * @param retryAfter what the platform asked for; never {@code null}
   */
  public Duration delay(int failures, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }
    long capMillis = cap.toMillis();
    long exponential = base.toMillis();
    for (int i = 1; i < failures && exponential < capMillis; i++) {
      exponential *= 2;
    }
    long ceiling = Math.min(exponential, capMillis);
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
  }
}
