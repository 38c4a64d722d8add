package es.conectaempleo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tool under measurement: the uber jar started as a process of its own on a free loopback port,
 * as an operator runs it ({@code --nohazelcast --disablephonehome}), ready once {@code /health/ready}
 * answers 200 (a failed deployment keeps Payara Micro running, STACK trap 3). It is read only from
 * outside: CPU time and memory from {@code /proc}, a JFR recording through {@code jcmd}. Not
 * thread-safe; one per benchmark.
 */
final class ToolProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(240);

  private volatile Process process;
  private final URI base;
  private volatile Path log;
  private final ProcessBuilder builder;
  private final Path workDir;
  private volatile long deadTicks;
  private int starts = 1;

  private ToolProcess(Process process, URI base, Path log, ProcessBuilder builder, Path workDir) {
    this.process = process;
    this.base = base;
    this.log = log;
    this.builder = builder;
    this.workDir = workDir;
  }

  /**
   * Starts the tool and waits until it is ready.
   *
   * @param jvmOptions options before {@code -jar}, e.g. {@code -Xmx512m}
   * @param env the tool's configuration ({@code CONECTA_*} variables)
   * @param workDir its working directory (the embedded H2 file lives there) and its log
   */
  static ToolProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path workDir)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
        "--nohazelcast", "--disablephonehome", "--port", Integer.toString(port)));
    Path log = workDir.resolve("tool.log");
    var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    var tool = new ToolProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log, builder, workDir);
    Runtime.getRuntime().addShutdownHook(new Thread(tool::close));
    tool.awaitReady();
    return tool;
  }

  URI base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /** CPU ticks of the tool, including those of processes ended by {@link #killAndRestart}. */
  long cpuTicks() {
    return deadTicks + ProcStat.cpuTicks(pid());
  }

  /**
   * {@code kill -9} (no shutdown of any kind), then the same jar on the same port with the same
   * configuration, logging to {@code tool-<n>.log}; returns once it is ready again.
   */
  void killAndRestart() throws IOException, InterruptedException {
    long ticks = ProcStat.cpuTicks(pid());
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    deadTicks += ticks;
    starts++;
    log = workDir.resolve("tool-" + starts + ".log");
    builder.redirectOutput(log.toFile());
    process = builder.start();
    awaitReady();
  }

  long rssKiB() {
    return ProcStat.rssKiB(pid());
  }

  long peakRssKiB() {
    return ProcStat.peakRssKiB(pid());
  }

  /** Starts a JFR recording with the {@code profile} settings (execution samples every 10 ms). */
  void startRecording(String name) throws IOException, InterruptedException {
    jcmd("JFR.start", "name=" + name, "settings=profile");
  }

  /** Stops a recording and writes it to {@code file}. */
  void stopRecording(String name, Path file) throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
  }

  /** The tool's threads ({@code jcmd Thread.print}) into a file of its working directory; its path. */
  Path threadDump(String fileName) {
    Path file = log.resolveSibling(fileName);
    try {
      Process jcmd = new ProcessBuilder(jcmdPath(), Long.toString(pid()), "Thread.print")
          .redirectErrorStream(true).redirectOutput(file.toFile()).start();
      jcmd.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      return Path.of("(no dump: " + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return file;
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The tool exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("The tool was not ready within " + STARTUP + "; see " + log);
  }

  private void jcmd(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(jcmdPath());
    command.add(Long.toString(pid()));
    command.addAll(List.of(arguments));
    Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + out);
    }
  }

  private static String jcmdPath() {
    return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}
