package es.conectaempleo.lti.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /error}: the container's error page (web.xml), for errors that happen outside the JAX-RS
 * resources. It replaces Payara's default page, which prints stack traces.
 */
@Path("error")
public class ErrorPage {
  @Context HttpServletRequest request;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Inject Pages pages;

  @GET
  public Response get() {
    return page();
  }

  @POST
  public Response post() {
    return page();
  }

  private Response page() {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 404;
    return ErrorResponses.status(status, "Error " + status, uri, headers, pages);
  }
}
