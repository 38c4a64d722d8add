package es.conectaempleo.lti.enrollment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The LMS courses (contexts) and placements (resource links) launches came from lately, as this node
 * last read or wrote them, so that a launch from a placement whose label and title did not change
 * finds their keys without a SELECT each: a class of learners launches the same placement many times
 * within minutes. Their keys never change and their rows are never deleted; their descriptions may
 * change on another node, so an entry is trusted for {@link #TRUSTED} only and a launch that brings
 * a description other than the remembered one reads the row. Entries are remembered once the
 * transaction that read or wrote them commits: a key from a rolled-back insert is never handed out.
 */
@ApplicationScoped
public class KnownPlacements {
  /** How long an entry is used; a description changed by another node is seen after this at worst. */
  static final Duration TRUSTED = Duration.ofMinutes(10);

  /** Beyond this many entries of a kind, they are all forgotten (a bound on memory, rarely reached). */
  static final int CAPACITY = 20_000;

  /** A context as remembered: its key and description. */
  public record ContextSeen(long key, String label, String title, Instant until) {
    /** Whether a launch bringing this label and title (either may be absent) would change nothing. */
    public boolean describedBy(String label, String title) {
      return (label == null || label.equals(this.label)) && (title == null || title.equals(this.title));
    }
  }

  /** A resource link as remembered: its key, title and the catalog course it opens. */
  public record LinkSeen(long key, String title, Long courseId, Instant until) {
    /** Whether a launch bringing this title and course (either may be absent) would change nothing. */
    public boolean describedBy(String title, Long courseId) {
      return (title == null || title.equals(this.title)) && (courseId == null || courseId.equals(this.courseId));
    }
  }

  private record Key(long platformId, String id) {}

  private final ConcurrentHashMap<Key, ContextSeen> contexts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, LinkSeen> links = new ConcurrentHashMap<>();

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  public Optional<ContextSeen> context(long platformId, String contextId) {
    return fresh(contexts, new Key(platformId, contextId), ContextSeen::until);
  }

  public Optional<LinkSeen> link(long platformId, String resourceLinkId) {
    return fresh(links, new Key(platformId, resourceLinkId), LinkSeen::until);
  }

  /** Remembers a context as the current transaction leaves it, once it commits. */
  public void rememberContext(long platformId, String contextId, long key, String label, String title) {
    var entry = new ContextSeen(key, label, title, clock.instant().plus(TRUSTED));
    afterCommit(() -> put(contexts, new Key(platformId, contextId), entry));
  }

  /** Remembers a resource link as the current transaction leaves it, once it commits. */
  public void rememberLink(long platformId, String resourceLinkId, long key, String title, Long courseId) {
    var entry = new LinkSeen(key, title, courseId, clock.instant().plus(TRUSTED));
    afterCommit(() -> put(links, new Key(platformId, resourceLinkId), entry));
  }

  private <V> Optional<V> fresh(ConcurrentHashMap<Key, V> entries, Key key, Function<V, Instant> until) {
    V seen = entries.get(key);
    if (seen == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(until.apply(seen))) {
      entries.remove(key, seen);
      return Optional.empty();
    }
    return Optional.of(seen);
  }

  private static <V> void put(ConcurrentHashMap<Key, V> entries, Key key, V value) {
    if (entries.size() >= CAPACITY) {
      entries.clear();
    }
    entries.put(key, value);
  }

  private void afterCommit(Runnable remember) {
    Objects.requireNonNull(transactions, "no transaction registry");
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              remember.run();
            }
          }
        });
  }
}
