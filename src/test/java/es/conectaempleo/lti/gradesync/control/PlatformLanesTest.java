package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-LMS lanes in front of real worker threads. */
class PlatformLanesTest {
  private static final long SLOW_LMS = 1;
  private static final long OTHER_LMS = 2;

  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  @Test
  void testAHangingLmsHoldsOnlyItsShareOfTheWorkersAndTheOthersKeepGoing() throws InterruptedException {
    var lanes = new PlatformLanes(2, workers);
    var hanging = new CountDownLatch(1);
    var started = new AtomicInteger();
    var mostAtOnce = new AtomicInteger();
    var atOnce = new AtomicInteger();
    var allDone = new CountDownLatch(5);
    for (int i = 0; i < 5; i++) {
      lanes.submit(SLOW_LMS, () -> {
        started.incrementAndGet();
        mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
        await(hanging);
        atOnce.decrementAndGet();
        allDone.countDown();
      });
    }
    var other = new CountDownLatch(1);
    lanes.submit(OTHER_LMS, other::countDown);

    assertThat(other.await(5, TimeUnit.SECONDS)).as("the other LMS's score went out while the slow one hangs").isTrue();
    for (int i = 0; i < 100 && started.get() < 2; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(100); // a third, if the lane let one through, would have started by now on a free worker
    assertThat(started.get()).as("only two of the hanging LMS's scores were given workers").isEqualTo(2);
    assertThat(lanes.running(SLOW_LMS)).isEqualTo(2);

    hanging.countDown();
    assertThat(allDone.await(5, TimeUnit.SECONDS)).as("the waiting ones go as their lane frees").isTrue();
    assertThat(mostAtOnce.get()).as("never more than two at once").isEqualTo(2);
    assertThat(runningAfterAWhile(lanes, SLOW_LMS)).as("the lane is given up when it is empty").isZero();
  }

  /** The lane gives its place up just after each task returns: read it once that settled. */
  private static int runningAfterAWhile(PlatformLanes lanes, long platformId) throws InterruptedException {
    for (int i = 0; i < 100 && lanes.running(platformId) > 0; i++) {
      Thread.sleep(20);
    }
    return lanes.running(platformId);
  }

  @Test
  void testOneLmsScoresGoInTheOrderTheyWereClaimed() throws InterruptedException {
    var lanes = new PlatformLanes(1, workers);
    List<Integer> order = new CopyOnWriteArrayList<>();
    var done = new CountDownLatch(6);
    for (int i = 0; i < 6; i++) {
      int n = i;
      lanes.submit(SLOW_LMS, () -> {
        order.add(n);
        done.countDown();
      });
    }
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void testAfterShutdownASubmitIsRefusedAndFreesItsPlace() {
    var lanes = new PlatformLanes(2, workers);
    workers.shutdown();
    assertThatThrownBy(() -> lanes.submit(SLOW_LMS, () -> {})).isInstanceOf(RejectedExecutionException.class);
    assertThat(lanes.running(SLOW_LMS)).isZero();
  }

  @Test
  void testAtLeastOnePerLms() {
    assertThatThrownBy(() -> new PlatformLanes(0, workers)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
