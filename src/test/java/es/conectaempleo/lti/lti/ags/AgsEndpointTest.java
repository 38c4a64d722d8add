package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AgsEndpointTest {

  /** AGS 2.0 §3.1 claim example. */
  @Test
  void testSpecExample() throws Exception {
    var claim =
        JSONObjectUtils.parse(
            """
            {
              "scope": [
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"
              ],
              "lineitems": "https://www.myuniv.example.com/2344/lineitems/",
              "lineitem": "https://www.myuniv.example.com/2344/lineitems/1234/lineitem"
            }
            """);

    AgsEndpoint endpoint = AgsEndpoint.fromClaim(claim).orElseThrow();

    assertThat(endpoint.lineItemsUrl())
        .contains(URI.create("https://www.myuniv.example.com/2344/lineitems/"));
    assertThat(endpoint.lineItemUrl())
        .contains(URI.create("https://www.myuniv.example.com/2344/lineitems/1234/lineitem"));
    assertThat(endpoint.canPostScores()).isTrue();
    assertThat(endpoint.canManageLineItems()).isTrue();
    assertThat(endpoint.allows(AgsScopes.LINEITEM_READONLY)).isFalse();
  }

  /** Moodle "grade sync only": no lineitem scope; with several grade items, no lineitem. */
  @Test
  void testMoodleWithoutLineItem() throws Exception {
    var claim =
        JSONObjectUtils.parse(
            "{\"scope\":[\""
                + AgsScopes.LINEITEM_READONLY
                + "\",\""
                + AgsScopes.RESULT_READONLY
                + "\",\""
                + AgsScopes.SCORE
                + "\"],\"lineitems\":\"https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3\"}");

    AgsEndpoint endpoint = AgsEndpoint.fromClaim(claim).orElseThrow();

    assertThat(endpoint.lineItemUrl()).isEmpty();
    assertThat(endpoint.lineItemsUrl().orElseThrow().getQuery()).isEqualTo("type_id=3");
    assertThat(endpoint.canManageLineItems()).isFalse();
  }

  @Test
  void testUrlsTooLongToKeepAbsent() {
    String longest = "https://lms.example.org/" + "x".repeat(JsonMembers.MAX_URL_LENGTH - 24);
    var claim =
        java.util.Map.<String, Object>of(
            "scope", java.util.List.of(AgsScopes.SCORE), "lineitems", longest, "lineitem", longest + "y");

    AgsEndpoint endpoint = AgsEndpoint.fromClaim(claim).orElseThrow();

    assertThat(endpoint.lineItemsUrl()).contains(URI.create(longest));
    assertThat(endpoint.lineItemUrl()).isEmpty();
  }

  @Test
  void testMissing() throws Exception {
    assertThat(AgsEndpoint.fromClaim(null)).isEmpty();
    assertThat(AgsEndpoint.fromClaim(JSONObjectUtils.parse("{}"))).isEmpty();
  }

  @Test
  void testUnreadableUrlsAbsent() throws Exception {
    var claim =
        JSONObjectUtils.parse(
            "{\"scope\":[\""
                + AgsScopes.SCORE
                + "\", 7],\"lineitems\":\"not a url\",\"lineitem\":\"/relative/1\"}");

    AgsEndpoint endpoint = AgsEndpoint.fromClaim(claim).orElseThrow();

    assertThat(endpoint.lineItemsUrl()).isEmpty();
    assertThat(endpoint.lineItemUrl()).isEmpty();
    assertThat(endpoint.scopes()).containsExactly(AgsScopes.SCORE);
    assertThat(AgsEndpoint.fromClaim(JSONObjectUtils.parse("{\"lineitems\":42}"))).isEmpty();
  }

  /**
   * URLs the tool would not send its token to count as absent: plain http beyond loopback (an
   * intranet service), other schemes. Loopback http stays, for development and tests.
   */
  @Test
  void testUrlsTheToolMayNotCallAbsent() throws Exception {
    var claim =
        JSONObjectUtils.parse(
            "{\"scope\":[\""
                + AgsScopes.SCORE
                + "\"],\"lineitems\":\"http://intranet.example.org/lineitems\",\"lineitem\":\"file:///etc/passwd\"}");
    var loopback = JSONObjectUtils.parse("{\"lineitems\":\"http://127.0.0.1:8090/lineitems\"}");

    AgsEndpoint endpoint = AgsEndpoint.fromClaim(claim).orElseThrow();

    assertThat(endpoint.lineItemsUrl()).isEmpty();
    assertThat(endpoint.lineItemUrl()).isEmpty();
    assertThat(AgsEndpoint.fromClaim(loopback).orElseThrow().lineItemsUrl())
        .contains(URI.create("http://127.0.0.1:8090/lineitems"));
  }
}
