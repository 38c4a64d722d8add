package es.conectaempleo.lti.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineItemTest {
  /** AGS 2.0 §3.2 line item example. */
  private static final String SPEC_EXAMPLE =
      """
      {
        "id" : "https://lms.example.com/context/2923/lineitems/1",
        "scoreMaximum" : 60,
        "label" : "Chapter 5 Test",
        "resourceId" : "a-9334df-33",
        "tag" : "grade",
        "resourceLinkId" : "1g3k4dlk49fk",
        "startDateTime": "2018-03-06T20:05:02Z",
        "endDateTime": "2018-04-06T22:05:03Z"
      }
      """;

  @Test
  void testSpecExample() throws Exception {
    LineItem item = LineItem.fromJson(JSONObjectUtils.parse(SPEC_EXAMPLE));

    assertThat(item)
        .isEqualTo(
            new LineItem(
                URI.create("https://lms.example.com/context/2923/lineitems/1"),
                60.0,
                "Chapter 5 Test",
                "a-9334df-33",
                "grade",
                "1g3k4dlk49fk",
                Instant.parse("2018-03-06T20:05:02Z"),
                Instant.parse("2018-04-06T22:05:03Z")));
    assertThat(JSONObjectUtils.parse(item.toJson())).isEqualTo(JSONObjectUtils.parse(SPEC_EXAMPLE));
  }

  /** Moodle: ltiLinkId, numbers as strings from PHP, empty strings for absent values. */
  @Test
  void testMoodleShape() throws Exception {
    LineItem item =
        LineItem.fromJson(
            JSONObjectUtils.parse(
                "{\"id\":\"https://moodle.example.org/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3\","
                    + "\"label\":\"Fundamentos\",\"scoreMaximum\":\"100.00000\",\"resourceId\":\"\","
                    + "\"tag\":\"\",\"ltiLinkId\":\"12\"}"));

    assertThat(item.id().getQuery()).isEqualTo("type_id=3");
    assertThat(item.scoreMaximum()).isEqualTo(100.0);
    assertThat(item.resourceId()).isNull();
    assertThat(item.tag()).isNull();
    assertThat(item.resourceLinkId()).isEqualTo("12");
  }

  @Test
  void testIdMissing() throws Exception {
    assertThat(LineItem.fromJson(JSONObjectUtils.parse("{\"label\":\"x\",\"scoreMaximum\":1}")))
        .isNull();
  }

  @Test
  void testToCreate() throws Exception {
    String json =
        LineItem.toCreate("Curso: Excel básico", 100)
            .withTag("grade")
            .withResourceId("course-7")
            .toJson();

    assertThat(JSONObjectUtils.parse(json))
        .containsOnlyKeys("scoreMaximum", "label", "resourceId", "tag")
        .containsEntry("scoreMaximum", 100L)
        .containsEntry("label", "Curso: Excel básico");
  }

  @Test
  void testToCreateRejected() {
    assertThatThrownBy(() -> LineItem.toCreate(" ", 100).toJson())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LineItem.toCreate("x", 0).toJson())
        .isInstanceOf(IllegalStateException.class);
  }
}
