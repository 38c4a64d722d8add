package es.conectaempleo.lti.launch.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Deletes old login states every ten minutes; each node may do it, the DELETE is idempotent. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LaunchStatePurge {
  private static final Logger LOG = Logger.getLogger(LaunchStatePurge.class.getName());

  @Inject LaunchStates states;

  @Inject Clock clock;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void purge() {
    int deleted = states.purge(clock.instant());
    if (deleted > 0) {
      LOG.fine(() -> "Purged " + deleted + " old login states");
    }
  }
}
