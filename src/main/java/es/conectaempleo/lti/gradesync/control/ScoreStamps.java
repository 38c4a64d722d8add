package es.conectaempleo.lti.gradesync.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The timestamps of one learner's scores on one line item: whole seconds, each at least one second
 * after the previous one. Moodle keeps whole seconds and refuses a score whose second is not later
 * than the stored one (409); Canvas refuses an earlier one (400). Pure.
 */
public final class ScoreStamps {
  private ScoreStamps() {}

  /**
   * @param now the delivery time; never {@code null}
   * @param last the previous stamp of the stream; {@code null} for the first
   * @return {@code max(now, last + 1 s)} truncated to the second
   */
  public static Instant next(Instant now, Instant last) {
    Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
    if (last == null) {
      return stamp;
    }
    Instant after = last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    return stamp.isBefore(after) ? after : stamp;
  }
}
