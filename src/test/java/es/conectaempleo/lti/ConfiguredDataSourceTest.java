package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** The vendor data source picked from the URL prefix, H2's compatibility mode, and refused URLs. */
class ConfiguredDataSourceTest {

  @Test
  void testMysql() throws Exception {
    String url = "jdbc:mysql://db.example.org:3306/conecta?sslMode=REQUIRED";

    DataSource vendor = ConfiguredDataSource.createVendorDataSource(url);

    assertThat(vendor).isInstanceOfSatisfying(MysqlDataSource.class, ds -> assertThat(ds.getURL()).isEqualTo(url));
  }

  @Test
  void testMariadb() throws Exception {
    String url = "jdbc:mariadb://db.example.org:3307/conecta";

    DataSource vendor = ConfiguredDataSource.createVendorDataSource(url);

    assertThat(vendor)
        .isInstanceOfSatisfying(MariaDbDataSource.class, ds -> assertThat(ds.getUrl()).startsWith(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:mem:conecta", "jdbc:h2:./conecta-data/conecta;AUTO_SERVER=TRUE", "jdbc:h2:tcp://db/conecta"})
  void testH2GetsLegacyMode(String url) throws Exception {
    DataSource vendor = ConfiguredDataSource.createVendorDataSource(url);

    assertThat(vendor)
        .isInstanceOfSatisfying(
            JdbcDataSource.class, ds -> assertThat(ds.getURL()).isEqualTo(url + ";MODE=LEGACY"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:h2:mem:conecta;MODE=MySQL",
        "jdbc:h2:mem:conecta;mode=MariaDB;DATABASE_TO_LOWER=TRUE",
        "jdbc:h2:mem:conecta;Mode=LEGACY",
        "jdbc:h2:mem:conecta-it;MODE=LEGACY;DB_CLOSE_DELAY=-1"
      })
  void testH2KeepsNamedMode(String url) throws Exception {
    DataSource vendor = ConfiguredDataSource.createVendorDataSource(url);

    assertThat(vendor).isInstanceOfSatisfying(JdbcDataSource.class, ds -> assertThat(ds.getURL()).isEqualTo(url));
  }

  @Test
  void testConnectionsReadCommittedData() throws Exception {
    var dataSource = new ConfiguredDataSource();
    dataSource.setUrl("jdbc:h2:mem:isolation-" + UUID.randomUUID() + ";LOCK_TIMEOUT=100");
    dataSource.setUser("sa");
    dataSource.setPassword("");

    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getTransactionIsolation()).isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void testH2ConnectionRunsInLegacyMode() throws Exception {
    var dataSource = new ConfiguredDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID());
    dataSource.setUser("conecta");
    dataSource.setPassword("conecta-test");

    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var mode = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
      assertThat(mode.next()).isTrue();
      assertThat(mode.getString(1)).isEqualTo("LEGACY");
    }
    assertThat(dataSource.getUrl()).doesNotContain("MODE");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void testUrlMissing(String url) {
    assertThatThrownBy(() -> ConfiguredDataSource.createVendorDataSource(url))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("conecta.db.url");
  }

  @Test
  void testUrlCheckedAtFirstConnection() {
    var dataSource = new ConfiguredDataSource();
    dataSource.setUrl("jdbc:postgresql://db.example.org/conecta");

    assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> dataSource.getConnection("conecta", "x")).isInstanceOf(SQLException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:postgresql://db.example.org/conecta?user=root&password=s3cret",
        "jdbc:oracle:thin:root/s3cret@//db.example.org:1521/XE",
        "jdbc:sqlserver://db.example.org;user=root;password=s3cret",
        "jdbc:mysq://root:s3cret@db.example.org/conecta",
        "jdbc:mysql//root:s3cret@db.example.org/conecta",
        "mysql://root:s3cret@db.example.org/conecta",
        "mariadb://root:s3cret@db.example.org:3306/conecta",
        "root:s3cret@tcp(db.example.org:3306)/conecta",
        "JDBC:MYSQL://root:s3cret@db.example.org/conecta"
      })
  void testUnsupportedUrlRejectedWithoutCredentials(String url) {
    assertThatThrownBy(() -> ConfiguredDataSource.createVendorDataSource(url))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:mysql:, jdbc:mariadb: or jdbc:h2:")
        .hasMessageNotContaining("root")
        .hasMessageNotContaining("s3")
        .hasMessageNotContaining("db.example.org");
  }

  @Test
  void testUnsupportedUrlRejectedNamingItsSubprotocol() {
    assertThatThrownBy(
            () -> ConfiguredDataSource.createVendorDataSource("jdbc:postgresql://db.example.org/conecta"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("(got jdbc:postgresql:...)");
  }

  @Test
  void testDataSourceProperties() throws Exception {
    var dataSource = new ConfiguredDataSource();
    var log = new PrintWriter(new StringWriter());
    dataSource.setLogWriter(log);
    dataSource.setLoginTimeout(7);

    assertThat(dataSource.getLogWriter()).isSameAs(log);
    assertThat(dataSource.getLoginTimeout()).isEqualTo(7);
    assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
    assertThat(dataSource.unwrap(ConfiguredDataSource.class)).isSameAs(dataSource);
    assertThat(dataSource.isWrapperFor(JdbcDataSource.class)).isFalse();
    assertThatThrownBy(() -> dataSource.unwrap(JdbcDataSource.class)).isInstanceOf(SQLException.class);
    assertThatThrownBy(dataSource::getParentLogger).isInstanceOf(SQLFeatureNotSupportedException.class);
  }
}
