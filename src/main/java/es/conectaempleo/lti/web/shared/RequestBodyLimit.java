package es.conectaempleo.lti.web.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body over {@value #MAX_BYTES} bytes with 413, before anything reads it: the
 * largest body the tool takes is a launch's id_token (a few kilobytes, tens with many custom claims),
 * and without a limit anyone could make it parse megabytes of JSON or form fields. A body that says
 * its length is judged by it; one sent in chunks (rare: browsers and LMSs send a length) is read
 * here up to the limit and handed on from memory.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimit implements ContainerRequestFilter {
  static final int MAX_BYTES = 1024 * 1024;

  static final String DETAIL = "The request body is larger than 1 MiB";

  static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      if (tooLong(length)) {
        drain(request.getEntityStream());
        throw tooLarge();
      }
      return;
    }
    if (request.hasEntity()) {
      byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        drain(request.getEntityStream());
        throw tooLarge();
      }
      request.setEntityStream(new ByteArrayInputStream(body));
    }
  }

  /**
   * Reads and drops what is left of a refused body, up to {@value #MAX_DRAINED_BYTES} bytes, so the
   * client, still sending, reads the 413 instead of a connection the server closed under it. A
   * larger body is left unread: the connection closes.
   */
  private static void drain(InputStream body) throws IOException {
    long left = MAX_DRAINED_BYTES;
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  static boolean tooLong(String contentLength) {
    String digits = contentLength.strip();
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      return false; // not a length: the container answers it
    }
    return digits.length() > 18 || Long.parseLong(digits) > MAX_BYTES;
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException(DETAIL, 413);
  }
}
