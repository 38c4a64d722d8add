package es.conectaempleo.lti.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepLinkingSettingsTest {
  private static Map<String, Object> moodle() {
    var claim = new HashMap<String, Object>();
    claim.put("deep_link_return_url", "https://moodle.example.org/mod/lti/contentitem_return.php?course=2&id=3&sesskey=x");
    claim.put("accept_types", List.of("ltiResourceLink"));
    claim.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
    claim.put("accept_multiple", true);
    claim.put("auto_create", false);
    return claim;
  }

  @Test
  void testMoodleSettings() throws LaunchRejectedException {
    DeepLinkingSettings settings = DeepLinkingSettings.from(moodle());

    assertThat(settings.returnUrl().getQuery()).isEqualTo("course=2&id=3&sesskey=x");
    assertThat(settings.acceptsResourceLinks()).isTrue();
    assertThat(settings.acceptMultiple()).isTrue();
    assertThat(settings.acceptLineItem()).as("absent means yes").isTrue();
    assertThat(settings.data()).isNull();
  }

  @Test
  void testDataAndLineItemRefusal() throws LaunchRejectedException {
    var claim = moodle();
    claim.put("data", "opaque-123");
    claim.put("accept_lineitem", false);
    claim.remove("accept_multiple");

    DeepLinkingSettings settings = DeepLinkingSettings.from(claim);

    assertThat(settings.data()).isEqualTo("opaque-123");
    assertThat(settings.acceptLineItem()).isFalse();
    assertThat(settings.acceptMultiple()).as("absent means one").isFalse();
  }

  @Test
  void testRequiredMembers() {
    var noUrl = moodle();
    noUrl.remove("deep_link_return_url");
    assertRejected(noUrl, Rejection.CLAIM_MISSING);
    var noTypes = moodle();
    noTypes.remove("accept_types");
    assertRejected(noTypes, Rejection.CLAIM_MISSING);
    assertRejected(null, Rejection.CLAIM_MISSING);
  }

  @Test
  void testReturnUrlMustBeHttpsOrLoopback() {
    var script = moodle();
    script.put("deep_link_return_url", "javascript:alert(1)");
    assertRejected(script, Rejection.CLAIM_INVALID);
    var plain = moodle();
    plain.put("deep_link_return_url", "http://moodle.example.org/mod/lti/contentitem_return.php");
    assertRejected(plain, Rejection.CLAIM_INVALID);
    var types = moodle();
    types.put("accept_types", List.of(1, 2));
    assertRejected(types, Rejection.CLAIM_INVALID);
  }

  private static void assertRejected(Map<String, Object> claim, Rejection reason) {
    assertThatThrownBy(() -> DeepLinkingSettings.from(claim))
        .isInstanceOfSatisfying(LaunchRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
