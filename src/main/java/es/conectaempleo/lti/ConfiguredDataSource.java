package es.conectaempleo.lti;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The {@link DataSource} class the container pool creates (see {@link Database}). One class name for
 * every supported database, because {@code @DataSourceDefinition} takes a fixed class name while the
 * URL comes from configuration: this picks MySQL Connector/J, MariaDB Connector/J or H2 from the URL
 * prefix and delegates to the vendor's own data source.
 */
public class ConfiguredDataSource implements DataSource {
  private String url;
  private String user;
  private String password;
  private volatile DataSource vendor;
  private PrintWriter logWriter;
  private int loginTimeout;
  private final DatabaseStartup startup = DatabaseStartup.configured();

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  /** A missing or unsupported URL fails at once; a database that does not answer yet is waited for. */
  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    DataSource ds = vendor();
    return readCommitted(startup.connect(() -> ds.getConnection(username, pass)));
  }

  /**
   * Every physical connection reads committed data, as H2 does by default; MySQL and MariaDB would
   * default to REPEATABLE READ, whose gap locks make two transactions that each lock a row that is
   * not there yet (the first score of two learners) and then insert it deadlock, again and again
   * under load. Read committed locks no gaps: one insert wins, the other fails on the unique key and
   * runs again ({@link WriteRaces}); everything that must not interleave takes row locks.
   */
  private static Connection readCommitted(Connection connection) throws SQLException {
    try {
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  private DataSource vendor() throws SQLException {
    DataSource ds = vendor;
    if (ds == null) {
      synchronized (this) {
        if (vendor == null) {
          vendor = createVendorDataSource(url);
        }
        ds = vendor;
      }
    }
    return ds;
  }

  static DataSource createVendorDataSource(String url) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (conecta.db.url)");
    }
    if (url.startsWith("jdbc:mysql:")) {
      var ds = new com.mysql.cj.jdbc.MysqlDataSource();
      ds.setURL(url);
      return ds;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      var ds = new org.mariadb.jdbc.MariaDbDataSource();
      ds.setUrl(url);
      return ds;
    }
    if (url.startsWith("jdbc:h2:")) {
      var ds = new org.h2.jdbcx.JdbcDataSource();
      ds.setURL(withLegacyMode(url));
      return ds;
    }
    throw new SQLException(
        "Unsupported database URL; use jdbc:mysql:, jdbc:mariadb: or jdbc:h2: (got "
            + subprotocol(url)
            + "...)");
  }

  /**
   * {@code jdbc:postgresql:} of a JDBC URL, nothing of any other URL: what follows the scheme may be
   * a user and password ({@code mysql://root:secret@db}), which must not reach the log.
   */
  private static String subprotocol(String url) {
    var subprotocol = java.util.regex.Pattern.compile("^jdbc:[A-Za-z0-9]+:").matcher(url);
    return subprotocol.find() ? subprotocol.group() : "";
  }

  /**
   * EclipseLink reads generated keys from H2 with {@code CALL IDENTITY()}, which H2 2.x keeps only
   * in its LEGACY mode; an H2 URL that names no mode gets it.
   */
  static String withLegacyMode(String h2Url) {
    return h2Url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? h2Url : h2Url + ";MODE=LEGACY";
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
