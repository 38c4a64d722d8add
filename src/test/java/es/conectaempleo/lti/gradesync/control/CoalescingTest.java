package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoalescingTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void testNewestPendingAndDueIsSent() {
    assertThat(Coalescing.sendNow(true, NOW, NOW)).isTrue();
    assertThat(Coalescing.sendNow(true, NOW.minusSeconds(5), NOW)).isTrue();
  }

  @Test
  void testNewestInBackoffWaits() {
    assertThat(Coalescing.sendNow(true, NOW.plusSeconds(30), NOW)).isFalse();
  }

  @Test
  void testNewestFailedForGoodIsNotSent() {
    assertThat(Coalescing.sendNow(false, NOW.minusSeconds(5), NOW)).isFalse();
  }
}
