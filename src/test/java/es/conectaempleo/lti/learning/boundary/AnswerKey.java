package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.SchemaMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The right option of every seeded quiz question, read from the migrations themselves (run on a
 * private in-memory H2 in the test JVM), never from the tool under test: the learning API only
 * tells which option was right after grading, so using it to answer would let a grading bug agree
 * with itself.
 */
public final class AnswerKey {
  private final Map<Long, Long> rightOption;

  private AnswerKey(Map<Long, Long> rightOption) {
    this.rightOption = Map.copyOf(rightOption);
  }

  public static AnswerKey fromMigrations() {
    String url = "jdbc:h2:mem:answer-key-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    var dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    SchemaMigration.flyway(dataSource).migrate();
    var right = new HashMap<Long, Long>();
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement st = db.createStatement()) {
      try (ResultSet rows = st.executeQuery("SELECT question_id, id FROM quiz_option WHERE correct")) {
        while (rows.next()) {
          right.put(rows.getLong(1), rows.getLong(2));
        }
      }
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the seeded answers", e);
    }
    return new AnswerKey(right);
  }

  /** The right option of a question. */
  public long right(long questionId) {
    Long option = rightOption.get(questionId);
    if (option == null) {
      throw new IllegalArgumentException("No seeded question " + questionId);
    }
    return option;
  }
}
