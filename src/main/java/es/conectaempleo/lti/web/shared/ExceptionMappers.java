package es.conectaempleo.lti.web.shared;

import es.conectaempleo.lti.WriteRaces;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception mapper of the application: one per family, all answering through {@link ErrorResponses}. */
public final class ExceptionMappers {
  private ExceptionMappers() {}

  /** A launch, login or follow-up request refused: 400 or 401 with its reason code. */
  @Provider
  public static class Rejections implements ExceptionMapper<LaunchRejectedException> {
    @Context UriInfo uri;
    @Context HttpHeaders headers;
    @Inject Pages pages;

    @Override
    public Response toResponse(LaunchRejectedException e) {
      return ErrorResponses.rejection(e, uri, headers, pages);
    }
  }

  /** Bean Validation of API input: 400 with the invalid fields. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      var errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(field(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      return Problem.of(Response.Status.BAD_REQUEST, "The request is not valid")
          .withErrors(errors)
          .response();
    }

    /** {@code register.request.issuer} becomes {@code issuer}. */
    private static String field(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      int dot = path.lastIndexOf('.');
      return dot < 0 ? path : path.substring(dot + 1);
    }
  }

  /** The status a resource chose (404, 409...), said the way the caller reads. */
  @Provider
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;
    @Context HttpHeaders headers;
    @Inject Pages pages;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status < 400) {
        return e.getResponse();
      }
      if (e.getCause() instanceof JsonbException) {
        return ErrorResponses.status(400, "The body is not valid JSON for this request", uri, headers, pages);
      }
      if (e.getCause() instanceof NoContentException) {
        // Jersey's own message is a bare "HTTP 400 Bad Request".
        return ErrorResponses.status(400, "The request has no body: send a JSON object", uri, headers, pages);
      }
      String detail = status == 404 ? "Not found" : e.getMessage();
      Response answer = ErrorResponses.status(status, detail, uri, headers, pages);
      // A 405 must say which methods the resource takes (RFC 9110 §15.5.6).
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }
  }

  /**
   * A transaction that failed at commit (a lost write race, a database gone). Without this mapper
   * Jersey's CDI integration maps the type with its own, which rethrows, and the container answers
   * 500 with its error page; here it is answered like any other exception.
   */
  @Provider
  public static class FailedCommits implements ExceptionMapper<TransactionalException> {
    @Context UriInfo uri;
    @Context HttpHeaders headers;
    @Inject Pages pages;

    @Override
    public Response toResponse(TransactionalException e) {
      return Unexpected.answer(e, uri, headers, pages);
    }
  }

  /** Anything else. Malformed JSON is the client's fault; the rest is ours, logged with an incident id. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Context UriInfo uri;
    @Context HttpHeaders headers;
    @Inject Pages pages;

    @Override
    public Response toResponse(Throwable e) {
      return answer(e, uri, headers, pages);
    }

    static Response answer(Throwable e, UriInfo uri, HttpHeaders headers, Pages pages) {
      if (causedBy(e, JsonbException.class) || e instanceof ProcessingException) {
        return ErrorResponses.status(400, "The body is not valid JSON for this request", uri, headers, pages);
      }
      if (WriteRaces.isRace(e)) {
        return ErrorResponses.status(409, "This conflicts with data that already exists", uri, headers, pages);
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident + " on " + uri.getPath(), e);
      return ErrorResponses.status(500, "Internal error, incident " + incident, uri, headers, pages);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return true;
        }
      }
      return false;
    }
  }
}
