package es.conectaempleo.lti.lti.ags;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of a line-item container GET. A platform may ignore any of them, so check the fields
 * of what comes back before relying on a match. Immutable.
 *
 * @param resourceLinkId only line items of this resource link; may be {@code null}
 * @param resourceId only line items with this tool resource id; may be {@code null}
 * @param tag only line items with this tag; may be {@code null}
 * @param limit the page size asked for; may be {@code null} (the platform's default)
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#container-request-filters">AGS 2.0
 *     §3.2.5</a>
 */
public record LineItemFilter(String resourceLinkId, String resourceId, String tag, Integer limit) {

  /** Every line item the tool may see. */
  public static LineItemFilter all() {
    return new LineItemFilter(null, null, null, null);
  }

  /**
   * @param resourceLinkId never {@code null}
   */
  public static LineItemFilter forResourceLink(String resourceLinkId) {
    return new LineItemFilter(resourceLinkId, null, null, null);
  }

  /**
   * @param resourceId may be {@code null}
   */
  public LineItemFilter withResourceId(String resourceId) {
    return new LineItemFilter(resourceLinkId, resourceId, tag, limit);
  }

  /**
   * @param tag may be {@code null}
   */
  public LineItemFilter withTag(String tag) {
    return new LineItemFilter(resourceLinkId, resourceId, tag, limit);
  }

  /**
   * @param limit may be {@code null}
   */
  public LineItemFilter withLimit(Integer limit) {
    return new LineItemFilter(resourceLinkId, resourceId, tag, limit);
  }

  /** The query parameters, in a fixed order. */
  Map<String, String> queryParameters() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("resource_link_id", resourceLinkId);
    // Moodle versions before resource_link_id only read their pre-release name lti_link_id.
    query.put("lti_link_id", resourceLinkId);
    query.put("resource_id", resourceId);
    query.put("tag", tag);
    query.put("limit", limit == null ? null : limit.toString());
    return query;
  }
}
