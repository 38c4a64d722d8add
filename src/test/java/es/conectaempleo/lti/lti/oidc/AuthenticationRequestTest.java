package es.conectaempleo.lti.lti.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authentication request of Security Framework 1.0 §5.1.1.2: every parameter, hints echoed
 * unchanged, values URL-encoded, and authorization endpoints that already carry a query.
 */
class AuthenticationRequestTest {
  private static final URI MOODLE_AUTH = URI.create("https://campus.conectaempleo.es/moodle/mod/lti/auth.php");
  private static final URI CANVAS_AUTH = URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect");
  private static final String REDIRECT_URI = "https://lti.conectaempleo.es/launch";
  private static final String STATE = "Zm9vYmFyLXN0YXRlLTEyMzQ1Njc4OTA";
  private static final String NONCE = "bm9uY2UtOTg3NjU0MzIxMA";

  private static LoginInitiation login(String loginHint, String messageHint) {
    return new LoginInitiation(
        "https://campus.conectaempleo.es",
        loginHint,
        REDIRECT_URI,
        messageHint,
        "GISQB0HdF95ijvc",
        "3",
        null);
  }

  private static AuthenticationRequest request(URI endpoint, LoginInitiation login) {
    return new AuthenticationRequest(endpoint, "GISQB0HdF95ijvc", REDIRECT_URI, login, STATE, NONCE);
  }

  /** The query of a URI as decoded (name, value) pairs, in order. */
  private static List<Map.Entry<String, String>> query(URI uri) {
    var pairs = new ArrayList<Map.Entry<String, String>>();
    for (String pair : uri.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      pairs.add(
          Map.entry(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
    }
    return pairs;
  }

  @Test
  void testParameters() {
    var request = request(MOODLE_AUTH, login("5", "{\"cmid\":42,\"launchid\":\"ltilaunch7_1834957\"}"));

    assertThat(request.parameters())
        .containsExactly(
            entry("scope", "openid"),
            entry("response_type", "id_token"),
            entry("response_mode", "form_post"),
            entry("prompt", "none"),
            entry("client_id", "GISQB0HdF95ijvc"),
            entry("redirect_uri", REDIRECT_URI),
            entry("login_hint", "5"),
            entry("lti_message_hint", "{\"cmid\":42,\"launchid\":\"ltilaunch7_1834957\"}"),
            entry("state", STATE),
            entry("nonce", NONCE));
  }

  @Test
  void testParametersAreUnmodifiable() {
    var request = request(MOODLE_AUTH, login("5", null));

    assertThatThrownBy(() -> request.parameters().put("prompt", "login"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void testMessageHintMissing() {
    var request = request(MOODLE_AUTH, login("5", null));

    assertThat(request.parameters()).doesNotContainKey("lti_message_hint");
    assertThat(request.toUri().getRawQuery()).doesNotContain("lti_message_hint");
  }

  @Test
  void testToUri() {
    var request = request(MOODLE_AUTH, login("5", "{\"cmid\":42,\"launchid\":\"ltilaunch7_1834957\"}"));

    URI uri = request.toUri();

    assertThat(uri.getScheme()).isEqualTo("https");
    assertThat(uri.getHost()).isEqualTo("campus.conectaempleo.es");
    assertThat(uri.getRawPath()).isEqualTo("/moodle/mod/lti/auth.php");
    assertThat(uri.getRawFragment()).isNull();
    assertThat(query(uri)).containsExactlyElementsOf(request.parameters().entrySet());
  }

  @Test
  void testToUriEncodesValues() {
    var request = request(CANVAS_AUTH, login("5", "a b"));

    String query = request.toUri().getRawQuery();

    assertThat(query)
        .contains("redirect_uri=https%3A%2F%2Flti.conectaempleo.es%2Flaunch")
        .contains("lti_message_hint=a+b")
        .startsWith("scope=openid&response_type=id_token&response_mode=form_post&prompt=none&");
  }

  @Test
  void testMoodleMessageHintEchoedByteForByte() {
    String hint = "{\"cmid\":42,\"launchid\":\"ltilaunch7_1834957\"}";

    URI uri = request(MOODLE_AUTH, login("5", hint)).toUri();

    assertThat(uri.getRawQuery()).doesNotContain("{", "\"", "}", ":");
    assertThat(query(uri)).contains(entry("lti_message_hint", hint), entry("login_hint", "5"));
  }

  @Test
  void testCanvasHintsEchoedByteForByte() {
    String loginHint = "535fa085f22b4655f48cd5a36a9215f64c062838";
    String messageHint =
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ2ZXJpZmllciI6IjEyMyJ9.c2lnbmF0dXJl-_";

    URI uri = request(CANVAS_AUTH, login(loginHint, messageHint)).toUri();

    assertThat(query(uri))
        .contains(entry("login_hint", loginHint), entry("lti_message_hint", messageHint));
  }

  @Test
  void testOddCharactersEchoedByteForByte() {
    String loginHint = " user+1@example.org ";
    String messageHint = "a&b=c;d?e#f/g%20h+i j\"k'l<m>n\\o\tp\nq ñ€😀 {\"x\":[1,2]}";

    URI uri = request(MOODLE_AUTH, login(loginHint, messageHint)).toUri();

    assertThat(uri.getRawFragment()).isNull();
    assertThat(query(uri))
        .hasSize(10)
        .contains(entry("login_hint", loginHint), entry("lti_message_hint", messageHint));
  }

  @Test
  void testEndpointWithQuery() {
    URI endpoint = URI.create("https://lms.example.org/auth.php?type_id=3&lang=es");

    URI uri = request(endpoint, login("5", null)).toUri();

    assertThat(uri.toString())
        .startsWith("https://lms.example.org/auth.php?type_id=3&lang=es&scope=openid&");
    assertThat(query(uri)).startsWith(entry("type_id", "3"), entry("lang", "es"), entry("scope", "openid"));
  }

  @Test
  void testEndpointWithEncodedQueryKeptAsIs() {
    URI endpoint = URI.create("https://lms.example.org/auth?next=%2Fcourse%3Fid%3D2");

    URI uri = request(endpoint, login("5", null)).toUri();

    assertThat(uri.getRawQuery()).startsWith("next=%2Fcourse%3Fid%3D2&scope=openid&");
  }
}
