package es.conectaempleo.lti.keys.boundary;

import es.conectaempleo.lti.security.AdminApi;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Admin API: rotate the tool's signing keys. The key that signed until now stays published for an
 * hour (LMSs verify what it signed just before); {@code ?revoke=true}, after a suspected leak,
 * withdraws it at once.
 */
@Path("api/admin/keys/rotation")
@AdminApi
public class KeysResource {
  @Inject ToolKeys keys;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response rotate(
      // A typo must not turn a revocation into a routine rotation: only true or false.
      @QueryParam("revoke") @Pattern(regexp = "true|false", message = "must be true or false") String revoke) {
    keys.rotate("true".equals(revoke));
    return Response.ok(keys.publicKeySet().toString(true)).build();
  }
}
