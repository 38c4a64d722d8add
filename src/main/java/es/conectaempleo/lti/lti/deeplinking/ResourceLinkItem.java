package es.conectaempleo.lti.lti.deeplinking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code ltiResourceLink} content item: a link the platform creates, launched with these custom
 * parameters. Immutable.
 *
 * @param title the link's title in the platform; never {@code null}
 * @param text a short description; may be {@code null}
 * @param url the launch URL; may be {@code null} (the tool's default target)
 * @param custom custom parameters the platform sends back in every launch of the link
 * @param gradeColumn the gradebook column the platform should create; may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#lti-resource-link">DL 2.0 §3.1</a>
 */
public record ResourceLinkItem(String title, String text, String url, Map<String, String> custom, GradeColumn gradeColumn) {

  /** The {@code lineItem} of a content item: the column the platform creates for the link. */
  public record GradeColumn(String label, int scoreMaximum, String resourceId, String tag) {}

  public ResourceLinkItem {
    custom = Map.copyOf(custom);
  }

  Map<String, Object> toJson() {
    var json = new LinkedHashMap<String, Object>();
    json.put("type", DeepLinkingSettings.LTI_RESOURCE_LINK);
    json.put("title", title);
    if (text != null) {
      json.put("text", text);
    }
    if (url != null) {
      json.put("url", url);
    }
    if (!custom.isEmpty()) {
      json.put("custom", new LinkedHashMap<>(custom));
    }
    if (gradeColumn != null) {
      var lineItem = new LinkedHashMap<String, Object>();
      lineItem.put("label", gradeColumn.label());
      lineItem.put("scoreMaximum", gradeColumn.scoreMaximum());
      lineItem.put("resourceId", gradeColumn.resourceId());
      lineItem.put("tag", gradeColumn.tag());
      json.put("lineItem", lineItem);
    }
    return json;
  }
}
