package es.conectaempleo.lti;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves every resource from the root: LMS admins type {@code /lti/login}, {@code /lti/launch} and
 * {@code /.well-known/jwks.json} into their platforms, so these paths are a public contract.
 */
@ApplicationPath("/")
public class JaxRsConfiguration extends Application {}
