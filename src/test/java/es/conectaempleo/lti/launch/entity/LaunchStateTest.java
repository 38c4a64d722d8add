package es.conectaempleo.lti.launch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A login's state and nonce: valid for its lifetime, expired from its last instant on. */
class LaunchStateTest {
  private static final Instant CREATED = Instant.parse("2025-03-10T09:15:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  @Test
  void testNewState() {
    var state = new LaunchState("c3RhdGU", "bm9uY2U", 7L, CREATED, LIFETIME);

    assertThat(state.state()).isEqualTo("c3RhdGU");
    assertThat(state.nonce()).isEqualTo("bm9uY2U");
    assertThat(state.platformId()).isEqualTo(7L);
    assertThat(state.isConsumed()).isFalse();
  }

  @Test
  void testExpiry() {
    var state = new LaunchState("c3RhdGU", "bm9uY2U", 7L, CREATED, LIFETIME);

    assertThat(state.isExpired(CREATED)).isFalse();
    assertThat(state.isExpired(CREATED.plus(LIFETIME).minusNanos(1))).isFalse();
    assertThat(state.isExpired(CREATED.plus(LIFETIME))).isTrue();
    assertThat(state.isExpired(CREATED.plus(LIFETIME).plusSeconds(1))).isTrue();
    assertThat(state.isExpired(CREATED.plus(Duration.ofDays(1)))).isTrue();
  }

  /** A clock that went back a little still finds the state valid. */
  @Test
  void testExpiryBeforeCreation() {
    var state = new LaunchState("c3RhdGU", "bm9uY2U", 7L, CREATED, LIFETIME);

    assertThat(state.isExpired(CREATED.minusSeconds(5))).isFalse();
  }

  @Test
  void testExpiryWithZeroLifetime() {
    var state = new LaunchState("c3RhdGU", "bm9uY2U", 7L, CREATED, Duration.ZERO);

    assertThat(state.isExpired(CREATED)).isTrue();
  }
}
