package es.conectaempleo.lti.gradesync.control;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One lane per LMS in front of the delivery workers: at most {@code perPlatform} of one LMS's
 * scores are with the workers at once; the others wait in that LMS's lane, in the order they were
 * claimed, and each goes when one of its own finishes. An LMS that answers slowly, or not at all
 * until the tool's timeout, then holds at most that many workers, and the scores of every other LMS
 * keep going out. Thread-safe.
 */
final class PlatformLanes {
  private final int perPlatform;
  private final Executor workers;
  private final Map<Long, Lane> lanes = new HashMap<>();

  private static final class Lane {
    int running;
    final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
  }

  /**
   * @param perPlatform the most tasks of one platform with the workers at once; at least 1
   * @param workers where the tasks run
   */
  PlatformLanes(int perPlatform, Executor workers) {
    if (perPlatform < 1) {
      throw new IllegalArgumentException("perPlatform must be at least 1");
    }
    this.perPlatform = perPlatform;
    this.workers = workers;
  }

  /**
   * Runs the task on a worker now, or after earlier tasks of its platform have finished.
   *
   * @throws RejectedExecutionException when the workers take nothing more (shutting down)
   */
  void submit(long platformId, Runnable task) {
    synchronized (this) {
      Lane lane = lanes.computeIfAbsent(platformId, id -> new Lane());
      if (lane.running >= perPlatform) {
        lane.waiting.add(task);
        return;
      }
      lane.running++;
    }
    try {
      run(platformId, task);
    } catch (RejectedExecutionException e) {
      finished(platformId, true);
      throw e;
    }
  }

  /** How many tasks of the platform are with the workers now. */
  synchronized int running(long platformId) {
    Lane lane = lanes.get(platformId);
    return lane == null ? 0 : lane.running;
  }

  private void run(long platformId, Runnable task) {
    workers.execute(
        () -> {
          try {
            task.run();
          } finally {
            next(platformId);
          }
        });
  }

  /** A task of the platform ended: the next one waiting in its lane takes its place. */
  private void next(long platformId) {
    Runnable following = finished(platformId, false);
    if (following == null) {
      return;
    }
    try {
      run(platformId, following);
    } catch (RejectedExecutionException shuttingDown) {
      // What still waits is not delivered by this node: its leases expire and it goes out later.
      synchronized (this) {
        lanes.remove(platformId);
      }
    }
  }

  /**
   * Takes the next waiting task of the platform, which keeps the finished one's place; without one
   * (or when {@code dropWaiting}) the place is given up.
   */
  private synchronized Runnable finished(long platformId, boolean dropWaiting) {
    Lane lane = lanes.get(platformId);
    if (lane == null) {
      return null;
    }
    Runnable following = dropWaiting ? null : lane.waiting.poll();
    if (following == null) {
      lane.running--;
      if (lane.running == 0 && lane.waiting.isEmpty()) {
        lanes.remove(platformId);
      }
    }
    return following;
  }
}
