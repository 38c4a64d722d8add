package es.conectaempleo.lti;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What integration tests deploy: the WAR the build packaged, exactly as it ships (the {@code
 * package} phase runs before {@code integration-test}).
 */
public final class ToolDeployment {
  /** The admin token the tool under test is started with (pom.xml, it.jvm.options). */
  public static final String ADMIN_TOKEN = "it-admin-token";

  /** The read-only reports token of the tool under test (pom.xml, it.jvm.options). */
  public static final String REPORTS_TOKEN = "it-reports-token";

  private ToolDeployment() {}

  public static WebArchive war() {
    File war = new File("target/ROOT.war");
    if (!war.isFile()) {
      throw new IllegalStateException("target/ROOT.war is missing: run the tests with mvn verify");
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The tool's base URL on loopback. Arquillian reports the machine's outward address; tests must
   * never leave loopback (STACK trap 13).
   */
  public static URI base(URL arquillianUrl) {
    String path = arquillianUrl.getPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create("http://127.0.0.1:" + arquillianUrl.getPort() + path);
  }
}
