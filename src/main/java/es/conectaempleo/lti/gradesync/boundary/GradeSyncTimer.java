package es.conectaempleo.lti.gradesync.boundary;

import es.conectaempleo.lti.gradesync.control.OutboxDispatcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Starts the outbox dispatcher with the application, once the schema exists, and stops it. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradeSyncTimer {
  @Inject OutboxDispatcher dispatcher;

  @PostConstruct
  void start() {
    dispatcher.start();
  }

  @PreDestroy
  void stop() {
    dispatcher.stop();
  }
}
