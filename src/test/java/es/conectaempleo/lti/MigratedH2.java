package es.conectaempleo.lti;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A private in-memory H2 database with the tool's schema (its Flyway migrations, in MODE=LEGACY as the
 * tool runs H2), for tests of the SQL that entities hold. Each call opens a new database.
 */
public final class MigratedH2 {
  private MigratedH2() {}

  /** @param name a prefix for the database name, for the test's own logs */
  public static Connection open(String name) throws SQLException {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    SchemaMigration.flyway(dataSource).migrate();
    return dataSource.getConnection();
  }

  /** Drops the database and closes the connection. */
  public static void shutDown(Connection connection) throws SQLException {
    connection.createStatement().execute("SHUTDOWN");
    connection.close();
  }
}
