package es.conectaempleo.lti.keys.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The tool's public keys (next and active), each with {@code kid}, {@code alg} and {@code use}.
 * Platforms fetch it to verify the tool's signatures; its URL is part of every registration.
 */
@Path(".well-known/jwks.json")
public class JwksResource {
  private static final int MAX_AGE_SECONDS = 300;

  @Inject ToolKeys keys;

  /** RFC 7517's own media type, for clients that ask for nothing else; JSON is the default. */
  static final String JWK_SET_TYPE = "application/jwk-set+json";

  @GET
  @Produces({MediaType.APPLICATION_JSON, JWK_SET_TYPE})
  public Response jwks() {
    var cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    return Response.ok(keys.publicKeySet().toString(true)).cacheControl(cache).build();
  }
}
