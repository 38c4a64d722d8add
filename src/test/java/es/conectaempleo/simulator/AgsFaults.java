package es.conectaempleo.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fault switches of one platform's grade services, for tests of how the tool retries, backs off and
 * refreshes tokens. They may be set while the tool runs. Counted and random faults hit score POSTs
 * that passed the token check; a faulted score is never stored. Being down hits every endpoint of
 * the platform (token endpoint, JWKS and launches too), as a real outage would. Thread-safe.
 */
public final class AgsFaults {
  /** How the platform is down. */
  public enum Outage {
    /** The connection is closed without an answer (the nearest a shared loopback server gets to refused). */
    NO_ANSWER,
    /** 503 with {@code Retry-After}: the seconds until it is back. */
    UNAVAILABLE
  }

  /**
   * One planned answer instead of the normal one.
   *
   * @param status the HTTP status; 0 with a delay means: answer normally, late
   * @param retryAfter the {@code Retry-After} header; may be {@code null}
   * @param delay how long to wait before answering; {@link Duration#ZERO} for none
   */
  record Fault(int status, Duration retryAfter, Duration delay, boolean canvasThrottle) {
    Fault(int status, Duration retryAfter, Duration delay) {
      this(status, retryAfter, delay, false);
    }

    boolean stores() {
      return status == 0;
    }
  }

  private final SimulatedPlatform platform;
  private final Deque<Fault> next = new ArrayDeque<>();
  private final Map<String, Integer> rejectedUsers = new ConcurrentHashMap<>();
  private Random random;
  private double failureRate;
  private volatile Instant downUntil;
  private volatile Outage outage;
  private volatile Duration outageRetryAfter;
  private final AtomicBoolean revokeOnNextScore = new AtomicBoolean();

  AgsFaults(SimulatedPlatform platform) {
    this.platform = platform;
  }

  /** The next {@code count} scores are answered with {@code status} (e.g. 500, 502) and not stored. */
  public synchronized AgsFaults failNext(int count, int status) {
    return plan(count, new Fault(status, null, Duration.ZERO));
  }

  /** Each score fails with 500 with this probability, drawn from a generator seeded for repeatable runs. */
  public synchronized AgsFaults failRandomly(double probability, long seed) {
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be within [0, 1]");
    }
    failureRate = probability;
    random = new Random(seed);
    return this;
  }

  /** The next {@code count} scores get 503 with {@code Retry-After} in whole seconds. */
  public synchronized AgsFaults unavailableNext(int count, Duration retryAfter) {
    return plan(count, new Fault(503, retryAfter, Duration.ZERO));
  }

  /** The next {@code count} scores get 429 Too Many Requests with {@code Retry-After}. */
  public synchronized AgsFaults throttleNext(int count, Duration retryAfter) {
    return plan(count, new Fault(429, retryAfter, Duration.ZERO));
  }

  /**
   * The next {@code count} scores meet Canvas's request throttle: {@code 403 Forbidden (Rate Limit
   * Exceeded)} as plain text, {@code X-Rate-Limit-Remaining: 0.0}, no {@code Retry-After} (Canvas's
   * {@code RequestThrottle} middleware, shared by every LTI Advantage call of a developer key).
   */
  public synchronized AgsFaults canvasThrottleNext(int count) {
    return plan(count, new Fault(403, null, Duration.ZERO, true));
  }

  /**
   * The next {@code count} scores are answered only after {@code delay}, longer than the tool's
   * timeout. When {@code stored} the LMS has taken the score and answers normally, late (so a retry
   * meets Moodle's 409); otherwise it answers 504 and stores nothing.
   */
  public synchronized AgsFaults delayNext(int count, Duration delay, boolean stored) {
    return plan(count, new Fault(stored ? 0 : 504, null, delay));
  }

  /** The whole platform is down until {@code until} (platform clock). */
  public AgsFaults downUntil(Instant until, Outage how) {
    return downUntil(until, how, null);
  }

  /**
   * The whole platform is down until {@code until}, and while {@link Outage#UNAVAILABLE} asks callers
   * to come back after {@code retryAfter} (a site that does not know when it will be back).
   */
  public AgsFaults downUntil(Instant until, Outage how, Duration retryAfter) {
    outage = how;
    outageRetryAfter = retryAfter;
    downUntil = until;
    return this;
  }

  /** Every score for this user is refused with {@code status} (400, 404 or 422), permanently. */
  public AgsFaults rejectUser(LmsUser user, int status) {
    rejectedUsers.put(user.sub(), status);
    return this;
  }

  /**
   * The platform revokes every token it issued when the next score arrives, and answers it 401: the
   * tool must get a new token once and send the score again.
   */
  public AgsFaults revokeTokenOnce() {
    revokeOnNextScore.set(true);
    return this;
  }

  /** Back to normal service. */
  public synchronized AgsFaults clear() {
    next.clear();
    rejectedUsers.clear();
    random = null;
    failureRate = 0;
    downUntil = null;
    revokeOnNextScore.set(false);
    return this;
  }

  /** How many planned answers are still to come. */
  public synchronized int pendingFaults() {
    return next.size();
  }

  /** The outage now in force, or {@code null}. */
  Outage outage() {
    Instant until = downUntil;
    return until != null && platform.now().isBefore(until) ? outage : null;
  }

  /** The outage's {@code Retry-After}: as asked for, else the seconds until it ends; at least 1. */
  long secondsDown() {
    Duration asked = outageRetryAfter;
    if (asked != null) {
      return Math.max(1, asked.toSeconds());
    }
    Instant until = downUntil;
    return until == null ? 1 : Math.max(1, Duration.between(platform.now(), until).toSeconds());
  }

  /** Whether this score is the one that finds its token revoked (only one of concurrent scores is). */
  boolean takeRevocation() {
    return revokeOnNextScore.getAndSet(false);
  }

  /** The fault for the score now arriving, or {@code null} for normal service. */
  synchronized Fault nextScoreFault() {
    Fault planned = next.poll();
    if (planned != null) {
      return planned;
    }
    if (random != null && random.nextDouble() < failureRate) {
      return new Fault(500, null, Duration.ZERO);
    }
    return null;
  }

  /** The permanent status for this user's scores, or {@code null}. */
  Integer rejection(String userId) {
    return rejectedUsers.get(userId);
  }

  private AgsFaults plan(int count, Fault fault) {
    for (int i = 0; i < count; i++) {
      next.add(fault);
    }
    return this;
  }
}
