package es.conectaempleo.lti.web.shared;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;

/**
 * Renders the HTML templates of {@code src/main/jte}, compiled to Java at build time: no template is
 * parsed at run time and every {@code ${value}} is HTML-escaped. A page is rendered completely before
 * the response starts, so a failure still becomes a proper error page.
 */
@ApplicationScoped
public class Pages {
  public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
  private static final String TEMPLATES_PACKAGE = "es.conectaempleo.lti.web.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATES_PACKAGE);

  /** The rendered page as a response with the given status; pages are never cached. */
  public Response page(int status, String template, Map<String, Object> parameters) {
    var output = new Utf8ByteOutput();
    engine.render(template, parameters, output);
    StreamingOutput body = output::writeTo;
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .header("Content-Length", output.getContentLength())
        .entity(body)
        .build();
  }

  public Response page(String template, Map<String, Object> parameters) {
    return page(200, template, parameters);
  }
}
