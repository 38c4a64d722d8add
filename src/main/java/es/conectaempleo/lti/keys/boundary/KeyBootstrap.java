package es.conectaempleo.lti.keys.boundary;

import es.conectaempleo.lti.keys.control.KeyRotation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Generates the tool's keys and secrets on first start, once the schema exists. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyBootstrap {
  @Inject KeyRotation rotation;

  @Inject ToolKeys keys;

  @PostConstruct
  void ensureKeys() {
    rotation.ensureKeys();
    keys.launchTokenSecret();
    keys.publicKeySet();
  }
}
