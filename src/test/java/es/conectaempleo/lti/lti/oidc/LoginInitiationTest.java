package es.conectaempleo.lti.lti.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Third-party-initiated login (Security Framework 1.0 §5.1.1.1, LTI Core 1.3 §4.1), with the
 * parameters Moodle ({@code lti_build_login_request}) and Canvas ({@code lti_advantage_adapter.rb})
 * really send.
 */
class LoginInitiationTest {
  private static final String MOODLE_MESSAGE_HINT = "{\"cmid\":42,\"launchid\":\"ltilaunch7_1834957\"}";
  private static final String CANVAS_MESSAGE_HINT =
      "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ2ZXJpZmllciI6IjEyMyIsImNhbnZhc19kb21haW4iOiJjYW52YXMuZXhhbXBsZS5lZHUifQ.c2lnbmF0dXJl";

  private static Map<String, String> moodleLogin() {
    var parameters = new HashMap<String, String>();
    parameters.put("iss", "https://campus.conectaempleo.es");
    parameters.put("target_link_uri", "https://lti.conectaempleo.es/launch");
    parameters.put("login_hint", "5");
    parameters.put("lti_message_hint", MOODLE_MESSAGE_HINT);
    parameters.put("client_id", "GISQB0HdF95ijvc");
    parameters.put("lti_deployment_id", "3");
    return parameters;
  }

  private static Map<String, String> canvasLogin() {
    var parameters = new HashMap<String, String>();
    parameters.put("iss", "https://canvas.instructure.com");
    parameters.put("login_hint", "535fa085f22b4655f48cd5a36a9215f64c062838");
    parameters.put("client_id", "10000000000011");
    parameters.put("deployment_id", "189:7f956bcc0f0cee6d7ac24cdd0b3dfd0df6a0e4b2");
    parameters.put("target_link_uri", "https://lti.conectaempleo.es/launch");
    parameters.put("lti_message_hint", CANVAS_MESSAGE_HINT);
    parameters.put("canvas_environment", "prod");
    parameters.put("canvas_region", "us-east-1");
    parameters.put("lti_storage_target", "post_message_forwarding");
    return parameters;
  }

  @Test
  void testMoodleLogin() throws Exception {
    LoginInitiation login = LoginInitiation.from(moodleLogin());

    assertThat(login.issuer()).isEqualTo("https://campus.conectaempleo.es");
    assertThat(login.loginHint()).isEqualTo("5");
    assertThat(login.targetLinkUri()).isEqualTo("https://lti.conectaempleo.es/launch");
    assertThat(login.messageHint()).isEqualTo(MOODLE_MESSAGE_HINT);
    assertThat(login.clientId()).isEqualTo("GISQB0HdF95ijvc");
    assertThat(login.deploymentId()).isEqualTo("3");
    assertThat(login.storageTarget()).isNull();
  }

  @Test
  void testCanvasLogin() throws Exception {
    LoginInitiation login = LoginInitiation.from(canvasLogin());

    assertThat(login.issuer()).isEqualTo("https://canvas.instructure.com");
    assertThat(login.loginHint()).isEqualTo("535fa085f22b4655f48cd5a36a9215f64c062838");
    assertThat(login.messageHint()).isEqualTo(CANVAS_MESSAGE_HINT);
    assertThat(login.clientId()).isEqualTo("10000000000011");
    assertThat(login.deploymentId()).isEqualTo("189:7f956bcc0f0cee6d7ac24cdd0b3dfd0df6a0e4b2");
    assertThat(login.storageTarget()).isEqualTo("post_message_forwarding");
  }

  @Test
  void testDeploymentIdStandardNameWins() throws Exception {
    var parameters = moodleLogin();
    parameters.put("deployment_id", "canvas-style");

    assertThat(LoginInitiation.from(parameters).deploymentId()).isEqualTo("3");
  }

  @Test
  void testDeploymentIdBlankStandardNameFallsBackToCanvasName() throws Exception {
    var parameters = canvasLogin();
    parameters.put("lti_deployment_id", " ");

    assertThat(LoginInitiation.from(parameters).deploymentId())
        .isEqualTo("189:7f956bcc0f0cee6d7ac24cdd0b3dfd0df6a0e4b2");
  }

  @Test
  void testOnlyRequiredParameters() throws Exception {
    var parameters =
        Map.of(
            "iss", "https://campus.conectaempleo.es",
            "login_hint", "5",
            "target_link_uri", "https://lti.conectaempleo.es/launch");

    LoginInitiation login = LoginInitiation.from(parameters);

    assertThat(login.messageHint()).isNull();
    assertThat(login.clientId()).isNull();
    assertThat(login.deploymentId()).isNull();
    assertThat(login.storageTarget()).isNull();
  }

  @Test
  void testOptionalParametersBlankAreAbsent() throws Exception {
    var parameters = canvasLogin();
    parameters.put("lti_message_hint", "");
    parameters.put("client_id", " ");
    parameters.put("lti_deployment_id", "\t");
    parameters.put("deployment_id", "");
    parameters.put("lti_storage_target", "  ");

    LoginInitiation login = LoginInitiation.from(parameters);

    assertThat(login.messageHint()).isNull();
    assertThat(login.clientId()).isNull();
    assertThat(login.deploymentId()).isNull();
    assertThat(login.storageTarget()).isNull();
  }

  @Test
  void testHintsKeptByteForByte() throws Exception {
    var parameters = moodleLogin();
    parameters.put("login_hint", " 5 ");
    parameters.put("lti_message_hint", "{\"a\": \"ñ €\\u00e9\", \"b\": [1, 2]}\t");

    LoginInitiation login = LoginInitiation.from(parameters);

    assertThat(login.loginHint()).isEqualTo(" 5 ");
    assertThat(login.messageHint()).isEqualTo("{\"a\": \"ñ €\\u00e9\", \"b\": [1, 2]}\t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
  void testRequiredParameterMissing(String name) {
    var parameters = moodleLogin();
    parameters.remove(name);

    assertThatThrownBy(() -> LoginInitiation.from(parameters))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Rejection.LOGIN_PARAMETER_MISSING);
              assertThat(e.getMessage()).startsWith("Launch rejected: ").contains(name);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
  void testRequiredParameterBlank(String name) {
    for (String blank : new String[] {"", " ", "\t\n"}) {
      var parameters = moodleLogin();
      parameters.put(name, blank);

      assertThatThrownBy(() -> LoginInitiation.from(parameters))
          .isInstanceOfSatisfying(
              LaunchRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(Rejection.LOGIN_PARAMETER_MISSING));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id", "deployment_id"})
  void testParameterLongerThanAnyLmsSendsRejected(String name) throws LaunchRejectedException {
    var parameters = moodleLogin();
    parameters.put(name, "7".repeat(LoginInitiation.MAX_LENGTH));
    assertThat(LoginInitiation.from(parameters)).isNotNull();

    parameters.put(name, "7".repeat(LoginInitiation.MAX_LENGTH + 1));
    assertThatThrownBy(() -> LoginInitiation.from(parameters))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Rejection.LOGIN_PARAMETER_TOO_LONG);
              assertThat(e.getMessage()).contains(name);
            });
  }
}
