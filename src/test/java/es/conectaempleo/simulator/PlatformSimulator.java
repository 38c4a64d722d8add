package es.conectaempleo.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The LMS side of a test: one HTTP server on 127.0.0.1 (ephemeral port) hosting any number of
 * simulated platforms, each below its own path ({@code /moodle-<random>}, {@code
 * /canvas-<random>}). Close it to stop the server. Thread-safe.
 */
public final class PlatformSimulator implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PlatformSimulator.class.getName());

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, SimulatedPlatform> platforms = new ConcurrentHashMap<>();
  private final Clock clock;

  public PlatformSimulator() {
    this(Clock.systemUTC());
  }

  /** @param clock the platforms' clock: token times, message hint expiry */
  public PlatformSimulator(Clock clock) {
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the simulator's port", e);
    }
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "platform-simulator");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A new Moodle site with the tool added as an LTI 1.3 external tool type. */
  public SimulatedPlatform moodle(ToolConfiguration tool) {
    return add(new Moodle(), tool);
  }

  /** A new Canvas developer key for the tool, on the shared issuer {@code https://canvas.instructure.com}. */
  public SimulatedPlatform canvas(ToolConfiguration tool) {
    return add(new Canvas(), tool);
  }

  /**
   * A new Moodle site with no tool configured yet: the admin is about to add it by Dynamic
   * Registration ({@link SimulatedPlatform#registrationStart}, {@link SimulatedPlatform#registrations()}).
   */
  public SimulatedPlatform moodleAwaitingRegistration() {
    return add(new Moodle(), null);
  }

  /**
   * A new self-hosted Canvas with no tool configured yet, awaiting Dynamic Registration. Its issuer
   * is its own URL (e.g. {@code http://127.0.0.1:PORT/canvas-xxxx}), not {@code
   * https://canvas.instructure.com}: a tool checks the issuer of a registration against the host of
   * the configuration URL, and only a self-hosted Canvas can pass that check in a test.
   */
  public SimulatedPlatform canvasAwaitingRegistration() {
    return add(new Canvas(true), null);
  }

  private SimulatedPlatform add(Lms lms, ToolConfiguration tool) {
    String prefix = lms.pathPrefix() + "-" + Randoms.token(8);
    var platform = new SimulatedPlatform(lms, baseUri() + "/" + prefix, tool, clock);
    platforms.put(prefix, platform);
    return platform;
  }

  private void dispatch(HttpExchange http) throws IOException {
    try (http) {
      var exchange = new Exchange(http);
      try {
        String path = http.getRequestURI().getRawPath();
        int end = path.indexOf('/', 1);
        String prefix = end < 0 ? path.substring(1) : path.substring(1, end);
        SimulatedPlatform platform = platforms.get(prefix);
        if (platform == null) {
          exchange.json(404, "{\"error\":\"no such platform\"}");
          return;
        }
        platform.handle(exchange, end < 0 ? "/" : path.substring(end));
      } catch (RuntimeException | IOException e) {
        LOG.log(Level.WARNING, "Simulator failed on " + http.getRequestURI(), e);
        try {
          exchange.respond(500, "text/plain", "simulator error: " + e);
        } catch (IOException | RuntimeException ignored) {
          // the response had already started
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
