package es.conectaempleo.lti;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. One set of scripts
 * serves H2, MySQL and MariaDB; Flyway's own lock makes concurrent starts of several nodes safe.
 *
 * <p>Bean-managed transactions: Flyway manages its own, and inside a JTA transaction it would fail
 * on a second resource.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result = flyway(dataSource).migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The migrations of this tool, configured for the database behind {@code dataSource}. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("id_collation", identifierCollation(dataSource)))
        // V6 (grade sync) was written after V7 (rosters) shipped: databases at V7 take V6 late.
        .outOfOrder(true)
        .load();
  }

  /**
   * LMS identifiers (issuer, client id, sub, context and link ids) are case-sensitive strings, but
   * MySQL and MariaDB compare text ignoring case by default: those columns get a binary collation.
   */
  private static String identifierCollation(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.contains("H2") ? "" : "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
