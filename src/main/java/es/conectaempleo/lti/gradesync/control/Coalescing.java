package es.conectaempleo.lti.gradesync.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which of a stream's open (pending or failed) scores to deliver: only the newest, when it is
 * pending and due. Every older open score is superseded: it tells the gradebook something older
 * than the newest does, and sending it after the newest would go back in time. A newest score that
 * failed for good stays failed for the instructor to retry. Pure.
 */
public final class Coalescing {
  private Coalescing() {}

  /** An open (pending or failed) outbox entry, as far as coalescing cares. */
  public record Open(long id, boolean pending, Instant nextAttemptAt) {}

  /**
   * @param send the entry to deliver now; empty when the newest entry is failed or not due yet
   * @param supersede entries that will never be sent
   */
  public record Decision(Optional<Long> send, List<Long> supersede) {}

  /**
   * @param open the stream's pending and failed entries, in any order; never {@code null}
   * @param now never {@code null}
   */
  public static Decision decide(List<Open> open, Instant now) {
    Optional<Open> newestOpen = open.stream().max((a, b) -> Long.compare(a.id(), b.id()));
    if (newestOpen.isEmpty()) {
      return new Decision(Optional.empty(), List.of());
    }
    Open newest = newestOpen.get();
    List<Long> older = open.stream().map(Open::id).filter(id -> id < newest.id()).sorted().toList();
    boolean due = newest.pending() && !newest.nextAttemptAt().isAfter(now);
    return new Decision(due ? Optional.of(newest.id()) : Optional.empty(), older);
  }
}
