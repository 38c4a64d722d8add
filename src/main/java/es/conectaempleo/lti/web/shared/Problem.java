package es.conectaempleo.lti.web.shared;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every API error. {@code code} names the rule that failed
 * when there is one (e.g. {@code session-invalid}); {@code errors} lists invalid fields.
 */
public record Problem(
    String type, String title, int status, String detail, String code, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid input field. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public static Problem of(int status, String detail, String code) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    return new Problem("about:blank", title, status, detail, code, null);
  }

  public static Problem unauthorized(String detail) {
    return of(Response.Status.UNAUTHORIZED, detail);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, code, fieldErrors);
  }

  public Response response() {
    var response = Response.status(status).type(MEDIA_TYPE).entity(this);
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }
}
