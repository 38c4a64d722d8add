package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseStartupTest {
  private static final Connection CONNECTION =
      (Connection) java.lang.reflect.Proxy.newProxyInstance(
          Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> null);

  @Test
  void testFirstConnectionIsTriedAgainUntilTheDatabaseAnswers() throws SQLException {
    var startup = new DatabaseStartup(Duration.ofSeconds(30));
    var tries = new AtomicInteger();

    Connection connection =
        startup.connect(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new SQLNonTransientConnectionException("Connection refused", "08000");
              }
              return CONNECTION;
            });

    assertThat(connection).isSameAs(CONNECTION);
    assertThat(tries).hasValue(3);
  }

  @Test
  void testOnceReachedFailuresAreTheCallersAtOnce() throws SQLException {
    var startup = new DatabaseStartup(Duration.ofSeconds(30));
    startup.connect(() -> CONNECTION);
    var tries = new AtomicInteger();

    assertThatThrownBy(
            () ->
                startup.connect(
                    () -> {
                      tries.incrementAndGet();
                      throw new SQLNonTransientConnectionException("Connection refused", "08000");
                    }))
        .isInstanceOf(SQLException.class);
    assertThat(tries).hasValue(1);
  }

  @Test
  void testRefusedLoginAndUnknownDatabaseAreConfigurationErrors() {
    assertThat(DatabaseStartup.isConfigurationError(new SQLInvalidAuthorizationSpecException("Access denied", "28000", 1045))).isTrue();
    assertThat(DatabaseStartup.isConfigurationError(new SQLException("wrapped", new SQLException("Unknown database 'x'", "42000", 1049)))).isTrue();
    assertThat(DatabaseStartup.isConfigurationError(new SQLException("pool", new SQLNonTransientConnectionException("Connection refused", "08000")))).isFalse();
    assertThat(DatabaseStartup.isConfigurationError(new SQLException("no state"))).isFalse();
  }
}
