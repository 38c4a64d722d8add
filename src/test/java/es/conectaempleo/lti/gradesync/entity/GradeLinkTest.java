package es.conectaempleo.lti.gradesync.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeLinkTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final URI ITEMS = URI.create("https://moodle.example/mod/lti/services.php/2/lineitems?type_id=3");
  private static final URI ITEM = URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3");
  private static final List<String> SCOPES =
      List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score");

  @Test
  void testClaimLineItemIsUsedAtOnce() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, ITEM, SCOPES, NOW);
    assertThat(link.lineItemUrl()).isEqualTo(ITEM);
    assertThat(link.lineItemOrigin()).isEqualTo(GradeLink.Origin.CLAIM);
    assertThat(link.scopes()).isEqualTo(SCOPES);
    assertThat(link.courseId()).isEqualTo(9L);
  }

  @Test
  void testSameClaimChangesNothing() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, null, SCOPES, NOW);
    link.useLineItem(ITEM, GradeLink.Origin.CREATED);
    assertThat(link.point(1, null, ITEMS, null, SCOPES, NOW.plusSeconds(5))).isFalse();
    assertThat(link.lineItemUrl()).as("the created line item stays").isEqualTo(ITEM);
    assertThat(link.courseId()).as("an unknown course keeps the known one").isEqualTo(9L);
  }

  @Test
  void testNewContainerForgetsAFoundLineItem() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, null, SCOPES, NOW);
    link.useLineItem(ITEM, GradeLink.Origin.FOUND);
    assertThat(link.point(1, 9L, URI.create("https://moodle.example/other/lineitems"), null, SCOPES, NOW)).isTrue();
    assertThat(link.lineItemUrl()).isNull();
  }

  @Test
  void testClaimLineItemReplacesAResolvedOne() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, null, SCOPES, NOW);
    link.useLineItem(URI.create("https://moodle.example/created"), GradeLink.Origin.CREATED);
    link.point(1, 9L, ITEMS, ITEM, SCOPES, NOW);
    assertThat(link.lineItemUrl()).isEqualTo(ITEM);
    assertThat(link.lineItemOrigin()).isEqualTo(GradeLink.Origin.CLAIM);
  }

  @Test
  void testGoneLineItemTheToolMadeIsForgotten() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, null, SCOPES, NOW);
    link.useLineItem(ITEM, GradeLink.Origin.CREATED);

    assertThat(link.lineItemGone(ITEM)).isTrue();
    assertThat(link.lineItemUrl()).isNull();
    assertThat(link.lineItemGone(ITEM)).as("already forgotten by another delivery: look again").isTrue();
  }

  @Test
  void testGoneLineItemAlreadyReplacedLeavesTheNewOne() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, null, SCOPES, NOW);
    URI replacement = URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/8/lineitem?type_id=3");
    link.useLineItem(replacement, GradeLink.Origin.CREATED);

    assertThat(link.lineItemGone(ITEM)).isTrue();
    assertThat(link.lineItemUrl()).isEqualTo(replacement);
  }

  @Test
  void testGoneClaimLineItemStays() {
    var link = new GradeLink(5, 1, NOW);
    link.point(1, 9L, ITEMS, ITEM, SCOPES, NOW);

    assertThat(link.lineItemGone(ITEM)).isFalse();
    assertThat(link.lineItemUrl()).isEqualTo(ITEM);
  }
}
