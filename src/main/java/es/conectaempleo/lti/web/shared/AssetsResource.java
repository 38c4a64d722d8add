package es.conectaempleo.lti.web.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /assets/{name}}: the few static files of the pages (style sheet, scripts), cached a day. */
@Path("assets/{name}")
public class AssetsResource {
  private static final Map<String, String> TYPES =
      Map.of(
          "conecta.css", "text/css; charset=UTF-8",
          "conecta.js", "text/javascript; charset=UTF-8",
          "logo.svg", "image/svg+xml");
  private static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();

  @GET
  public Response asset(@PathParam("name") String name) {
    String type = TYPES.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] body = CONTENT.computeIfAbsent(name, AssetsResource::read);
    var cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(body, type).cacheControl(cache).build();
  }

  private static byte[] read(String name) {
    try (InputStream in = AssetsResource.class.getResourceAsStream("/assets/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
