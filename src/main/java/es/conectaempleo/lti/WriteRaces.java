package es.conectaempleo.lti;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Runs a transaction again when it lost a race with a concurrent one on a unique key (or, on
 * InnoDB, was chosen as deadlock victim): run again, it finds the row the winner wrote. This is how
 * idempotent upserts stay portable across H2, MySQL and MariaDB without vendor SQL.
 */
public final class WriteRaces {
  private static final int MAX_ATTEMPTS = 3;

  private WriteRaces() {}

  /** A transactional call that may lose a race. */
  @FunctionalInterface
  public interface Attempt<T, X extends Exception> {
    T run() throws X;
  }

  public static <T, X extends Exception> T retry(Attempt<T, X> attempt) throws X {
    for (int n = 1; ; n++) {
      try {
        return attempt.run();
      } catch (PersistenceException | TransactionalException e) {
        if (n == MAX_ATTEMPTS || !isRace(e)) {
          throw e;
        }
      }
    }
  }

  /** Whether the failure is a unique-key violation or a deadlock, anywhere in its causes. */
  public static boolean isRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23") || state.equals("40001")) {
          return true;
        }
      }
    }
    return false;
  }
}
