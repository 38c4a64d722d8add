package es.conectaempleo.lti.launch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention SQL of launch audits, run against the real schema (Flyway on H2 in MODE=LEGACY, as
 * the tool runs it): batches take the oldest rows first, never one written at or after the cutoff,
 * and end when none older is left.
 */
class LaunchAuditPurgeTest {
  private static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");

  /** A database of its own for each test (JUnit makes an instance per test). */
  private final Connection connection = MigratedH2.open("audit");

  LaunchAuditPurgeTest() throws SQLException {}

  @AfterEach
  void close() throws SQLException {
    MigratedH2.shutDown(connection);
  }

  @Test
  void testBatchesDeleteOnlyRowsOlderThanTheCutoffOldestFirst() throws SQLException {
    // Ids do not follow time everywhere: a node with a slow clock, rows written in a migration.
    audit(CUTOFF.minusSeconds(86_400 * 30));
    audit(CUTOFF.plusSeconds(60));
    audit(CUTOFF.minusSeconds(1));
    audit(CUTOFF);
    audit(CUTOFF.minusSeconds(86_400));
    audit(CUTOFF.plusSeconds(86_400));

    assertThat(purgeBatch(2)).isEqualTo(2);
    assertThat(remaining()).containsExactly(CUTOFF.plusSeconds(60), CUTOFF, CUTOFF.minusSeconds(86_400), CUTOFF.plusSeconds(86_400));
    assertThat(purgeBatch(2)).isEqualTo(1);
    assertThat(purgeBatch(2)).as("nothing older left").isZero();
    assertThat(remaining()).containsExactly(CUTOFF.plusSeconds(60), CUTOFF, CUTOFF.plusSeconds(86_400));
  }

  /** One retention batch as {@code LaunchAudits.purgeBatch} runs it. */
  private int purgeBatch(int size) throws SQLException {
    Long end;
    try (PreparedStatement find = connection.prepareStatement(LaunchAudit.oldestBatchEnd(size))) {
      find.setObject(1, utc(CUTOFF));
      try (ResultSet rows = find.executeQuery()) {
        rows.next();
        end = (Long) rows.getObject(1, Long.class);
      }
    }
    if (end == null) {
      return 0;
    }
    try (PreparedStatement delete = connection.prepareStatement(LaunchAudit.DELETE_UP_TO)) {
      delete.setLong(1, end);
      delete.setObject(2, utc(CUTOFF));
      return delete.executeUpdate();
    }
  }

  private void audit(Instant at) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO launch_audit (occurred_at, outcome, reason) VALUES (?, 'REJECTED', 'x')")) {
      insert.setObject(1, utc(at));
      insert.executeUpdate();
    }
  }

  private List<Instant> remaining() throws SQLException {
    List<Instant> at = new ArrayList<>();
    try (ResultSet rows = connection.createStatement().executeQuery("SELECT occurred_at FROM launch_audit ORDER BY id")) {
      while (rows.next()) {
        at.add(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC));
      }
    }
    return at;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
