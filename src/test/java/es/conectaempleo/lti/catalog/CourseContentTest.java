package es.conectaempleo.lti.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import es.conectaempleo.lti.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeded course content (V4) against the rules of the content schema (V3): shape of every
 * course, the identifier scheme, hours of training, and no empty or oversized texts. Runs the real
 * migrations on a fresh in-memory H2, the same scripts MySQL and MariaDB run.
 */
class CourseContentTest {
  private static final int COURSES = 12;
  private static final int MIN_BODY_WORDS = 100;
  private static final int MAX_BODY_WORDS = 300;

  private static Connection db;

  @BeforeAll
  static void migrate() throws SQLException {
    String url = "jdbc:h2:mem:content-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    var dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    SchemaMigration.flyway(dataSource).migrate();
    db = DriverManager.getConnection(url, "sa", "");
  }

  @AfterAll
  static void close() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("SHUTDOWN");
    }
    db.close();
  }

  @Test
  void everyCourseOfTheCatalogHasThreeToFourModules() throws SQLException {
    assertThat(single("SELECT COUNT(*) FROM course")).isEqualTo(COURSES);
    assertThat(
            rows(
                "SELECT c.code, COUNT(m.id) FROM course c"
                    + " LEFT JOIN course_module m ON m.course_id = c.id"
                    + " GROUP BY c.id, c.code HAVING COUNT(m.id) NOT BETWEEN 3 AND 4"))
        .as("courses without 3-4 modules (code, modules)")
        .isEmpty();
  }

  @Test
  void everyModuleHasTwoToFourLessons() throws SQLException {
    assertThat(
            rows(
                "SELECT m.id, COUNT(l.id) FROM course_module m"
                    + " LEFT JOIN lesson l ON l.module_id = m.id"
                    + " GROUP BY m.id HAVING COUNT(l.id) NOT BETWEEN 2 AND 4"))
        .as("modules without 2-4 lessons (module, lessons)")
        .isEmpty();
  }

  @Test
  void everyModuleHasExactlyOneQuiz() throws SQLException {
    assertThat(
            rows(
                "SELECT m.id, COUNT(q.id) FROM course_module m"
                    + " LEFT JOIN quiz q ON q.module_id = m.id"
                    + " GROUP BY m.id HAVING COUNT(q.id) <> 1"))
        .as("modules without exactly one quiz (module, quizzes)")
        .isEmpty();
  }

  @Test
  void everyQuizHasThreeToFiveQuestions() throws SQLException {
    assertThat(
            rows(
                "SELECT q.id, COUNT(qq.id) FROM quiz q"
                    + " LEFT JOIN quiz_question qq ON qq.quiz_id = q.id"
                    + " GROUP BY q.id HAVING COUNT(qq.id) NOT BETWEEN 3 AND 5"))
        .as("quizzes without 3-5 questions (quiz, questions)")
        .isEmpty();
  }

  @Test
  void everyQuestionHasThreeToFourOptionsAndExactlyOneCorrect() throws SQLException {
    assertThat(
            rows(
                "SELECT qq.id, COUNT(o.id), SUM(CASE WHEN o.correct THEN 1 ELSE 0 END)"
                    + " FROM quiz_question qq LEFT JOIN quiz_option o ON o.question_id = qq.id"
                    + " GROUP BY qq.id"
                    + " HAVING COUNT(o.id) NOT BETWEEN 3 AND 4"
                    + " OR SUM(CASE WHEN o.correct THEN 1 ELSE 0 END) <> 1"))
        .as("questions with a wrong set of options (question, options, correct)")
        .isEmpty();
  }

  @Test
  void lessonMinutesAddUpToTheNominalHoursOfEachCourse() throws SQLException {
    assertThat(rows("SELECT id, nominal_minutes FROM lesson WHERE nominal_minutes <= 0"))
        .as("lessons without minutes")
        .isEmpty();
    assertThat(
            rows(
                "SELECT c.code, c.nominal_hours * 60, COALESCE(SUM(l.nominal_minutes), 0)"
                    + " FROM course c"
                    + " LEFT JOIN course_module m ON m.course_id = c.id"
                    + " LEFT JOIN lesson l ON l.module_id = m.id"
                    + " GROUP BY c.id, c.code, c.nominal_hours"
                    + " HAVING COALESCE(SUM(l.nominal_minutes), 0) <> c.nominal_hours * 60"))
        .as("courses whose lessons do not add up to their hours (code, expected, actual)")
        .isEmpty();
  }

  @Test
  void identifiersFollowTheSchemeOfTheContentSchema() throws SQLException {
    assertThat(rows("SELECT id FROM course_module WHERE id <> course_id * 100 + position"))
        .as("modules")
        .isEmpty();
    assertThat(rows("SELECT id FROM lesson WHERE id <> module_id * 100 + position"))
        .as("lessons")
        .isEmpty();
    assertThat(rows("SELECT id FROM quiz WHERE id <> module_id")).as("quizzes").isEmpty();
    assertThat(rows("SELECT id FROM quiz_question WHERE id <> quiz_id * 100 + position"))
        .as("questions")
        .isEmpty();
    assertThat(rows("SELECT id FROM quiz_option WHERE id <> question_id * 10 + position"))
        .as("options")
        .isEmpty();
    assertThat(
            rows(
                "SELECT m.course_id, m.position FROM course_module m WHERE m.position < 1"
                    + " OR m.position > (SELECT COUNT(*) FROM course_module x"
                    + " WHERE x.course_id = m.course_id)"))
        .as("module positions are 1..n")
        .isEmpty();
  }

  @Test
  void noTextIsEmpty() throws SQLException {
    List<String> empty = new ArrayList<>();
    empty.addAll(blank("SELECT id, title_es, title_en FROM course_module"));
    empty.addAll(blank("SELECT id, title_es, title_en, body_es FROM lesson"));
    empty.addAll(blank("SELECT id, title_es, title_en FROM quiz"));
    empty.addAll(blank("SELECT id, prompt_es, explanation_es FROM quiz_question"));
    empty.addAll(blank("SELECT id, text_es FROM quiz_option"));
    assertThat(empty).as("empty texts (column and id)").isEmpty();
  }

  @Test
  void lessonBodiesAreReadablePlainText() throws SQLException {
    List<String> wrong = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, body_es FROM lesson ORDER BY id")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        String body = rs.getString(2);
        int words = body.trim().split("\\s+").length;
        if (words < MIN_BODY_WORDS || words > MAX_BODY_WORDS) {
          wrong.add(id + ": " + words + " words");
        }
        if (!body.contains("\n\n")) {
          wrong.add(id + ": a single paragraph");
        }
        if (!body.equals(body.strip()) || body.contains("\r") || body.contains("\n\n\n")) {
          wrong.add(id + ": stray whitespace");
        }
      }
    }
    assertThat(wrong).as("lesson bodies").isEmpty();
  }

  private static int single(String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Every row of a query, its columns joined: what a failing assertion shows. */
  private static List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? ", " : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** The text columns (all but the first, the id) that are null or blank. */
  private static List<String> blank(String sql) throws SQLException {
    List<String> blank = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        for (int i = 2; i <= meta.getColumnCount(); i++) {
          String text = rs.getString(i);
          if (text == null || text.isBlank()) {
            blank.add(meta.getColumnName(i) + " " + rs.getLong(1));
          }
        }
      }
    }
    return blank;
  }
}
