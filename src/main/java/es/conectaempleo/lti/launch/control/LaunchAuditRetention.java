package es.conectaempleo.lti.launch.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes launch audits older than {@code conecta.audit.retention-days} (0 keeps them all), once an
 * hour. Without it the table only grows: every refused launch writes a row, whoever sends it, and
 * the rows name LMS users. Each node may run it; the deletes are idempotent.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LaunchAuditRetention {
  private static final Logger LOG = Logger.getLogger(LaunchAuditRetention.class.getName());

  /** Rows deleted per transaction. */
  static final int BATCH = 1000;

  /** Batches per run: at most a million rows an hour, so one run never goes on for long. */
  private static final int MAX_BATCHES = 1000;

  @Inject LaunchAudits audits;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "conecta.audit.retention-days", defaultValue = "180")
  int retentionDays;

  @Schedule(minute = "17", hour = "*", persistent = false)
  void purge() {
    if (retentionDays <= 0) {
      return;
    }
    Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
    long deleted = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      int rows = audits.purgeBatch(cutoff, BATCH);
      deleted += rows;
      if (rows == 0) {
        break;
      }
    }
    if (deleted > 0) {
      long total = deleted;
      LOG.info(() -> "Deleted " + total + " launch audits older than " + retentionDays + " days");
    }
  }
}
