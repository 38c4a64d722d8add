package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlatformPausesTest {
  private static final Instant NOW = Instant.parse("2026-11-28T18:00:00Z");

  private final PlatformPauses pauses = new PlatformPauses();

  @Test
  void testAPausedPlatformWaitsUntilTheEnd() {
    pauses.pause(1, NOW.plusSeconds(30));
    assertThat(pauses.pausedUntil(1, NOW)).contains(NOW.plusSeconds(30));
    assertThat(pauses.pausedUntil(1, NOW.plusSeconds(29))).contains(NOW.plusSeconds(30));
    assertThat(pauses.pausedUntil(1, NOW.plusSeconds(30))).as("over at its end").isEmpty();
  }

  @Test
  void testOtherPlatformsAreNotHeldBack() {
    pauses.pause(1, NOW.plusSeconds(30));
    assertThat(pauses.pausedUntil(2, NOW)).isEmpty();
  }

  @Test
  void testTheLongerOfTwoPausesHolds() {
    pauses.pause(1, NOW.plusSeconds(60));
    pauses.pause(1, NOW.plusSeconds(10));
    assertThat(pauses.pausedUntil(1, NOW.plusSeconds(20))).contains(NOW.plusSeconds(60));
    pauses.pause(1, NOW.plusSeconds(90));
    assertThat(pauses.pausedUntil(1, NOW.plusSeconds(70))).contains(NOW.plusSeconds(90));
  }

  @Test
  void testAnEndedPauseIsForgotten() {
    pauses.pause(1, NOW.plusSeconds(5));
    assertThat(pauses.pausedUntil(1, NOW.plusSeconds(6))).isEmpty();
    assertThat(pauses.pausedUntil(1, NOW)).as("gone, even for an earlier clock").isEmpty();
  }
}
