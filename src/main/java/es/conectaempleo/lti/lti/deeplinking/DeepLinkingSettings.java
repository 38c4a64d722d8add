package es.conectaempleo.lti.lti.deeplinking;

import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.PlatformUrls;
import es.conectaempleo.lti.lti.Rejection;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a deep-linking request lets the tool return (the {@code deep_linking_settings} claim).
 * Immutable.
 *
 * @param returnUrl where the browser posts the response; https, or http on loopback
 * @param acceptTypes the content item types the platform takes, e.g. {@code ltiResourceLink}
 * @param acceptMultiple whether more than one item may be returned
 * @param acceptLineItem whether a returned link may ask for a gradebook column; absent means yes
 * @param data the platform's opaque value, to be returned exactly; may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-settings">DL 2.0 §4.4.1</a>
 */
public record DeepLinkingSettings(
    URI returnUrl, List<String> acceptTypes, boolean acceptMultiple, boolean acceptLineItem, String data) {

  public static final String LTI_RESOURCE_LINK = "ltiResourceLink";

  public DeepLinkingSettings {
    acceptTypes = List.copyOf(acceptTypes);
  }

  /**
   * @param claim the claim's object; may be {@code null}
   * @throws LaunchRejectedException {@link Rejection#CLAIM_MISSING} without a return URL or accepted
   *     types, {@link Rejection#CLAIM_INVALID} when they are malformed
   */
  public static DeepLinkingSettings from(Map<String, Object> claim) throws LaunchRejectedException {
    if (claim == null || !(claim.get("deep_link_return_url") instanceof String url) || url.isBlank()) {
      throw new LaunchRejectedException(
          Rejection.CLAIM_MISSING, "deep_linking_settings.deep_link_return_url is missing");
    }
    URI returnUrl;
    try {
      returnUrl = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw invalid("deep_link_return_url is not a URL");
    }
    if (!PlatformUrls.isCallable(returnUrl)) {
      throw invalid("deep_link_return_url must be https (or http on loopback)");
    }
    if (!(claim.get("accept_types") instanceof List<?> types) || types.isEmpty()) {
      throw new LaunchRejectedException(
          Rejection.CLAIM_MISSING, "deep_linking_settings.accept_types is missing");
    }
    if (!types.stream().allMatch(String.class::isInstance)) {
      throw invalid("accept_types must be strings");
    }
    Object data = claim.get("data");
    return new DeepLinkingSettings(
        returnUrl,
        types.stream().map(String.class::cast).toList(),
        Boolean.TRUE.equals(claim.get("accept_multiple")),
        !Boolean.FALSE.equals(claim.get("accept_lineitem")),
        data instanceof String s ? s : null);
  }

  /** Whether LTI resource links, the only items this tool returns, are accepted. */
  public boolean acceptsResourceLinks() {
    return acceptTypes.contains(LTI_RESOURCE_LINK);
  }

  private static LaunchRejectedException invalid(String detail) {
    return new LaunchRejectedException(Rejection.CLAIM_INVALID, "deep_linking_settings: " + detail);
  }
}
