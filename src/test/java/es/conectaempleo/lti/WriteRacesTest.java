package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retrying a transaction that lost a write race: unique-key violations (SQLState class 23) and
 * deadlocks (40001) anywhere in the cause chain are retried, up to three attempts in all; anything
 * else is thrown at once.
 */
class WriteRacesTest {

  /** An attempt that throws the given failures in turn, then answers "done". */
  private static final class Attempts implements WriteRaces.Attempt<String, RuntimeException> {
    private final List<RuntimeException> failures;
    private int calls;

    Attempts(RuntimeException... failures) {
      this.failures = new ArrayList<>(List.of(failures));
    }

    @Override
    public String run() {
      calls++;
      if (!failures.isEmpty()) {
        throw failures.remove(0);
      }
      return "done";
    }
  }

  /** What EclipseLink throws: the JDBC exception two levels down. */
  private static PersistenceException persistence(SQLException sql) {
    return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("Internal Exception", sql));
  }

  /** A real unique-key violation, from an in-memory H2 database. */
  private static SQLException h2UniqueViolation() throws SQLException {
    try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE learner (platform_id BIGINT, subject VARCHAR(255), UNIQUE (platform_id, subject))");
      statement.execute("INSERT INTO learner VALUES (1, '5')");
      try {
        statement.execute("INSERT INTO learner VALUES (1, '5')");
      } catch (SQLException e) {
        return e;
      }
    }
    throw new AssertionError("H2 accepted a duplicate key");
  }

  @Test
  void testRetry() {
    var attempts = new Attempts();

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(1);
  }

  @Test
  void testRetryAfterUniqueViolation() throws Exception {
    SQLException duplicate = h2UniqueViolation();
    assertThat(duplicate.getSQLState()).isEqualTo("23505");
    var attempts = new Attempts(persistence(duplicate));

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(2);
  }

  @Test
  void testRetryAfterIntegrityConstraintViolationWithoutState() {
    var attempts = new Attempts(persistence(new SQLIntegrityConstraintViolationException("Duplicate entry")));

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(2);
  }

  @Test
  void testRetryAfterMysqlDuplicateEntry() {
    var duplicate = new SQLException("Duplicate entry '1-5' for key 'learner.uq_learner'", "23000", 1062);
    var attempts = new Attempts(persistence(duplicate), persistence(duplicate));

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(3);
  }

  @Test
  void testRetryAfterDeadlock() {
    var deadlock = new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    var attempts = new Attempts(persistence(deadlock));

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(2);
  }

  @Test
  void testRetryAfterRaceSeenThroughTransactionalException() {
    var race =
        new TransactionalException(
            "rolled back",
            new RuntimeException(new SQLException("unique", "23505", new IOException("socket"))));
    var attempts = new Attempts(race);

    assertThat(WriteRaces.retry(attempts)).isEqualTo("done");
    assertThat(attempts.calls).isEqualTo(2);
  }

  @Test
  void testRetryGivesUpAfterThreeAttempts() {
    var first = persistence(new SQLException("dup", "23505"));
    var second = persistence(new SQLException("dup", "23505"));
    var third = persistence(new SQLException("dup", "23505"));
    var attempts = new Attempts(first, second, third, persistence(new SQLException("dup", "23505")));

    assertThatThrownBy(() -> WriteRaces.retry(attempts)).isSameAs(third);
    assertThat(attempts.calls).isEqualTo(3);
  }

  @Test
  void testRetryRejectedForOtherPersistenceFailures() {
    var linkFailure = persistence(new SQLException("Communications link failure", "08S01"));
    var attempts = new Attempts(linkFailure);

    assertThatThrownBy(() -> WriteRaces.retry(attempts)).isSameAs(linkFailure);
    assertThat(attempts.calls).isEqualTo(1);
  }

  @Test
  void testRetryRejectedForOptimisticLock() {
    var stale = new OptimisticLockException("row changed");
    var attempts = new Attempts(stale);

    assertThatThrownBy(() -> WriteRaces.retry(attempts)).isSameAs(stale);
    assertThat(attempts.calls).isEqualTo(1);
  }

  @Test
  void testRetryRejectedForOtherExceptionTypes() {
    var notPersistence = new IllegalStateException(new SQLIntegrityConstraintViolationException("dup", "23000"));
    var attempts = new Attempts(notPersistence);

    assertThatThrownBy(() -> WriteRaces.retry(attempts)).isSameAs(notPersistence);
    assertThat(attempts.calls).isEqualTo(1);
  }

  @Test
  void testRetryRejectedForCheckedExceptions() {
    var calls = new int[1];
    var failure = new IOException("checked", new SQLException("dup", "23505"));

    assertThatThrownBy(
            () ->
                WriteRaces.<String, IOException>retry(
                    () -> {
                      calls[0]++;
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void testIsRace() throws Exception {
    assertThat(WriteRaces.isRace(h2UniqueViolation())).isTrue();
    assertThat(WriteRaces.isRace(new SQLException("serialization", "40001"))).isTrue();
    assertThat(WriteRaces.isRace(new RuntimeException(new RuntimeException(new RuntimeException(new SQLIntegrityConstraintViolationException())))))
        .isTrue();
  }

  @Test
  void testIsRaceRejected() {
    assertThat(WriteRaces.isRace(null)).isFalse();
    assertThat(WriteRaces.isRace(new PersistenceException("no cause"))).isFalse();
    assertThat(WriteRaces.isRace(new SQLException("no state"))).isFalse();
    assertThat(WriteRaces.isRace(new SQLException("general error", "HY000", 1205))).isFalse();
    assertThat(WriteRaces.isRace(new SQLException("postgres deadlock", "40P01"))).isFalse();
    assertThat(WriteRaces.isRace(new SQLException("rollback", "40000"))).isFalse();
    assertThat(WriteRaces.isRace(new SQLException("connection", "08001"))).isFalse();
  }
}
