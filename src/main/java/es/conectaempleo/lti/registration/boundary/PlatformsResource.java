package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.security.AdminApi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** Admin API: the platforms allowed to launch the tool, and their deployments. */
@Path("api/admin/platforms")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformsResource {
  @Inject Registrations registrations;

  @Context UriInfo uriInfo;

  @POST
  public Response register(@Valid @NotNull PlatformRequest request) {
    var platform = registrations.register(request.toConfig(), request.name());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(platform.id().toString()).build())
        .entity(PlatformView.of(platform))
        .build();
  }

  @GET
  public List<PlatformView> platforms() {
    return registrations.platforms().stream().map(PlatformView::of).toList();
  }

  @GET
  @Path("{id}")
  public PlatformView platform(@PathParam("id") long id) {
    return PlatformView.of(registrations.platform(id));
  }

  @PUT
  @Path("{id}")
  public PlatformView update(@PathParam("id") long id, @Valid @NotNull PlatformRequest request) {
    return PlatformView.of(registrations.update(id, request.toConfig(), request.name()));
  }

  @POST
  @Path("{id}/deployments")
  public Response addDeployment(
      @PathParam("id") long id, @Valid @NotNull DeploymentRequest request) {
    var deployment = registrations.addDeployment(id, request.deploymentId());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(deployment.id().toString()).build())
        .entity(DeploymentView.of(id, deployment))
        .build();
  }

  @GET
  @Path("{id}/deployments")
  public List<DeploymentView> deployments(@PathParam("id") long id) {
    return registrations.deployments(id).stream().map(d -> DeploymentView.of(id, d)).toList();
  }
}
