package es.conectaempleo.lti.gradesync.control;

import java.time.Instant;

/**
 * Which of a stream's open (pending or failed) scores to deliver: only the newest, when it is
 * pending and due. Every older open score is superseded (by {@link ScoreOutbox}, in one statement
 * per claim): it tells the gradebook something older than the newest does, and sending it after the
 * newest would go back in time. A newest score that failed for good stays failed for the instructor
 * to retry, and the older ones are superseded all the same. Pure.
 */
public final class Coalescing {
  private Coalescing() {}

  /**
   * Whether a stream's newest open score goes out now.
   *
   * @param pending it is pending (not failed for good)
   * @param nextAttemptAt when it is due; never {@code null}
   * @param now never {@code null}
   */
  public static boolean sendNow(boolean pending, Instant nextAttemptAt, Instant now) {
    return pending && !nextAttemptAt.isAfter(now);
  }
}
