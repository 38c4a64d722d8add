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
    // The request that failed, not /error, decides between problem details and a page.
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean api = failed instanceof String path ? ErrorResponses.isApi(path) : ErrorResponses.isApi(uri);
    return ErrorResponses.status(status, "Error " + status, api, uri, headers, pages);
  }
}
