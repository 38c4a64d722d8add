package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration BASE = Duration.ofSeconds(2);
  private static final Duration CAP = Duration.ofMinutes(10);

  @Test
  void testDoublesPerFailureBetweenHalfAndFull() {
    var low = new Backoff(BASE, CAP, () -> 0.0);
    var high = new Backoff(BASE, CAP, () -> 0.999999);
    assertThat(low.delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(high.delay(1, Optional.empty())).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
    assertThat(low.delay(2, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
    assertThat(low.delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
    assertThat(low.delay(5, Optional.empty())).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void testCappedAndNoOverflow() {
    var high = new Backoff(BASE, CAP, () -> 0.999999);
    assertThat(high.delay(20, Optional.empty())).isBetween(Duration.ofMinutes(5), CAP);
    assertThat(high.delay(10_000, Optional.empty())).isLessThanOrEqualTo(CAP);
  }

  @Test
  void testJitterSpreads() {
    var half = new Backoff(BASE, CAP, () -> 0.5);
    assertThat(half.delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void testRetryAfterWins() {
    var backoff = new Backoff(BASE, CAP, () -> 0.0);
    assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delay(9, Optional.of(Duration.ZERO))).isEqualTo(Duration.ZERO);
    assertThat(backoff.delay(1, Optional.of(Duration.ofDays(2)))).isEqualTo(Backoff.MAX_RETRY_AFTER);
  }

  @Test
  void testSmallSettingsForTests() {
    var fast = new Backoff(Duration.ofMillis(100), Duration.ofMillis(50), () -> 0.0);
    assertThat(fast.cap()).as("cap below base is raised to base").isEqualTo(Duration.ofMillis(100));
    assertThat(fast.delay(7, Optional.empty())).isEqualTo(Duration.ofMillis(50));
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, CAP, () -> 0.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
