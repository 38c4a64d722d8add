package es.conectaempleo.lti.web.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Meets the content-negotiation headers Jersey cannot parse before Jersey does: left to it, a
 * malformed one fails while matching the resource, and again while writing the error, and the
 * caller gets a 400 with an empty body. An {@code Accept} or {@code Accept-Language} that cannot be
 * read is dropped (RFC 9110 lets a server treat it as absent: anything acceptable); a {@code
 * Content-Type} that cannot be read, hidden from Jersey by {@link UnreadableContentType}, is refused
 * with 400, a page or problem details like any other.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class MalformedHeaders implements ContainerRequestFilter {
  static final String CONTENT_TYPE_DETAIL = "The Content-Type header is not a media type";

  @Override
  public void filter(ContainerRequestContext request) {
    if (unreadable(() -> request.getAcceptableMediaTypes())) {
      request.getHeaders().remove(HttpHeaders.ACCEPT);
    }
    if (unreadable(() -> request.getAcceptableLanguages())) {
      request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
    }
    if (request.getProperty(UnreadableContentType.MARK) != null) {
      throw new BadRequestException(CONTENT_TYPE_DETAIL);
    }
  }

  /** Whether Jersey's own parser fails on the header: the same reading every later step makes. */
  private static boolean unreadable(Runnable parse) {
    try {
      parse.run();
      return false;
    } catch (RuntimeException e) { // Jersey's ProcessingException, IllegalArgumentException
      return true;
    }
  }
}
