package es.conectaempleo.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One gradebook column (an AGS line item) as the platform keeps it: Moodle's grade item, Canvas's
 * assignment line item. Immutable.
 *
 * @param number the LMS's own numeric id (Moodle grade item id, Canvas line item id)
 * @param id the line item URL, the {@code id} of its JSON (Moodle's ends in {@code ?type_id=N})
 * @param path the path of the line item below the platform URL, without query
 * @param query what every URL of the line item carries after {@code ?} (Moodle {@code type_id=N}),
 *     or empty
 * @param resourceId the tool's own id for it; may be {@code null}
 * @param resourceLinkId the resource link it belongs to; {@code null} for a tool-made column
 * @param tag may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS 2.0 §3.2</a>
 */
public record LineItem(
    long number,
    String id,
    String path,
    String query,
    String label,
    double scoreMaximum,
    String resourceId,
    String resourceLinkId,
    String tag,
    String startDateTime,
    String endDateTime) {

  /** Where its scores are posted: a path segment inserted before the query (LTI-CHECKLIST rule 8). */
  public String scoresUrl() {
    return withQuery(base() + "/scores");
  }

  /** Where its results are read. */
  public String resultsUrl() {
    return withQuery(base() + "/results");
  }

  String scoresPath() {
    return path + "/scores";
  }

  String resultsPath() {
    return path + "/results";
  }

  /** The line item JSON, as GET answers it. Moodle also writes the legacy {@code ltiLinkId}. */
  JsonObject toJson(boolean legacyLinkId) {
    JsonObjectBuilder json =
        Jsonp.createObjectBuilder().add("id", id).add("label", label).add("scoreMaximum", scoreMaximum);
    if (resourceId != null) {
      json.add("resourceId", resourceId);
    }
    if (tag != null) {
      json.add("tag", tag);
    }
    if (resourceLinkId != null) {
      json.add("resourceLinkId", resourceLinkId);
      if (legacyLinkId) {
        json.add("ltiLinkId", resourceLinkId);
      }
    }
    if (startDateTime != null) {
      json.add("startDateTime", startDateTime);
    }
    if (endDateTime != null) {
      json.add("endDateTime", endDateTime);
    }
    return json.build();
  }

  private String base() {
    int q = id.indexOf('?');
    return q < 0 ? id : id.substring(0, q);
  }

  private String withQuery(String url) {
    return query.isEmpty() ? url : url + "?" + query;
  }
}
