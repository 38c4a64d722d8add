package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gradebook column. Read from a platform leniently (empty strings count as absent, numbers may be
 * strings); written with {@link #toJson()} only when it carries what a platform requires to create
 * one. Immutable.
 *
 * <p>In Moodle, {@code resourceLinkId} must be the numeric id of this tool's activity, or the
 * create fails with 400/403; Moodle's ids end in {@code ?type_id=N}.
 *
 * @param id the line item URL; {@code null} before the platform created it
 * @param scoreMaximum greater than 0 to create; may be {@code null} when read
 * @param label the column title; required to create; may be {@code null} when read
 * @param resourceId the tool's own id for the activity; may be {@code null}
 * @param tag the tool's own qualifier, e.g. {@code grade} or {@code completion}; may be {@code
 *     null}
 * @param resourceLinkId the resource link it belongs to; may be {@code null}
 * @param startDateTime may be {@code null}
 * @param endDateTime may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS 2.0 §3.2</a>
 */
public record LineItem(
    URI id,
    Double scoreMaximum,
    String label,
    String resourceId,
    String tag,
    String resourceLinkId,
    Instant startDateTime,
    Instant endDateTime) {

  /**
   * A line item to create.
   *
   * @param label never {@code null} or blank
   * @param scoreMaximum greater than 0
   */
  public static LineItem toCreate(String label, double scoreMaximum) {
    return new LineItem(null, scoreMaximum, label, null, null, null, null, null);
  }

  /**
   * @param resourceId may be {@code null}
   */
  public LineItem withResourceId(String resourceId) {
    return new LineItem(
        id, scoreMaximum, label, resourceId, tag, resourceLinkId, startDateTime, endDateTime);
  }

  /**
   * @param tag may be {@code null}
   */
  public LineItem withTag(String tag) {
    return new LineItem(
        id, scoreMaximum, label, resourceId, tag, resourceLinkId, startDateTime, endDateTime);
  }

  /**
   * @param resourceLinkId may be {@code null}
   */
  public LineItem withResourceLinkId(String resourceLinkId) {
    return new LineItem(
        id, scoreMaximum, label, resourceId, tag, resourceLinkId, startDateTime, endDateTime);
  }

  /**
   * Reads one line item of a platform answer.
   *
   * @param json the parsed JSON object; never {@code null}
   * @return the line item, or {@code null} when it has no usable {@code id}
   */
  static LineItem fromJson(Map<String, Object> json) {
    URI id = JsonMembers.uri(json, "id");
    if (id == null) {
      return null;
    }
    String resourceLinkId = JsonMembers.string(json, "resourceLinkId");
    if (resourceLinkId == null) {
      // Moodle also writes the pre-release name.
      resourceLinkId = JsonMembers.string(json, "ltiLinkId");
    }
    return new LineItem(
        id,
        JsonMembers.number(json, "scoreMaximum"),
        JsonMembers.string(json, "label"),
        JsonMembers.string(json, "resourceId"),
        JsonMembers.string(json, "tag"),
        resourceLinkId,
        JsonMembers.instant(json, "startDateTime"),
        JsonMembers.instant(json, "endDateTime"));
  }

  /**
   * The {@code application/vnd.ims.lis.v2.lineitem+json} body, absent members left out.
   *
   * @throws IllegalStateException no label, or no {@code scoreMaximum} greater than 0
   */
  public String toJson() {
    if (label == null || label.isBlank()) {
      throw new IllegalStateException("A line item needs a label");
    }
    if (scoreMaximum == null || !Double.isFinite(scoreMaximum) || scoreMaximum <= 0) {
      throw new IllegalStateException("A line item needs a scoreMaximum > 0");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    putIfPresent(json, "id", id == null ? null : id.toString());
    json.put("scoreMaximum", JsonMembers.jsonNumber(scoreMaximum));
    json.put("label", label);
    putIfPresent(json, "resourceId", resourceId);
    putIfPresent(json, "tag", tag);
    putIfPresent(json, "resourceLinkId", resourceLinkId);
    putIfPresent(json, "startDateTime", format(startDateTime));
    putIfPresent(json, "endDateTime", format(endDateTime));
    return JSONObjectUtils.toJSONString(json);
  }

  private static String format(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static void putIfPresent(Map<String, Object> json, String name, Object value) {
    if (value != null) {
      json.put(name, value);
    }
  }
}
