package es.conectaempleo.lti;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Waits at start for a database that does not answer yet. After a host reboot the tool and its
 * database start together; the first connection (EclipseLink's, as the application deploys) failed
 * at once, the deployment with it, and Payara Micro then stayed up answering 404 until someone
 * restarted it. Now the first connection is tried again, with growing pauses, for {@code
 * CONECTA_DB_STARTUP_WAIT_SECONDS} (default 120). A database still silent then, a refused login or
 * an unknown database (waiting cannot mend configuration) ends the process with status 1, for
 * Docker, systemd or Kubernetes to restart it. Once one connection succeeded, failures are the
 * callers' again: a request must not hang for minutes on a database that went away.
 */
final class DatabaseStartup {
  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

  /** Opens a physical connection. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Duration wait;
  private volatile boolean reached;

  DatabaseStartup(Duration wait) {
    this.wait = wait;
  }

  /** The configured wait: system property {@code conecta.db.startup-wait-seconds}, else the environment. */
  static DatabaseStartup configured() {
    String value = System.getProperty("conecta.db.startup-wait-seconds", System.getenv("CONECTA_DB_STARTUP_WAIT_SECONDS"));
    long seconds = 120;
    if (value != null && !value.isBlank()) {
      try {
        seconds = Math.max(0, Long.parseLong(value.trim()));
      } catch (NumberFormatException e) {
        LOG.warning(() -> "CONECTA_DB_STARTUP_WAIT_SECONDS is not a number of seconds: " + value + "; using 120");
      }
    }
    return new DatabaseStartup(Duration.ofSeconds(seconds));
  }

  Connection connect(Opener opener) throws SQLException {
    if (reached) {
      return opener.open();
    }
    Instant giveUpAt = Instant.now().plus(wait);
    Duration pause = Duration.ofSeconds(1);
    while (true) {
      try {
        Connection connection = opener.open();
        reached = true;
        return connection;
      } catch (SQLException e) {
        String reason = rootMessage(e);
        if (isConfigurationError(e)) {
          stop("The database refused the tool (" + reason + "): check CONECTA_DB_URL, CONECTA_DB_USER and CONECTA_DB_PASSWORD");
        }
        if (!Instant.now().plus(pause).isBefore(giveUpAt)) {
          stop("The database did not answer within " + wait.toSeconds() + " s (" + reason + ")");
        }
        Duration next = pause;
        LOG.warning(() -> "The database does not answer yet (" + reason + "); trying again in " + next.toSeconds() + " s");
        sleep(pause);
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
      }
    }
  }

  /** A refused login (SQLState class 28; MySQL/MariaDB error 1045) or an unknown database (1049). */
  static boolean isConfigurationError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ((state != null && state.startsWith("28")) || sql.getErrorCode() == 1045 || sql.getErrorCode() == 1049) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static void sleep(Duration pause) throws SQLException {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for the database", e);
    }
  }

  /**
   * Ends the process. Halt, not exit: exit runs Payara's shutdown, which waits for this deployment,
   * which waits for this call.
   */
  private static void stop(String why) {
    LOG.severe(() -> why + ". Stopping the tool (exit status 1).");
    System.err.println("conecta-lti: " + why + ". Stopping (exit status 1).");
    System.err.flush();
    try {
      Thread.sleep(500); // lets the log handler write the line above
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().halt(1);
  }
}
