package es.conectaempleo.lti.web.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every response. Pages may be framed by any LMS (the tool lives in Moodle and Canvas
 * iframes), so there is no X-Frame-Options; launch tokens travel in URLs, so no page sends a
 * Referer; pages load scripts and styles only from the tool.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {
  static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    var headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "no-referrer");
    MediaType type = response.getMediaType();
    if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
      headers.putSingle("Content-Security-Policy", PAGE_POLICY);
    }
  }
}
