package es.conectaempleo.lti.gradesync.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox in the background: a pump, run every poll interval and right after a score
 * is committed, claims streams with a score due (a lease in the database, so several nodes share
 * one outbox and a killed node's streams return when its lease expires) and hands each to one of
 * at most {@code conecta.gradesync.concurrency} workers. A stream is delivered by one worker of
 * one node at a time, which keeps each learner's scores in order. A failure in one delivery is
 * recorded on its entry and never stops the pump.
 */
@ApplicationScoped
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject ScoreOutbox outbox;

  @Inject ScorePublisher publisher;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "conecta.gradesync.concurrency", defaultValue = "8")
  int concurrency;

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

  private final AtomicBoolean pumping = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private volatile ScheduledThreadPoolExecutor scheduler;
  private volatile ExecutorService workers;
  private volatile Semaphore permits;
  private volatile Backoff backoff;

  /** Starts polling; called once at application start. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    int size = Math.max(1, concurrency);
    permits = new Semaphore(size);
    backoff =
        new Backoff(
            Duration.ofMillis(Math.max(1, backoffBaseMillis)),
            Duration.ofSeconds(Math.max(1, backoffCapSeconds)),
            () -> ThreadLocalRandom.current().nextDouble());
    workers =
        new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
    var timer = new ScheduledThreadPoolExecutor(1, threadFactory);
    timer.scheduleWithFixedDelay(this::pump, pollMillis, Math.max(10, pollMillis), TimeUnit.MILLISECONDS);
    scheduler = timer;
    LOG.info(() -> "Grade sync dispatcher " + owner + " started with " + size + " workers");
  }

  /** Stops taking work; deliveries in flight end or their leases expire. */
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      workers.shutdown();
      try {
        workers.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      workers.shutdownNow();
      scheduler = null;
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

  /** Claims due streams while workers are free. */
  private void fill() {
    while (permits.availablePermits() > 0 && scheduler != null) {
      Instant now = clock.instant();
      List<Long> due = outbox.dueStreams(now, permits.availablePermits());
      int claimed = 0;
      for (long streamId : due) {
        if (!permits.tryAcquire()) {
          return;
        }
        boolean mine = false;
        try {
          mine = outbox.claim(streamId, owner, now.plusSeconds(leaseSeconds), now);
        } finally {
          if (!mine) {
            permits.release();
          }
        }
        if (mine) {
          claimed++;
          submit(streamId);
        }
      }
      if (claimed == 0) {
        return;
      }
    }
  }

  private void submit(long streamId) {
    try {
      workers.execute(
          () -> {
            try {
              deliver(streamId);
            } finally {
              permits.release();
              wake();
            }
          });
    } catch (RuntimeException e) {
      permits.release(); // shutting down: the lease expires, another node or the next start delivers
    }
  }

  /** One stream: prepare its newest score, send it, record the outcome. */
  void deliver(long streamId) {
    ScoreJob job = null;
    try {
      job = outbox.prepare(streamId, owner, clock.instant()).orElse(null);
      if (job == null) {
        return;
      }
      Outcome outcome = publisher.publish(job, backoff);
      outbox.record(job, owner, outcome, clock.instant());
      if (outcome.verdict() != Verdict.DELIVERED) {
        ScoreJob tried = job;
        LOG.fine(() -> "Score " + tried.entryId() + ": " + outcome);
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "Grade sync delivery of stream " + streamId + " failed", e);
      try {
        if (job != null) {
          outbox.record(
              job,
              owner,
              Outcome.retry(null, "Internal error: " + e, backoff.delay(job.attempts() + 1, java.util.Optional.empty()), false),
              clock.instant());
        } else {
          outbox.release(streamId, owner);
        }
      } catch (RuntimeException ignored) {
        // The lease expires; the stream is delivered later.
      }
    }
  }
}
