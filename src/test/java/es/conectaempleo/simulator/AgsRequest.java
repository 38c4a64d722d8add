package es.conectaempleo.simulator;

import java.time.Instant;

/**
 * One request to a course's grade services and how it was answered, in arrival order.
 *
 * @param uri the request URI as sent (path and query)
 * @param userId the score's {@code userId}, or {@code null} (not a score, or unreadable)
 */
public record AgsRequest(Instant at, Endpoint endpoint, String method, String uri, int status, String userId) {
  /** Which service the request was for. */
  public enum Endpoint {
    LINE_ITEMS,
    LINE_ITEM,
    SCORES,
    RESULTS
  }
}
