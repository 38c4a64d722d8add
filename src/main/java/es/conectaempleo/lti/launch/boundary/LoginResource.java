package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET|POST /lti/login}: OIDC third-party-initiated login (the "OpenID Connect Login URL" /
 * "Initiate login URL" LMS admins register). Redirects to the platform's authorization endpoint.
 *
 * <p>One instance serves every request (request data come as parameters): an instance per request
 * cost Jersey a fresh injection of its fields each time, a twentieth of a launch's CPU over the
 * three resources of a launch.
 */
@ApplicationScoped
@Path("lti/login")
public class LoginResource {
  @Inject Logins logins;

  @GET
  public Response get(@Context UriInfo uriInfo) throws LaunchRejectedException {
    return redirect(uriInfo.getQueryParameters(), uriInfo);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(MultivaluedMap<String, String> form, @Context UriInfo uriInfo)
      throws LaunchRejectedException {
    return redirect(form, uriInfo);
  }

  private Response redirect(MultivaluedMap<String, String> parameters, UriInfo uriInfo)
      throws LaunchRejectedException {
    LoginRedirect redirect = logins.begin(firstValues(parameters), uriInfo);
    return Response.status(Response.Status.FOUND)
        .location(redirect.location())
        .header("Set-Cookie", stateCookie(redirect))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * SameSite=None so the cookie comes back on the platform's cross-site form POST; Partitioned so
   * browsers that partition third-party cookies (CHIPS) still keep it inside the LMS iframe.
   */
  private static String stateCookie(LoginRedirect redirect) {
    return redirect.stateCookieName()
        + "=1; Max-Age="
        + redirect.cookieMaxAgeSeconds()
        + "; Path="
        + redirect.cookiePath()
        + "; Secure; HttpOnly; SameSite=None; Partitioned";
  }

  private static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
    var first = new HashMap<String, String>();
    parameters.forEach((name, values) -> {
      if (!values.isEmpty()) {
        first.put(name, values.get(0));
      }
    });
    return first;
  }
}
