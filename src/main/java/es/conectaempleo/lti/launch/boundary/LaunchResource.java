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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  @Inject DeepLinkTickets deepLinkTickets;

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
    if (launch.deepLinking() != null) {
      return Response.seeOther(
              URI.create(urls.base(uriInfo) + "/learn/deep-linking?dl=" + encode(deepLinkTickets.issue(launch.deepLinking()))))
          .header("Cache-Control", "no-store")
          .build();
    }
    String token = tokens.issue(launch.session());
    String next;
    if (code != null) {
      next = "/learn/courses/" + code; // a catalog code: lower-case letters, digits and hyphens
    } else {
      next = "/learn/catalog";
    }
    // Encoded by hand: the code is whatever the LMS sent, and a UriBuilder would read '{' in it as a
    // template variable and fail after the launch was accepted.
    String query = "lt=" + encode(token);
    if (launch.unknownCourseCode() != null) {
      query = "unknown=" + encode(launch.unknownCourseCode()) + "&" + query;
    }
    return Response.seeOther(URI.create(urls.base(uriInfo) + next + "?" + query))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Set<String> stateCookies(HttpHeaders headers) {
    return headers.getCookies().keySet().stream()
        .filter(name -> name.startsWith(Logins.STATE_COOKIE_PREFIX))
        .map(name -> name.substring(Logins.STATE_COOKIE_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
