package es.conectaempleo.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolAdmin;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.PlatformSimulator;
import es.conectaempleo.simulator.RealBrowser;
import es.conectaempleo.simulator.SimulatedPlatform;
import es.conectaempleo.simulator.ToolConfiguration;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Page tests' LMS: simulated platforms registered with the tool under test, and people who open an
 * activity from the LMS course page in a {@link RealBrowser}, the tool framed and third party.
 */
public final class LmsWithTool {
  /** The id of the LMS page's iframe (Moodle's). */
  public static final String FRAME = "contentframe";

  private final URI tool;
  private final PlatformSimulator simulator;
  private final ToolAdmin admin;
  private final ToolConfiguration configuration;

  public LmsWithTool(URI tool, PlatformSimulator simulator) {
    this.tool = tool;
    this.simulator = simulator;
    this.admin = new ToolAdmin(tool);
    String launch = tool + "/lti/launch";
    this.configuration = new ToolConfiguration(tool + "/lti/login", launch, List.of(launch));
  }

  public URI tool() {
    return tool;
  }

  public SimulatedPlatform moodle() {
    SimulatedPlatform platform = simulator.moodle(configuration);
    admin.register(platform);
    return platform;
  }

  public SimulatedPlatform canvas() {
    SimulatedPlatform platform = simulator.canvas(configuration);
    admin.register(platform);
    return platform;
  }

  /**
   * The person opens the activity on the LMS course page (host {@code localhost}); the launch runs
   * in its iframe and the browser works inside the frame once the tool's first page has loaded.
   */
  public void open(RealBrowser browser, SimulatedPlatform platform, LmsUser user, Placement placement) {
    URI page = platform.coursePage(user, placement);
    assertThat(page.getHost()).as("the LMS is another site than the tool").isEqualTo("localhost");
    browser.open(page);
    browser.enterFrame(FRAME, tool + "/learn/");
  }

  /** Cookies the browser holds for the tool's host, partitioned or not. */
  public List<Map<String, Object>> toolCookies(RealBrowser browser) {
    return browser.allCookies().stream().filter(c -> tool.getHost().equals(c.get("domain"))).toList();
  }

  /** The launch token of the page the browser shows (its {@code conecta-launch-token} meta). */
  public static String launchToken(RealBrowser browser) {
    return String.valueOf(
        browser.script("var m = document.querySelector('meta[name=conecta-launch-token]'); return m ? m.content : '';"));
  }
}
