package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreStampsTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.750Z");

  @Test
  void testFirstStampIsNowInWholeSeconds() {
    assertThat(ScoreStamps.next(NOW, null)).isEqualTo("2026-11-28T10:15:30Z");
  }

  @Test
  void testSameSecondMovesToTheNext() {
    assertThat(ScoreStamps.next(NOW, Instant.parse("2026-11-28T10:15:30Z"))).isEqualTo("2026-11-28T10:15:31Z");
  }

  @Test
  void testLastAheadOfTheClockWins() {
    assertThat(ScoreStamps.next(NOW, Instant.parse("2026-11-28T10:15:40Z"))).isEqualTo("2026-11-28T10:15:41Z");
    assertThat(ScoreStamps.next(NOW, Instant.parse("2026-11-28T10:15:40.900Z")))
        .as("a stored stamp with a fraction still gives whole seconds")
        .isEqualTo("2026-11-28T10:15:41Z");
  }

  @Test
  void testOlderLastLeavesNow() {
    assertThat(ScoreStamps.next(NOW, Instant.parse("2026-11-28T10:15:29Z"))).isEqualTo("2026-11-28T10:15:30Z");
  }

  @Test
  void testManyScoresInOneSecondStrictlyIncrease() {
    Instant last = null;
    for (int i = 0; i < 5; i++) {
      Instant next = ScoreStamps.next(NOW, last);
      if (last != null) {
        assertThat(next).isEqualTo(last.plusSeconds(1));
      }
      last = next;
    }
  }
}
