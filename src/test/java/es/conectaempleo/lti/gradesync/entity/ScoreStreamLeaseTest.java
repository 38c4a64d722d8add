package es.conectaempleo.lti.gradesync.entity;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.MigratedH2;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lease SQL of score streams, run against the real schema (Flyway on H2 in MODE=LEGACY, as the
 * tool runs it): one owner at a time, an expired lease can be taken over, only the holder releases.
 */
class ScoreStreamLeaseTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private Connection connection;

  @BeforeEach
  void migrate() throws SQLException {
    connection = MigratedH2.open("lease");
    connection.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
    connection.createStatement().execute(
        "INSERT INTO score_stream (id, grade_link_id, user_id, created_at) VALUES (1, 1, 'u1', CURRENT_TIMESTAMP)");
    connection.createStatement().execute(
        "INSERT INTO score_stream (id, grade_link_id, user_id, created_at) VALUES (2, 1, 'u2', CURRENT_TIMESTAMP)");
  }

  @AfterEach
  void close() throws SQLException {
    MigratedH2.shutDown(connection);
  }

  @Test
  void testOnlyOneOwnerHoldsALiveLease() throws SQLException {
    assertThat(claim(1, "a", NOW.plusSeconds(60), NOW)).isEqualTo(1);
    assertThat(claim(1, "b", NOW.plusSeconds(70), NOW.plusSeconds(10))).isZero();
    assertThat(claim(1, "a", NOW.plusSeconds(70), NOW.plusSeconds(10))).as("not even again by its holder").isZero();
    assertThat(claim(2, "b", NOW.plusSeconds(60), NOW)).as("other streams are free").isEqualTo(1);
  }

  @Test
  void testExpiredLeaseIsTakenOver() throws SQLException {
    claim(1, "killed", NOW.plusSeconds(60), NOW);
    assertThat(claim(1, "b", NOW.plusSeconds(200), NOW.plusSeconds(61))).isEqualTo(1);
    assertThat(release(1, "killed")).as("a late holder cannot release another's lease").isZero();
    assertThat(claim(1, "c", NOW.plusSeconds(200), NOW.plusSeconds(62))).isZero();
    assertThat(release(1, "b")).isEqualTo(1);
    assertThat(claim(1, "c", NOW.plusSeconds(200), NOW.plusSeconds(62))).isEqualTo(1);
  }

  @Test
  void testABatchClaimTakesOnlyTheFreeStreams() throws SQLException {
    connection.createStatement().execute(
        "INSERT INTO score_stream (id, grade_link_id, user_id, created_at) VALUES (3, 1, 'u3', CURRENT_TIMESTAMP)");
    claim(2, "a", NOW.plusSeconds(60), NOW);
    assertThat(claim(List.of(1L, 2L, 3L), "b", NOW.plusSeconds(60), NOW)).isEqualTo(2);
    assertThat(leasedBy("b")).containsExactly(1L, 3L);
    assertThat(leasedBy("a")).containsExactly(2L);
  }

  @Test
  void testAClaimPassesOverAStreamAnotherTransactionIsWritingInsteadOfWaiting() throws SQLException {
    connection.createStatement().execute(
        "INSERT INTO score_stream (id, grade_link_id, user_id, created_at) VALUES (3, 1, 'u3', CURRENT_TIMESTAMP)");
    claim(3, "a", NOW.plusSeconds(60), NOW);
    try (Connection request = DriverManager.getConnection(connection.getMetaData().getURL())) {
      // A learner's request queueing a score locks its stream and has not committed yet.
      request.setAutoCommit(false);
      request.createStatement().executeQuery("SELECT id FROM score_stream WHERE id = 1 FOR UPDATE").next();
      connection.setAutoCommit(false);
      try {
        assertThat(lockFree(List.of(1L, 2L, 3L), NOW)).as("not the locked one, nor the leased one").containsExactly(2L);
      } finally {
        connection.rollback();
      }
      request.commit();
      assertThat(lockFree(List.of(1L, 2L, 3L), NOW)).as("once it committed").containsExactly(1L, 2L);
      connection.rollback();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Test
  void testABatchReleaseGivesBackOnlyTheCallersLeases() throws SQLException {
    claim(List.of(1L), "a", NOW.plusSeconds(60), NOW);
    claim(List.of(2L), "b", NOW.plusSeconds(60), NOW);
    assertThat(release(List.of(1L, 2L), "a")).isEqualTo(1);
    assertThat(leasedBy("b")).containsExactly(2L);
    assertThat(claim(List.of(1L, 2L), "c", NOW.plusSeconds(60), NOW)).isEqualTo(1);
  }

  @Test
  void testDueStreamsHaveAPendingScoreDueAndNoLiveLease() throws SQLException {
    outbox(1, "pending", NOW.minusSeconds(1));
    outbox(2, "pending", NOW.plusSeconds(30));
    assertThat(due(NOW)).containsExactly(1L);
    assertThat(due(NOW.plusSeconds(31))).containsExactlyInAnyOrder(1L, 2L);
    claim(1, "a", NOW.plusSeconds(60), NOW);
    assertThat(due(NOW)).isEmpty();
    assertThat(due(NOW.plusSeconds(61))).as("after the lease expired").containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void testDeliveredAndFailedAreNotDue() throws SQLException {
    outbox(1, "delivered", NOW.minusSeconds(1));
    outbox(1, "failed", NOW.minusSeconds(1));
    outbox(2, "superseded", NOW.minusSeconds(1));
    assertThat(due(NOW)).isEmpty();
  }

  private int claim(long stream, String owner, Instant until, Instant now) throws SQLException {
    return claim(List.of(stream), owner, until, now);
  }

  private int claim(List<Long> streams, String owner, Instant until, Instant now) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(ScoreStream.claim(streams.size()))) {
      update.setString(1, owner);
      update.setObject(2, utc(until));
      update.setObject(3, utc(now));
      for (int i = 0; i < streams.size(); i++) {
        update.setLong(4 + i, streams.get(i));
      }
      return update.executeUpdate();
    }
  }

  private int release(long stream, String owner) throws SQLException {
    return release(List.of(stream), owner);
  }

  private int release(List<Long> streams, String owner) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(ScoreStream.release(streams.size()))) {
      update.setString(1, owner);
      for (int i = 0; i < streams.size(); i++) {
        update.setLong(2 + i, streams.get(i));
      }
      return update.executeUpdate();
    }
  }

  private List<Long> lockFree(List<Long> streams, Instant now) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(ScoreStream.lockFree(streams.size()))) {
      query.setObject(1, utc(now));
      for (int i = 0; i < streams.size(); i++) {
        query.setLong(2 + i, streams.get(i));
      }
      var rows = query.executeQuery();
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private List<Long> leasedBy(String owner) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id FROM score_stream WHERE lease_owner = ? ORDER BY id")) {
      query.setString(1, owner);
      var rows = query.executeQuery();
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private List<Long> due(Instant now) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(ScoreStream.DUE)) {
      query.setObject(1, utc(now));
      query.setObject(2, utc(now));
      var rows = query.executeQuery();
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private void outbox(long stream, String status, Instant next) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO score_outbox (stream_id, enrollment_id, status, activity_progress, grading_progress,"
                + " occurred_at, next_attempt_at, created_at) VALUES (?, 1, ?, 'Started', 'Pending', ?, ?, ?)")) {
      insert.setLong(1, stream);
      insert.setString(2, status);
      insert.setObject(3, utc(NOW));
      insert.setObject(4, utc(next));
      insert.setObject(5, utc(NOW));
      insert.executeUpdate();
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
