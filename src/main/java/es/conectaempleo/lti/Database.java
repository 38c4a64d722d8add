package es.conectaempleo.lti;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one database of the tool. Its URL and credentials come from MicroProfile Config (environment
 * variables {@code CONECTA_DB_URL}, {@code CONECTA_DB_USER}, {@code CONECTA_DB_PASSWORD}); without a
 * URL the tool runs on an embedded H2 file, so a fresh clone needs nothing installed.
 *
 * <p>The pool instantiates {@link ConfiguredDataSource}, which picks the vendor driver from the URL:
 * {@code jdbc:mysql:} gets MySQL Connector/J and {@code jdbc:mariadb:} gets MariaDB Connector/J
 * (MySQL Connector/J silently drops fractional seconds on MariaDB).
 *
 * <p>No connection-leak tracing: Payara records a stack trace on every checkout and serializes all
 * checkouts and returns on one lock for it, which at 64 concurrent launches blocked request threads
 * for longer than they ran. Connections are taken and returned by the container (JTA, JPA) only.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "es.conectaempleo.lti.ConfiguredDataSource",
    url = "${MPCONFIG=conecta.db.url}",
    user = "${MPCONFIG=conecta.db.user}",
    password = "${MPCONFIG=conecta.db.password}",
    minPoolSize = 2,
    maxPoolSize = 24,
    maxIdleTime = 300,
    properties = {
      // Each checkout asks the driver whether the connection still works (isValid: a ping on
      // MySQL/MariaDB, local on H2); one that fails closes the whole pool, whose connections
      // died together (a server restart, a failover). "meta-data" validation only read a flag
      // the drivers keep locally, so after a restart every pooled connection failed one request.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.statement-cache-size=64",
      // Payara issue 6647: without a type the statement cache fails to start.
      "fish.payara.statement-cache-type= "
    })
public final class Database {
  public static final String JNDI_NAME = "java:app/jdbc/conecta";

  private Database() {}
}
