package es.conectaempleo.lti;

import es.conectaempleo.lti.lti.ServiceHttp;
import es.conectaempleo.lti.lti.ags.AgsClient;
import es.conectaempleo.lti.lti.dynreg.RegistrationClient;
import es.conectaempleo.lti.lti.nrps.NrpsClient;
import es.conectaempleo.lti.lti.token.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clients of the LMS services, one of each per node: one HTTP client (connections reused), one
 * token cache (one access token per platform, client id and scope set, shared by grade sync and
 * rosters). Singletons, not normal-scoped beans: the library classes are final and need no proxy.
 */
@ApplicationScoped
public class LtiServiceClients {
  @Inject
  @ConfigProperty(name = "conecta.lms.connect-timeout-seconds", defaultValue = "5")
  int connectTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "conecta.lms.request-timeout-seconds", defaultValue = "20")
  int requestTimeoutSeconds;

  @Produces
  @Singleton
  ServiceHttp serviceHttp(Clock clock) {
    return new ServiceHttp(
        ServiceHttp.newHttpClient(Duration.ofSeconds(connectTimeoutSeconds)),
        Duration.ofSeconds(requestTimeoutSeconds),
        clock);
  }

  @Produces
  @Singleton
  ServiceTokens serviceTokens(ServiceHttp http) {
    return new ServiceTokens(http);
  }

  @Produces
  @Singleton
  AgsClient agsClient(ServiceHttp http) {
    return new AgsClient(http);
  }

  @Produces
  @Singleton
  NrpsClient nrpsClient(ServiceHttp http) {
    return new NrpsClient(http);
  }

  @Produces
  @Singleton
  RegistrationClient registrationClient(ServiceHttp http) {
    return new RegistrationClient(http);
  }
}
