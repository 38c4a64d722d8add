package es.conectaempleo.lti.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  private static final URI BASE =
      URI.create("https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3");

  @Test
  void testNext() {
    var links =
        LinkHeader.parse(
            List.of(
                "<https://canvas.example.com/api/lti/courses/1/line_items?page=1&per_page=10>;"
                    + " rel=\"current\",<https://canvas.example.com/api/lti/courses/1/line_items?page=2&per_page=10>;"
                    + " rel=\"next\",<https://canvas.example.com/api/lti/courses/1/line_items?page=1&per_page=10>;"
                    + " rel=\"first\",<https://canvas.example.com/api/lti/courses/1/line_items?page=3&per_page=10>;"
                    + " rel=\"last\""),
            BASE);

    assertThat(links.uri("next"))
        .contains(
            URI.create(
                "https://canvas.example.com/api/lti/courses/1/line_items?page=2&per_page=10"));
    assertThat(links.uri("last"))
        .contains(
            URI.create(
                "https://canvas.example.com/api/lti/courses/1/line_items?page=3&per_page=10"));
    assertThat(links.links()).hasSize(4);
  }

  /** Moodle's line-item and result containers: typographic quotes and HTML-escaped ampersands. */
  @Test
  void testNextTypographicQuotes() {
    String moodle =
        "<https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3&amp;limit=2&amp;from=0>;"
            + " rel=“first”,"
            + " <https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3&amp;limit=2&amp;from=0>;"
            + " rel=“canonical”,"
            + " <https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3&amp;limit=2&amp;from=2>;"
            + " rel=“next”,"
            + " <https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3&amp;limit=2&amp;from=3>;"
            + " rel=“last”";

    var links = LinkHeader.parse(List.of(moodle), BASE);

    assertThat(links.uri("next"))
        .contains(
            URI.create(
                "https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3&limit=2&from=2"));
  }

  /** What Java's HttpClient hands over for Moodle's UTF-8 quotes: each byte as one character. */
  @Test
  void testNextTypographicQuotesAsIso88591() {
    String wire =
        new String(
            "<https://x.example/p?from=0>; rel=“first”, <https://x.example/p?from=2>; rel=“next”"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);

    var links = LinkHeader.parse(List.of(wire), BASE);

    assertThat(links.uri("next")).contains(URI.create("https://x.example/p?from=2"));
    assertThat(links.uri("first")).contains(URI.create("https://x.example/p?from=0"));
  }

  @Test
  void testNextInSecondHeader() {
    var links =
        LinkHeader.parse(List.of("</a?from=0>; rel=\"first\"", "</a?from=10>; rel=\"next\""), BASE);

    assertThat(links.uri("NEXT")).contains(URI.create("https://moodle.example.org/a?from=10"));
  }

  @Test
  void testSeveralRelationsInOneLink() {
    var links = LinkHeader.parse(List.of("<https://x.example/p2>; rel=\"next last\""), BASE);

    assertThat(links.uri("next")).contains(URI.create("https://x.example/p2"));
    assertThat(links.uri("last")).contains(URI.create("https://x.example/p2"));
  }

  @Test
  void testUnquotedAndSingleQuotedRelations() {
    var links =
        LinkHeader.parse(
            List.of(
                "<https://x.example/p1>; rel=prev, <https://x.example/p3>; title=\"n\";"
                    + " rel='next'"),
            BASE);

    assertThat(links.uri("prev")).contains(URI.create("https://x.example/p1"));
    assertThat(links.uri("next")).contains(URI.create("https://x.example/p3"));
  }

  @Test
  void testCommaInsideTarget() {
    var links =
        LinkHeader.parse(List.of("<https://x.example/m?role=a,b&from=5>; rel=\"next\""), BASE);

    assertThat(links.uri("next")).contains(URI.create("https://x.example/m?role=a,b&from=5"));
  }

  /** A broken {@code last} (Moodle branches build it wrongly) never hides {@code next}. */
  @Test
  void testMalformedLastIgnored() {
    var links =
        LinkHeader.parse(
            List.of(
                "<https://x.example/p?from=0>; rel=“first”, <https://x.example/p?from=2>;"
                    + " rel=“next”, <https://x.example/p q^{}>; rel=“last”, <; rel=“last”,"
                    + " <https://x.example/broken"),
            BASE);

    assertThat(links.uri("next")).contains(URI.create("https://x.example/p?from=2"));
    assertThat(links.uri("last")).isEmpty();
  }

  @Test
  void testNextMissing() {
    var links = LinkHeader.parse(List.of("<https://x.example/p?from=0>; rel=“first”"), BASE);

    assertThat(links.uri("next")).isEmpty();
    assertThat(LinkHeader.parse(List.of(), BASE).uri("next")).isEmpty();
    assertThat(LinkHeader.parse(List.of("garbage, ; rel=next"), BASE).uri("next")).isEmpty();
  }
}
