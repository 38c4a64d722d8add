package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The packaged tool started before its database (a host reboot: both start together): it waits and
 * then serves; a database that never answers ends the process, for the service manager to restart
 * it. The database is an H2 server the test starts late, or never.
 */
class DatabaseStartupIT {
  private static final Path LOGS = Path.of("target", "start-it");

  @Test
  void testToolWaitsForADatabaseThatStartsAfterIt() throws Exception {
    int port = freePort();
    String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:late-" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    java.nio.file.Files.deleteIfExists(LOGS.resolve("late-database.log")); // a line from an earlier run must not count
    // The database starts once the tool has found it missing (how long the tool takes to get there
    // depends on the machine's load), as after a reboot where the database is the slower of the two.
    var database =
        CompletableFuture.supplyAsync(
            () -> {
              awaitLogLine(LOGS.resolve("late-database.log"), "The database does not answer yet");
              try {
                return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    try (ToolProcess tool = ToolProcess.start("late-database", url, Map.of(), LOGS)) {
      var keys =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(tool.base().resolve("/.well-known/jwks.json")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(keys.statusCode()).isEqualTo(200);
      assertThat(keys.body()).contains("\"kid\"");
      assertThat(java.nio.file.Files.readString(LOGS.resolve("late-database.log"))).contains("The database does not answer yet");
    } finally {
      database.get(60, TimeUnit.SECONDS).stop();
    }
  }

  @Test
  void testToolWhoseDatabaseNeverAnswersStops() throws Exception {
    String url = "jdbc:h2:tcp://127.0.0.1:" + freePort() + "/mem:never;MODE=LEGACY";

    assertThatThrownBy(() -> ToolProcess.start("no-database", url, Map.of("conecta.db.startup-wait-seconds", "3"), LOGS).close())
        .hasMessageContaining("exited with 1");
    assertThat(java.nio.file.Files.readString(LOGS.resolve("no-database.log"))).contains("The database did not answer within 3 s");
  }

  /** Waits (at most four minutes) until the log holds the line; then returns either way. */
  private static void awaitLogLine(Path log, String line) {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < until) {
      try {
        if (java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains(line)) {
          return;
        }
        Thread.sleep(200);
      } catch (java.io.IOException e) {
        // the tool is still writing its first lines
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static int freePort() throws java.io.IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
