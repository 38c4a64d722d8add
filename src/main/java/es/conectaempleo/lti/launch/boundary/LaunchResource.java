package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.claims.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /lti/launch}: the redirect_uri of every LTI message ("Tool URL" / "Redirection URI").
 * An accepted resource-link launch for a catalog course is answered with the course page itself
 * (see {@link CourseLanding}); one without a course, or naming an unknown one, continues by a 303
 * redirect to the catalog, with the launch token in the URL; a deep-linking request gets its own
 * page. One instance serves every request, as {@link LoginResource} explains.
 */
@ApplicationScoped
@Path("lti/launch")
public class LaunchResource {
  @Inject Launches launches;

  @Inject LaunchTokens tokens;

  @Inject ToolUrls urls;

  @Inject CourseLanding courseLanding;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response launch(
      @FormParam("id_token") String idToken,
      @FormParam("state") String state,
      @FormParam("error") String error,
      @FormParam("error_description") String errorDescription,
      @Context UriInfo uriInfo,
      @Context HttpHeaders headers)
      throws LaunchRejectedException {
    var post = new LaunchPost(idToken, state, error, errorDescription, stateCookies(headers));
    AcceptedLaunch launch = launches.accept(post, uriInfo);
    String code = launch.session().courseCode();
    if (launch.messageType() != MessageType.DEEP_LINKING && code != null && launch.unknownCourseCode() == null) {
      return courseLanding.show(launch.session(), code, launch.registered());
    }
    String token = tokens.issue(launch.session());
    UriBuilder next;
    if (launch.messageType() == MessageType.DEEP_LINKING) {
      next = UriBuilder.fromPath("/learn/deep-linking");
    } else if (code != null) {
      next = UriBuilder.fromPath("/learn/courses/").path(code);
    } else {
      next = UriBuilder.fromPath("/learn/catalog");
    }
    if (launch.unknownCourseCode() != null) {
      next.queryParam("unknown", launch.unknownCourseCode());
    }
    next.queryParam("lt", token);
    return Response.seeOther(URI.create(urls.base(uriInfo) + next.build()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Set<String> stateCookies(HttpHeaders headers) {
    return headers.getCookies().keySet().stream()
        .filter(name -> name.startsWith(Logins.STATE_COOKIE_PREFIX))
        .map(name -> name.substring(Logins.STATE_COOKIE_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
