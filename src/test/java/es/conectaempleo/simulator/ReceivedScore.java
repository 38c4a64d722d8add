package es.conectaempleo.simulator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One score the platform accepted, exactly as the tool posted it, and when it arrived. Immutable.
 *
 * @param json the score JSON the tool sent
 * @param arrivedAt the platform clock when it was accepted
 */
public record ReceivedScore(JsonObject json, Instant arrivedAt) {

  public String userId() {
    return json.getString("userId");
  }

  public Instant timestamp() {
    return OffsetDateTime.parse(json.getString("timestamp")).toInstant();
  }

  public String activityProgress() {
    return json.getString("activityProgress");
  }

  public String gradingProgress() {
    return json.getString("gradingProgress");
  }

  /** {@code scoreGiven}, or {@code null} when the score has none (it clears the grade). */
  public Double scoreGiven() {
    return json.get("scoreGiven") instanceof JsonNumber n ? n.doubleValue() : null;
  }

  public Double scoreMaximum() {
    return json.get("scoreMaximum") instanceof JsonNumber n ? n.doubleValue() : null;
  }
}
