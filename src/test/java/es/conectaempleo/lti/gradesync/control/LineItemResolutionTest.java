package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.ags.LineItem;
import es.conectaempleo.lti.lti.ags.LineItemFilter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which line items are asked for and which listed one is the placement's (platforms may ignore the
 * container filters).
 */
class LineItemResolutionTest {
  private static LineItem item(int id, String tag, String resourceLinkId) {
    return new LineItem(URI.create("https://lms.example/lineitems/" + id), 100.0, "L" + id, null, tag, resourceLinkId, null, null);
  }

  @Test
  void testLinkFilterTaggedWhenCreatingIsAllowed() {
    assertThat(LineItemResolution.linkFilter("12", true))
        .isEqualTo(new LineItemFilter("12", null, LineItemResolution.TAG, null));
  }

  @Test
  void testLinkFilterUntaggedWhenCreatingIsNotAllowed() {
    assertThat(LineItemResolution.linkFilter("12", false))
        .as("the LMS's own line item of the link has no tag of ours")
        .isEqualTo(LineItemFilter.forResourceLink("12"));
  }

  @Test
  void testOurTagOnOurLink() {
    var ours = item(3, LineItemResolution.TAG, "12");
    var items = List.of(item(1, LineItemResolution.TAG, "99"), item(2, null, "12"), ours);
    assertThat(LineItemResolution.choose(items, "12", true)).isEqualTo(ours);
    assertThat(LineItemResolution.choose(items, "12", false)).isEqualTo(ours);
  }

  @Test
  void testNothingOfOursCreatesWhenAllowed() {
    assertThat(LineItemResolution.choose(List.of(item(2, null, "12")), "12", true)).isNull();
    assertThat(LineItemResolution.choose(List.of(), "12", true)).isNull();
  }

  @Test
  void testSingleItemOfTheLinkUsedWhenCreatingIsNotAllowed() {
    var lms = item(2, "grade", "12");
    assertThat(LineItemResolution.choose(List.of(item(1, null, "7"), lms), "12", false)).isEqualTo(lms);
    assertThat(LineItemResolution.choose(List.of(lms, item(4, "other", "12")), "12", false))
        .as("which of two? none")
        .isNull();
  }
}
