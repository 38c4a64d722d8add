package es.conectaempleo.lti;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Serves every resource from the root: LMS admins type {@code /lti/login}, {@code /lti/launch} and
 * {@code /.well-known/jwks.json} into their platforms, so these paths are a public contract.
 */
@ApplicationPath("/")
public class JaxRsConfiguration extends Application {

  /**
   * No WADL: Jersey would otherwise answer {@code OPTIONS} on any path, and {@code
   * /application.wadl}, with a description of every resource, the admin API's included. The API is
   * documented in the README and lti-config/.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
