package es.conectaempleo.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool's public URLs, from {@code CONECTA_BASE_URL}. Without it (development, tests) the base is
 * taken from the request, which is right only when no proxy sits in front: production sets it, and
 * the redirect_uri sent to platforms is then exactly the registered one.
 */
@ApplicationScoped
public class ToolUrls {
  public static final String LOGIN_PATH = "/lti/login";
  public static final String LAUNCH_PATH = "/lti/launch";
  public static final String JWKS_PATH = "/.well-known/jwks.json";
  public static final String REGISTER_PATH = "/lti/register";

  @Inject
  @ConfigProperty(name = "conecta.base.url")
  Optional<String> configuredBase;

  /** The base URL without a trailing slash, e.g. {@code https://lti.conectaempleo.es}. */
  public String base(UriInfo request) {
    String base =
        configuredBase.filter(value -> !value.isBlank()).orElseGet(() -> request.getBaseUri().toString());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The redirect_uri of every LTI message: byte for byte what LMS admins register. */
  public String launch(UriInfo request) {
    return base(request) + LAUNCH_PATH;
  }

  /** The path part of the launch URL, for the cookie that binds a login to the browser. */
  public String launchPath(UriInfo request) {
    return java.net.URI.create(launch(request)).getRawPath();
  }

  /** Whether a URL is one of this tool's own (a target_link_uri must be). */
  public boolean isOwn(String url, UriInfo request) {
    return url != null && url.startsWith(base(request) + "/");
  }
}
