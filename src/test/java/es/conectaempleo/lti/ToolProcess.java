package es.conectaempleo.lti;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged tool ({@code target/conecta-lti.jar}) as its own process, for tests that need more
 * than one node or a node killed mid-work ({@code kill -9}). Loopback only; admin token as in {@link
 * ToolDeployment}.
 */
public final class ToolProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;

  private ToolProcess(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts a node and waits until it is ready.
   *
   * @param properties system properties, e.g. {@code conecta.gradesync.lease-seconds}
   */
  public static ToolProcess start(String name, String dbUrl, Map<String, String> properties, Path logDir)
      throws IOException {
    File jar = new File("target/conecta-lti.jar");
    if (!jar.isFile()) {
      throw new IllegalStateException("target/conecta-lti.jar is missing: run the tests with mvn verify");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(List.of("-jar", jar.getAbsolutePath(), "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome"));
    var builder = new ProcessBuilder(command);
    builder.environment().put("CONECTA_DB_URL", dbUrl);
    builder.environment().put("CONECTA_DB_USER", "conecta");
    builder.environment().put("CONECTA_DB_PASSWORD", "nodes-it");
    builder.environment().put("CONECTA_ADMIN_TOKEN", ToolDeployment.ADMIN_TOKEN);
    builder.environment().remove("CONECTA_BASE_URL");
    logDir.toFile().mkdirs();
    builder.redirectErrorStream(true).redirectOutput(logDir.resolve(name + ".log").toFile());
    var node = new ToolProcess(name, port, builder.start());
    node.awaitReady(Duration.ofSeconds(240));
    return node;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** {@code kill -9}: no shutdown hooks, no graceful end of work in flight. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitReady(Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue());
      }
      try {
        var response =
            HTTP.send(
                HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " not ready within " + timeout);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
