package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.gradesync.control.Coalescing.Open;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescingTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void testNewestPendingIsSentOlderSuperseded() {
    var decision =
        Coalescing.decide(List.of(new Open(3, true, NOW), new Open(1, true, NOW), new Open(2, true, NOW.minusSeconds(5))), NOW);
    assertThat(decision.send()).contains(3L);
    assertThat(decision.supersede()).containsExactly(1L, 2L);
  }

  @Test
  void testOlderFailedIsSupersededByANewerScore() {
    var decision = Coalescing.decide(List.of(new Open(1, false, NOW), new Open(2, true, NOW)), NOW);
    assertThat(decision.send()).contains(2L);
    assertThat(decision.supersede()).containsExactly(1L);
  }

  @Test
  void testNewerFailedIsKeptAndOlderPendingNeverSent() {
    var decision = Coalescing.decide(List.of(new Open(1, true, NOW), new Open(2, false, NOW)), NOW);
    assertThat(decision.send()).isEmpty();
    assertThat(decision.supersede()).containsExactly(1L);
  }

  @Test
  void testNewestInBackoffWaitsAndOlderAreSupersededMeanwhile() {
    var decision = Coalescing.decide(List.of(new Open(1, true, NOW), new Open(2, true, NOW.plusSeconds(30))), NOW);
    assertThat(decision.send()).isEmpty();
    assertThat(decision.supersede()).containsExactly(1L);
  }

  @Test
  void testNothingPending() {
    var decision = Coalescing.decide(List.of(new Open(4, false, NOW)), NOW);
    assertThat(decision.send()).as("failed for good: the instructor retries it").isEmpty();
    assertThat(decision.supersede()).isEmpty();
    assertThat(Coalescing.decide(List.of(), NOW).send()).isEmpty();
  }
}
