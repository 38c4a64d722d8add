package es.conectaempleo.lti.keys.boundary;

import es.conectaempleo.lti.security.AdminApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admin API: rotate the tool's signing keys (for example after a suspected leak). */
@Path("api/admin/keys/rotation")
@AdminApi
public class KeysResource {
  @Inject ToolKeys keys;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response rotate() {
    keys.rotate();
    return Response.ok(keys.publicKeySet().toString(true)).build();
  }
}
