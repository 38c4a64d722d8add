package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import es.conectaempleo.simulator.Browser;
import es.conectaempleo.simulator.LaunchFlow;
import es.conectaempleo.simulator.LmsUser;
import es.conectaempleo.simulator.Placement;
import es.conectaempleo.simulator.SimulatedPlatform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tool's pool against a database server that drops its connections (a restart, a failover, an
 * idle timeout on a proxy): the next requests get fresh connections, not errors. Needs a server, so
 * it runs in CI's MariaDB runs and is skipped on the embedded H2 of a plain {@code mvn verify}.
 */
class DatabaseIT extends ToolSystemTest {

  @Test
  void testLaunchesWorkAfterTheServerDroppedEveryConnection() throws SQLException {
    String url = System.getenv("CONECTA_DB_URL");
    assumeTrue(url != null && (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")), "needs a database server");
    SimulatedPlatform moodle = simulator.moodle(tool);
    admin.register(moodle);
    Placement placement = moodle.newPlacement().withCustom("course", "excel");
    for (int i = 0; i < 4; i++) {
      assertLaunched(moodle, moodle.newLearner("Antes", "Número " + i), placement);
    }

    int killed = killEveryOtherConnection(url, System.getenv("CONECTA_DB_USER"), System.getenv("CONECTA_DB_PASSWORD"));
    assertThat(killed).as("the tool's pooled connections").isPositive();

    for (int i = 0; i < 6; i++) {
      assertLaunched(moodle, moodle.newLearner("Después", "Número " + i), placement);
    }
  }

  private static void assertLaunched(SimulatedPlatform lms, LmsUser learner, Placement placement) {
    LaunchFlow flow = new Browser().launch(lms, learner, placement);
    assertThat(flow.landing()).as("%s", flow.lastPage()).isNotNull();
    assertThat(flow.landing().status()).as("%s", flow.lastPage()).isEqualTo(200);
  }

  /** Kills every connection of the tool's database user but this one, as a server restart would. */
  private static int killEveryOtherConnection(String url, String user, String password) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement list =
              connection.prepareStatement(
                  "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ? AND ID <> CONNECTION_ID()");
          ) {
        list.setString(1, user);
        try (ResultSet rows = list.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      for (long id : ids) {
        try (var kill = connection.createStatement()) {
          kill.execute("KILL CONNECTION " + id);
        } catch (SQLException alreadyGone) {
          // it ended by itself meanwhile
        }
      }
      return ids.size();
    }
  }
}
