package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.lti.PlatformConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox in the background. A pump, run every poll interval and right after a score is
 * committed, claims due streams in batches (one transaction takes their leases in the database and
 * prepares each stream's newest score, so several nodes share one outbox and a killed node's
 * streams return when its lease expires; at most {@code conecta.gradesync.claim-batch} scores are
 * claimed at once) and hands each score to one of {@code conecta.gradesync.concurrency} workers,
 * which only talk to the platform, at most {@code conecta.gradesync.platform-concurrency} of them
 * to one LMS ({@link PlatformLanes}). A recorder writes the finished tries down in batches too
 * (group commit: one transaction for whatever finished while the previous one ran) and gives the
 * leases back. A stream is delivered by one worker of one node at a time, which keeps each
 * learner's scores in order. A failure in one delivery is recorded on its
 * entry and never stops the pump.
 */
@ApplicationScoped
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  /** Queued behind the last try when stopping: the recorder writes what came before and ends. */
  private static final Tried STOP = new Tried(null, null, null);

  /** The most tries one recording transaction writes. */
  private static final int RECORD_BATCH = 256;

  /** How long after a score's due time an early wake-up runs. */
  private static final long DUE_MARGIN_MILLIS = 5;

  /** Times a recording is tried before its leases are left to expire (the scores are sent again). */
  private static final int RECORD_TRIES = 5;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject ScoreOutbox outbox;

  @Inject ScorePublisher publisher;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.concurrency", defaultValue = "32")
  int concurrency;

  /**
   * How many of those deliveries may go to one LMS at once ({@link PlatformLanes}): half the workers,
   * so an LMS that hangs until the tool's timeout leaves the other half to every other LMS.
   */
  @Inject
  @ConfigProperty(name = "conecta.gradesync.platform-concurrency", defaultValue = "16")
  int platformConcurrency;

  /**
   * How many scores one node holds claimed at once (sent, waiting for a worker, or waiting to be
   * recorded). Larger than the workers: each claim and each record is one transaction whatever its
   * size, so when the database is slow to answer (a loaded machine) big batches keep the workers
   * busy where small ones would leave them waiting for the next claim. 512 rather than 128: with
   * learners active at the same time (a class submitting quizzes, 450 scores/s on the benchmark
   * machine) every claim and record waited behind their database work, 128 in flight capped delivery
   * just under the rate the scores came in, and each one waited 2 s or more; with 512 it kept up
   * within half a second.
   */
  @Inject
  @ConfigProperty(name = "conecta.gradesync.claim-batch", defaultValue = "512")
  int claimBatch;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.lease-seconds", defaultValue = "180")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.backoff-base-millis", defaultValue = "2000")
  long backoffBaseMillis;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.backoff-cap-seconds", defaultValue = "600")
  long backoffCapSeconds;

  /** This node's name in leases: unique per start, so a restarted node waits for its old leases. */
  private final String owner = "node-" + UUID.randomUUID();

  private final AtomicLong claims = new AtomicLong();
  private final AtomicBoolean pumping = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private final BlockingQueue<Tried> finished = new LinkedBlockingQueue<>();
  private final PlatformPauses pauses = new PlatformPauses();
  private volatile ScheduledThreadPoolExecutor scheduler;
  private volatile ExecutorService workers;
  private volatile PlatformLanes lanes;
  private volatile Thread recorder;
  private volatile Semaphore permits;
  private volatile Backoff backoff;

  /** Starts polling; called once at application start. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    int size = Math.max(1, concurrency);
    permits = new Semaphore(Math.max(size, claimBatch));
    backoff =
        new Backoff(
            Duration.ofMillis(Math.max(1, backoffBaseMillis)),
            Duration.ofSeconds(Math.max(1, backoffCapSeconds)),
            () -> ThreadLocalRandom.current().nextDouble());
    workers =
        new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
    int perLms = Math.max(1, Math.min(platformConcurrency, size));
    lanes = new PlatformLanes(perLms, workers);
    recorder = threadFactory.newThread(this::recordFinished);
    recorder.setName("conecta-gradesync-recorder");
    recorder.start();
    var timer = new ScheduledThreadPoolExecutor(1, threadFactory);
    timer.scheduleWithFixedDelay(this::pump, pollMillis, Math.max(10, pollMillis), TimeUnit.MILLISECONDS);
    scheduler = timer;
    LOG.info(() -> "Grade sync dispatcher " + owner + " started with " + size + " workers (at most "
        + perLms + " for one LMS), claiming up to "
        + permits.availablePermits() + " scores at once");
  }

  /** Stops taking work; deliveries in flight end and are recorded, or their leases expire. */
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
      workers.shutdown();
      try {
        workers.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      workers.shutdownNow();
      finished.add(STOP); // not an interrupt: it could land in the middle of a JDBC call
      try {
        recorder.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Low latency: a committed score is picked up now, not at the next poll. */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoreQueued event) {
    wake();
  }

  /** Runs the pump soon, at most one extra run queued however many wake-ups arrive. */
  public void wake() {
    var timer = scheduler;
    if (timer != null && wakeQueued.compareAndSet(false, true)) {
      try {
        timer.execute(
            () -> {
              wakeQueued.set(false);
              pump();
            });
      } catch (RuntimeException e) {
        wakeQueued.set(false); // shutting down
      }
    }
  }

  /** How many scores wait for delivery, on all nodes. */
  public long pending() {
    return outbox.pendingCount();
  }

  void pump() {
    if (!pumping.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        fill();
      } while (again.get());
    } catch (RuntimeException | Error e) {
      // The database may be away for a moment; the next poll tries again.
      LOG.log(Level.WARNING, "Grade sync pump failed; retrying at the next poll", e);
    } finally {
      pumping.set(false);
    }
  }

  /**
   * Claims due streams while workers are free. Only the pump (one at a time) takes permits, so the
   * permits counted before a claim are still free after it.
   */
  private void fill() {
    boolean emptyBefore = false;
    while (scheduler != null) {
      int free = permits.availablePermits();
      if (free == 0) {
        return;
      }
      Instant now = clock.instant();
      List<Long> due = outbox.dueStreams(now, free);
      if (due.isEmpty()) {
        return;
      }
      String lease = owner + "/" + Long.toString(claims.incrementAndGet(), 36);
      List<ScoreJob> jobs = outbox.claim(due, lease, now.plusSeconds(leaseSeconds), now);
      permits.acquireUninterruptibly(jobs.size());
      Map<Long, PlatformConfig> platforms = new HashMap<>();
      for (ScoreJob job : jobs) {
        PlatformConfig platform =
            platforms.computeIfAbsent(job.platformId(), id -> publisher.platform(id).orElse(null));
        submit(job, platform);
      }
      if (jobs.isEmpty() && (due.size() < free || emptyBefore)) {
        // Taken by another node, nothing to send in them any more, or locked by requests queueing
        // a score (their commit wakes the pump): asking again now would get the same streams.
        return;
      }
      emptyBefore = jobs.isEmpty();
    }
  }

  private void submit(ScoreJob job, PlatformConfig platform) {
    try {
      lanes.submit(job.platformId(), () -> finished.add(new Tried(job, deliver(job, platform), clock.instant())));
    } catch (RuntimeException e) {
      permits.release(); // shutting down: the lease expires, another node or the next start delivers
    }
  }

  /**
   * One score: send it, unless its platform asked to wait or its lease is running out, and say how
   * that went; never throws.
   */
  Outcome deliver(ScoreJob job, PlatformConfig platform) {
    Instant now = clock.instant();
    if (now.isAfter(job.leaseUntil().minusSeconds(leaseSeconds / 2))) {
      // Queued too long behind slow answers: sent now it could still be in flight when another
      // node takes the stream over, and arrive after a newer score. Due again at once instead.
      return Outcome.deferred(Duration.ZERO);
    }
    Optional<Instant> paused = pauses.pausedUntil(job.platformId(), now);
    if (paused.isPresent()) {
      return Outcome.deferred(Duration.between(now, paused.get()));
    }
    try {
      Outcome outcome = publisher.publish(job, platform, backoff);
      if (outcome.platformWait() != null) {
        pauses.pause(job.platformId(), clock.instant().plus(outcome.platformWait()));
      }
      if (outcome.verdict() != Verdict.DELIVERED) {
        LOG.fine(() -> "Score " + job.entryId() + ": " + outcome);
      }
      return outcome;
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "Grade sync delivery of score " + job.entryId() + " failed", e);
      // Whether it went out is unknown: a fresh timestamp is the safe side (see Outcome#restamp).
      return Outcome.retry(null, "Internal error: " + e, backoff.delay(job.attempts() + 1, Optional.empty()), true);
    }
  }

  /**
   * The recorder's loop: waits for a finished try, takes every other one finished by then, and
   * writes them in one transaction; their permits are then free for the pump. On stop it writes
   * what is left and ends.
   */
  private void recordFinished() {
    List<Tried> batch = new ArrayList<>();
    boolean stopping = false;
    while (!stopping) {
      try {
        batch.add(finished.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      finished.drainTo(batch, RECORD_BATCH - batch.size());
      stopping = batch.remove(STOP);
      if (!batch.isEmpty()) {
        record(batch);
        permits.release(batch.size());
        wakeWhenDue(batch);
        batch.clear();
        wake();
      }
    }
  }

  /**
   * A try due again sooner than the next poll (a short backoff, the end of a platform's pause, a
   * score deferred at once) wakes the pump when it is due instead of waiting for the poll.
   */
  private void wakeWhenDue(List<Tried> batch) {
    Instant now = clock.instant();
    Duration soonest = null;
    for (Tried t : batch) {
      Duration retryIn = t.outcome().retryIn();
      if (retryIn != null) {
        Duration wait = Duration.between(now, t.at().plus(retryIn));
        soonest = soonest == null || wait.compareTo(soonest) < 0 ? wait : soonest;
      }
    }
    var timer = scheduler;
    if (soonest == null || timer == null || soonest.toMillis() >= pollMillis) {
      return;
    }
    try {
      // A few milliseconds late, so the entry's stored due time has surely passed.
      timer.schedule(this::wake, Math.max(0, soonest.toMillis()) + DUE_MARGIN_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      // shutting down
    }
  }

  private void record(List<Tried> batch) {
    for (int tries = 1; ; tries++) {
      try {
        outbox.record(batch);
        return;
      } catch (RuntimeException e) {
        if (tries >= RECORD_TRIES) {
          // The leases expire and the scores go out again with their stamps: a platform that
          // already has one answers 409, which counts as delivered.
          LOG.log(Level.WARNING, "Grade sync could not record " + batch.size() + " tries; they are sent again", e);
          return;
        }
        LOG.log(Level.FINE, "Grade sync recording failed; trying again", e);
        try {
          Thread.sleep(200L * tries);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
