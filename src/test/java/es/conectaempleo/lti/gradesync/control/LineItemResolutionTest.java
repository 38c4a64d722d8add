package es.conectaempleo.lti.gradesync.control;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ags.LineItem;
import es.conectaempleo.lti.lti.ags.LineItemFilter;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which line items are asked for and which listed one is the placement's (platforms may ignore the
 * container filters).
 */
class LineItemResolutionTest {
  private static final URI CONTAINER = URI.create("https://lms.example/lineitems");

  private static LineItem item(int id, String tag, String resourceLinkId) {
    return item(id, tag, null, resourceLinkId);
  }

  private static LineItem item(int id, String tag, String resourceId, String resourceLinkId) {
    return new LineItem(URI.create(CONTAINER + "/" + id), 100.0, "L" + id, resourceId, tag, resourceLinkId, null, null);
  }

  private static ServiceCallException answered(int status) {
    return new ServiceCallException(
        ServiceFailure.status("POST", CONTAINER, status, HttpHeaders.of(Map.of(), (n, v) -> true), "", Instant.now()));
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
  void testCourseFilter() {
    assertThat(LineItemResolution.courseFilter("nube"))
        .isEqualTo(new LineItemFilter(null, "nube", LineItemResolution.TAG, null));
  }

  @Test
  void testUnattachedLineItemOfTheCourse() {
    var ours = item(4, LineItemResolution.TAG, "nube", null);
    var items = List.of(
        item(1, LineItemResolution.TAG, "nube", "12"),
        item(2, LineItemResolution.TAG, "datos", null),
        item(3, "teacher", "nube", null),
        ours);
    assertThat(LineItemResolution.unattached(items, "nube")).isEqualTo(ours);
  }

  @Test
  void testUnattachedLineItemMissing() {
    assertThat(LineItemResolution.unattached(List.of(item(1, LineItemResolution.TAG, "nube", "12")), "nube")).isNull();
    assertThat(LineItemResolution.unattached(List.of(), "nube")).isNull();
  }

  @Test
  void testLinkRefusedWith404Or412() {
    assertThat(LineItemResolution.refusesTheLink(answered(404))).as("Canvas: no resource link record").isTrue();
    assertThat(LineItemResolution.refusesTheLink(answered(412))).as("Canvas: the link has no line items").isTrue();
  }

  @Test
  void testOtherFailuresAreNoRefusalOfTheLink() {
    assertThat(LineItemResolution.refusesTheLink(answered(400))).as("Moodle: not an activity of the course").isFalse();
    assertThat(LineItemResolution.refusesTheLink(answered(403))).isFalse();
    assertThat(LineItemResolution.refusesTheLink(answered(500))).isFalse();
    assertThat(LineItemResolution.refusesTheLink(new ServiceCallException(ServiceFailure.timeout("POST", CONTAINER))))
        .isFalse();
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
