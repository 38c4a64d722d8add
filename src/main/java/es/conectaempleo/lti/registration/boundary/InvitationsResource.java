package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.security.AdminApi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Admin API: one-time registration links for LTI Dynamic Registration. The operator creates one per
 * LMS and hands its {@code registrationUrl} to the LMS admin, who pastes it into Moodle ("Register
 * a tool") or Canvas ("Register an app"); the link registers one platform and expires, unless
 * the operator revokes it first.
 */
@Path("api/admin/registration-invitations")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {
  @Inject RegistrationInvitations invitations;
  @Inject ToolUrls urls;
  @Inject Clock clock;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid InvitationRequest request) {
    InvitationRequest wanted = request == null ? new InvitationRequest(null, null) : request;
    var issued = invitations.issue(wanted.name(), Duration.ofHours(wanted.hours()));
    String url = urls.base(uriInfo) + ToolUrls.REGISTER_PATH + "/" + issued.code();
    return Response.status(Response.Status.CREATED)
        .entity(InvitationView.of(issued.invitation(), clock.instant(), url))
        .build();
  }

  /** Ends an open link at once (sent to the wrong person, no longer needed). */
  @DELETE
  @Path("{id}")
  public InvitationView revoke(@PathParam("id") long id) {
    return InvitationView.of(invitations.revoke(id), clock.instant(), null);
  }

  @GET
  public List<InvitationView> invitations() {
    var now = clock.instant();
    return invitations.all().stream().map(i -> InvitationView.of(i, now, null)).toList();
  }
}
