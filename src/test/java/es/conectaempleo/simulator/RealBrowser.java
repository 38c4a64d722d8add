package es.conectaempleo.simulator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's headless Chromium driven by its chromedriver through
 * Selenium, with third-party cookies blocked (so a tool framed in an LMS page keeps no cookie), a
 * fresh profile, and nothing but loopback reachable (every other host name fails to resolve; no
 * background, update or sync traffic; Selenium Manager never runs). Use it as a JUnit extension on a
 * static field: Chromium starts on first use, is shared by the tests of the class, and quits after
 * them; a failed test leaves a screenshot and the page source in {@code target/screenshots}. Not
 * thread-safe.
 */
public final class RealBrowser implements AfterTestExecutionCallback, AfterAllCallback {
  private static final File CHROMIUM = new File(System.getProperty("conecta.chromium", "/usr/bin/chromium"));
  private static final File CHROMEDRIVER = new File(System.getProperty("conecta.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Selenium warns that it has no DevTools bindings for this Chromium; plain CDP commands need none. */
  private static final java.util.logging.Logger CDP_VERSION_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
  }

  private ChromeDriver driver;
  private Path profile;

  /** The running driver, started on first call. */
  public WebDriver driver() {
    if (driver == null) {
      start();
    }
    return driver;
  }

  private ChromeDriver chrome() {
    driver();
    return driver;
  }

  /** Opens a URL in the top-level window. */
  public void open(java.net.URI uri) {
    driver().switchTo().defaultContent();
    driver().get(uri.toString());
  }

  /** Waits until the LMS page's frame has loaded a page of the tool, and works inside it from now on. */
  public void enterFrame(String frameId, String toolBase) {
    driver().switchTo().defaultContent();
    new WebDriverWait(driver(), WAIT).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id(frameId)));
    waitForPage(toolBase);
  }

  /** Waits until the current document (top or frame) is a loaded page at a URL starting with the prefix. */
  public void waitForPage(String urlPrefix) {
    new WebDriverWait(driver(), WAIT)
        .until(d -> String.valueOf(script("return document.readyState === 'complete' ? location.href : ''"))
            .startsWith(urlPrefix));
  }

  /** Waits until the current document's URL has changed from the given one and the new page has loaded. */
  public void waitForNavigationFrom(String url) {
    new WebDriverWait(driver(), WAIT)
        .until(d -> {
          Object href = script("return document.readyState === 'complete' ? location.href : ''");
          return !String.valueOf(href).isEmpty() && !url.equals(href);
        });
  }

  /** Reloads the current document (top or frame), as the browser's reload button does, and waits for it. */
  public void reload() {
    script("window.conectaBeforeReload = true; location.reload()");
    new WebDriverWait(driver(), WAIT)
        .until(d -> Boolean.TRUE.equals(
            script("return document.readyState === 'complete' && window.conectaBeforeReload === undefined")));
  }

  public String url() {
    return String.valueOf(script("return location.href"));
  }

  public WebElement find(By by) {
    return driver().findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver().findElements(by);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver()).executeScript(script, arguments);
  }

  /** Every cookie the browser holds, of any site and partition (DevTools {@code Storage.getCookies}). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> allCookies() {
    Map<String, Object> result = chrome().executeCdpCommand("Storage.getCookies", Map.of());
    return (List<Map<String, Object>>) result.get("cookies");
  }

  /** Forgets every cookie of every site. */
  public void clearCookies() {
    chrome().executeCdpCommand("Storage.clearCookies", Map.of());
  }

  /** Lays pages out for a viewport this many CSS pixels wide (a phone at 320), or back to the window with 0. */
  public void viewportWidth(int width) {
    if (width == 0) {
      chrome().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    } else {
      chrome().executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  /** A script from the test class path, e.g. a WebJar's {@code META-INF/resources/webjars/…}. */
  public static String classpathScript(String resource) {
    try (InputStream in = RealBrowser.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Not on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG of the viewport and the page source as {@code target/screenshots/<name>.*}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(png.resolveSibling(png.getFileName().toString().replace(".png", ".html")), driver.getPageSource());
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (driver != null && context.getExecutionException().isPresent()) {
      try {
        screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
      } catch (RuntimeException e) {
        context.getExecutionException().get().addSuppressed(e);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    quit();
  }

  public void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a temporary directory; the OS cleans it
      }
      profile = null;
    }
  }

  private void start() {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      String missing = "Page tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver";
      // CI installs them and must run the page tests; elsewhere `mvn verify` still passes with only a JDK and Maven.
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(missing);
      }
      Assumptions.abort(missing);
    }
    try {
      profile = Files.createTempDirectory("conecta-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
        "--no-pings",
        "--no-proxy-server",
        // Loopback only: any host name but localhost fails to resolve, so nothing leaves the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--window-size=1280,900",
        "--lang=es-ES",
        "--user-data-dir=" + profile);
    // Third-party cookies blocked, as Safari and many users' Chrome do: the tool in the LMS iframe must not need any.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "profile.block_third_party_cookies", true,
            "profile.cookie_controls_mode", 1,
            "intl.accept_languages", "es-ES,es,en"));
    var logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.WARNING);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .withLogOutput(java.io.OutputStream.nullOutputStream())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
  }
}
