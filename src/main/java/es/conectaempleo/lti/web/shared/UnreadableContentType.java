package es.conectaempleo.lti.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hides a {@code Content-Type} that is not a media type from Jersey, which parses it before any
 * JAX-RS filter runs and then answers 400 with an empty body, and marks the request so that {@link
 * MalformedHeaders} refuses it with a page or problem details like any other bad request.
 */
@WebFilter(urlPatterns = "/*")
public class UnreadableContentType extends HttpFilter {
  /** Request attribute (a JAX-RS request property too) set when the header was hidden. */
  static final String MARK = UnreadableContentType.class.getName();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType == null || readable(contentType)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(MARK, Boolean.TRUE);
    chain.doFilter(new WithoutContentType(request), response);
  }

  /** With Jersey's parser, the one that would fail later. */
  private static boolean readable(String contentType) {
    try {
      MediaType.valueOf(contentType);
      return true;
    } catch (RuntimeException e) { // IllegalArgumentException, Jersey's ProcessingException
      return false;
    }
  }

  private static final class WithoutContentType extends HttpServletRequestWrapper {
    WithoutContentType(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return isContentType(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return isContentType(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(n -> !isContentType(n)).toList());
    }

    private static boolean isContentType(String name) {
      return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name);
    }
  }
}
