package es.conectaempleo.lti.gradesync.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms that asked this node to wait before its next score. A rate limit holds for the
 * whole platform, not for one learner (Canvas counts requests per developer key; a Moodle in
 * maintenance answers 503 to everyone), so when one score gets a 429 (or Canvas's rate-limit 403),
 * or a 503 with {@code Retry-After}, or the platform would not give the tool an access token, the
 * scores of every other learner of that platform wait too instead of running into the same answer.
 * Kept in memory: each node learns it from its own calls. Thread-safe.
 */
public final class PlatformPauses {
  private final Map<Long, Instant> pausedUntil = new ConcurrentHashMap<>();

  /** Holds the platform's scores back until {@code until}, or longer if already asked to. */
  public void pause(long platformId, Instant until) {
    pausedUntil.merge(platformId, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Until when the platform's scores wait; empty when they may go now. */
  public Optional<Instant> pausedUntil(long platformId, Instant now) {
    Instant until = pausedUntil.get(platformId);
    if (until == null) {
      return Optional.empty();
    }
    if (!until.isAfter(now)) {
      pausedUntil.remove(platformId, until);
      return Optional.empty();
    }
    return Optional.of(until);
  }
}
