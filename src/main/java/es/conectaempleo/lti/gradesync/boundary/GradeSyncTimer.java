package es.conectaempleo.lti.gradesync.boundary;

import es.conectaempleo.lti.gradesync.control.OutboxDispatcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Starts the outbox dispatcher with the application, once the schema exists, and stops it; publishes
 * the number of scores waiting for delivery as the gauge {@value #PENDING_GAUGE} (all nodes).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradeSyncTimer {
  static final String PENDING_GAUGE = "gradesync.pending";

  private static final Logger LOG = Logger.getLogger(GradeSyncTimer.class.getName());

  @Inject OutboxDispatcher dispatcher;

  @Inject Instance<MetricRegistry> metrics;

  @PostConstruct
  void start() {
    dispatcher.start();
    try {
      metrics.get().gauge(
          Metadata.builder().withName(PENDING_GAUGE).withDescription("Scores waiting for delivery to LMS gradebooks").build(),
          dispatcher,
          OutboxDispatcher::pending);
    } catch (RuntimeException e) {
      // Metrics are an aid for operators; grade sync runs without them.
      LOG.log(Level.INFO, "Grade sync gauge not registered", e);
    }
  }

  @PreDestroy
  void stop() {
    dispatcher.stop();
  }
}
