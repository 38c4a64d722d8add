package es.conectaempleo.lti.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.MutableClock;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KnownPlacementsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final Transaction transaction = new Transaction();
  private final KnownPlacements known = new KnownPlacements();

  @BeforeEach
  void setUp() {
    known.clock = clock;
    known.transactions = transaction;
  }

  @Test
  void testRemembersOnlyOnceCommitted() {
    known.rememberContext(1, "course-7", 70, "PROG", "Programación");
    known.rememberLink(1, "link-3", 30, "Unidad 1", 5L);
    assertThat(known.context(1, "course-7")).isEmpty();
    assertThat(known.link(1, "link-3")).isEmpty();

    transaction.end(Status.STATUS_COMMITTED);

    assertThat(known.context(1, "course-7")).hasValueSatisfying(c -> assertThat(c.key()).isEqualTo(70));
    assertThat(known.link(1, "link-3")).hasValueSatisfying(l -> {
      assertThat(l.key()).isEqualTo(30);
      assertThat(l.courseId()).isEqualTo(5L);
    });
  }

  @Test
  void testForgetsWhatARolledBackTransactionWrote() {
    known.rememberContext(1, "course-7", 70, "PROG", "Programación");
    transaction.end(Status.STATUS_ROLLEDBACK);
    assertThat(known.context(1, "course-7")).isEmpty();
  }

  @Test
  void testKeysArePerPlatform() {
    known.rememberContext(1, "course-7", 70, "PROG", "Programación");
    transaction.end(Status.STATUS_COMMITTED);
    assertThat(known.context(2, "course-7")).isEmpty();
    assertThat(known.link(1, "course-7")).isEmpty();
  }

  @Test
  void testTrustedForALimitedTime() {
    known.rememberContext(1, "course-7", 70, "PROG", "Programación");
    transaction.end(Status.STATUS_COMMITTED);
    clock.advance(KnownPlacements.TRUSTED.minus(Duration.ofSeconds(1)));
    assertThat(known.context(1, "course-7")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(known.context(1, "course-7")).isEmpty();
  }

  @Test
  void testDescribedByTheSameOrAnAbsentDescriptionOnly() {
    var context = new KnownPlacements.ContextSeen(70, "PROG", "Programación", Instant.MAX);
    assertThat(context.describedBy("PROG", "Programación")).isTrue();
    assertThat(context.describedBy(null, null)).isTrue();
    assertThat(context.describedBy("PROG", "Programación I")).isFalse();
    assertThat(context.describedBy("PROG-2", null)).isFalse();

    var link = new KnownPlacements.LinkSeen(30, "Unidad 1", 5L, Instant.MAX);
    assertThat(link.describedBy("Unidad 1", 5L)).isTrue();
    assertThat(link.describedBy(null, null)).isTrue();
    assertThat(link.describedBy("Unidad 1", 6L)).isFalse();
    assertThat(link.describedBy("Unidad 2", null)).isFalse();
    assertThat(new KnownPlacements.LinkSeen(30, null, null, Instant.MAX).describedBy(null, 5L)).isFalse();
  }

  /** One transaction's end, as the container's registry reports it to interposed synchronizations. */
  private static final class Transaction implements TransactionSynchronizationRegistry {
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void end(int status) {
      synchronizations.forEach(s -> s.afterCompletion(status));
      synchronizations.clear();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
