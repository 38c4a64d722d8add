package es.conectaempleo.lti.lti.launch;

import static es.conectaempleo.lti.lti.launch.LaunchFixtures.canvasLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.map;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.moodleLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.newKey;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import es.conectaempleo.lti.lti.claims.MessageType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LTI claims of a verified launch (LTI Core 1.3 §5.3 required, §5.4 optional), read from
 * Moodle- and Canvas-shaped id_tokens that went through parsing and signature verification.
 */
class LaunchMessageTest {
  private static final RSAKey KEY = newKey("platform-key");
  private static final Instant NOW = Instant.parse("2025-03-10T09:15:00Z");
  private static final String DEEP_LINKING_RETURN =
      "https://campus.conectaempleo.es/mod/lti/contentitem_return.php?course=2&id=3&sesskey=abc";

  private static LaunchMessage message(JWTClaimsSet claims, PlatformConfig platform) throws LaunchRejectedException {
    return new IdTokenVerifier(Duration.ofSeconds(30), Duration.ofMinutes(10))
        .verify(UnverifiedIdToken.parse(sign(claims, KEY)), platform, LaunchFixtures.keySource(KEY), NOW);
  }

  private static LaunchMessage moodle(JWTClaimsSet.Builder claims) throws LaunchRejectedException {
    return message(claims.build(), LaunchFixtures.moodle());
  }

  private static LaunchMessage canvas(JWTClaimsSet.Builder claims) throws LaunchRejectedException {
    return message(claims.build(), LaunchFixtures.canvas());
  }

  private static void assertRejected(JWTClaimsSet.Builder moodleClaims, Rejection reason) throws Exception {
    LaunchMessage message = moodle(moodleClaims);

    assertThatThrownBy(message::requireSupported)
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).startsWith("Launch rejected: ");
            });
  }

  private static JWTClaimsSet.Builder deepLinking(Instant now) {
    return moodleLaunch(now)
        .claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest")
        .claim(LtiClaims.RESOURCE_LINK, null)
        .claim(LtiClaims.TARGET_LINK_URI, null)
        .claim(
            LtiClaims.DEEP_LINKING_SETTINGS,
            map(
                "deep_link_return_url", DEEP_LINKING_RETURN,
                "accept_types", List.of("ltiResourceLink"),
                "accept_presentation_document_targets", List.of("iframe", "window"),
                "accept_multiple", true,
                "data", "{\"typeid\":3}"));
  }

  // Accept sets: what Moodle and Canvas really send

  @Test
  void testMoodleLaunch() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.messageType()).isEqualTo("LtiResourceLinkRequest");
    assertThat(message.issuer()).isEqualTo("https://campus.conectaempleo.es");
    assertThat(message.subject()).isEqualTo("5");
    assertThat(message.deploymentId()).isEqualTo("3");
    assertThat(message.targetLinkUri()).isEqualTo("https://lti.conectaempleo.es/launch");
    assertThat(message.resourceLinkId()).hasValue("12");
    assertThat(message.resourceLinkTitle()).hasValue("Hojas de cálculo");
    assertThat(message.contextId()).hasValue("2");
    assertThat(message.contextLabel()).hasValue("PROG101");
    assertThat(message.contextTitle()).hasValue("Fundamentos de programación");
    assertThat(message.roles().isLearner()).isTrue();
    assertThat(message.roles().isStaff()).isFalse();
    assertThat(message.locale()).hasValue("es_mx");
    assertThat(message.custom()).containsExactly(entry("course", "excel-basico"));
  }

  @Test
  void testMoodleLaunchWithoutNameAndEmail() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW));

    assertThat(message.name()).isEmpty();
    assertThat(message.givenName()).isEmpty();
    assertThat(message.familyName()).isEmpty();
    assertThat(message.email()).isEmpty();
  }

  @Test
  void testMoodleLaunchWithNameAndEmail() throws Exception {
    LaunchMessage message =
        moodle(
            moodleLaunch(NOW)
                .claim("name", "José Luis Pérez")
                .claim("given_name", "José Luis")
                .claim("family_name", "Pérez")
                .claim("email", "jlperez@example.org"));

    assertThat(message.name()).hasValue("José Luis Pérez");
    assertThat(message.givenName()).hasValue("José Luis");
    assertThat(message.familyName()).hasValue("Pérez");
    assertThat(message.email()).hasValue("jlperez@example.org");
  }

  @Test
  void testMoodleServiceClaims() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW));

    assertThat(message.stringList(LtiClaims.AGS_ENDPOINT, "scope"))
        .containsExactly(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score");
    assertThat(message.member(LtiClaims.AGS_ENDPOINT, "lineitem"))
        .isEqualTo("https://campus.conectaempleo.es/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3");
    assertThat(message.stringList(LtiClaims.NRPS_SERVICE, "service_versions")).containsExactly("1.0", "2.0");
    assertThat(message.object(LtiClaims.TOOL_PLATFORM)).containsEntry("family_code", "moodle");
  }

  @Test
  void testCanvasLaunch() throws Exception {
    LaunchMessage message = canvas(canvasLaunch(NOW));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.issuer()).isEqualTo("https://canvas.instructure.com");
    assertThat(message.subject()).isEqualTo("535fa085-f22b-4655-f48c-d5a36a9215f6");
    assertThat(message.deploymentId()).isEqualTo("189:7f956bcc0f0cee6d7ac24cdd0b3dfd0df6a0e4b2");
    assertThat(message.resourceLinkId()).hasValue("fa3a7a0d2e6c4b3b9f1d0e5c8a7b6d4e3f2a1b0c");
    assertThat(message.resourceLinkTitle()).hasValue("Excel básico");
    assertThat(message.contextId()).hasValue("4dde05e8ca1973bcca9bffc13e1548820eee93a3");
    assertThat(message.contextLabel()).hasValue("EXC-2025");
    assertThat(message.contextTitle()).hasValue("Excel para el empleo");
    assertThat(message.name()).hasValue("Lucía Fernández");
    assertThat(message.givenName()).hasValue("Lucía");
    assertThat(message.familyName()).hasValue("Fernández");
    assertThat(message.email()).hasValue("lucia@example.edu");
    assertThat(message.roles().isLearner()).isTrue();
    assertThat(message.roles().isStaff()).isFalse();
    assertThat(message.locale()).hasValue("en-GB");
    assertThat(message.custom())
        .containsOnly(entry("course", "excel-basico"), entry("canvas_user_id", "1234"));
    assertThat(message.stringList(LtiClaims.NRPS_SERVICE, "service_versions")).containsExactly("2.0");
  }

  @Test
  void testCanvasLaunchAnonymousPrivacyLevel() throws Exception {
    LaunchMessage message =
        canvas(
            canvasLaunch(NOW)
                .claim("name", null)
                .claim("given_name", null)
                .claim("family_name", null)
                .claim("email", null));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.name()).isEmpty();
    assertThat(message.email()).isEmpty();
  }

  @Test
  void testContextMissing() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW).claim(LtiClaims.CONTEXT, null));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.contextId()).isEmpty();
    assertThat(message.contextLabel()).isEmpty();
    assertThat(message.contextTitle()).isEmpty();
  }

  // Locale: Canvas top-level locale, else launch_presentation.locale (Moodle)

  @Test
  void testLocale() throws Exception {
    assertThat(moodle(moodleLaunch(NOW)).locale()).hasValue("es_mx");
    assertThat(canvas(canvasLaunch(NOW)).locale()).hasValue("en-GB");
  }

  @Test
  void testLocaleTopLevelWins() throws Exception {
    var claims =
        canvasLaunch(NOW)
            .claim("locale", "es-MX")
            .claim(LtiClaims.LAUNCH_PRESENTATION, map("document_target", "iframe", "locale", "en"));

    assertThat(canvas(claims).locale()).hasValue("es-MX");
  }

  @Test
  void testLocaleTopLevelEmptyFallsBack() throws Exception {
    var claims = moodleLaunch(NOW).claim("locale", "");

    assertThat(moodle(claims).locale()).hasValue("es_mx");
  }

  @Test
  void testLocaleMissing() throws Exception {
    var claims = moodleLaunch(NOW).claim(LtiClaims.LAUNCH_PRESENTATION, map("document_target", "window"));

    assertThat(moodle(claims).locale()).isEmpty();
    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.LAUNCH_PRESENTATION, null)).locale()).isEmpty();
  }

  // Custom parameters

  @Test
  void testCustom() throws Exception {
    var custom = map("course", "excel-basico", "context_id", "2", "user_username", "jlperez");

    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.CUSTOM, custom)).custom())
        .containsOnly(
            entry("course", "excel-basico"), entry("context_id", "2"), entry("user_username", "jlperez"));
  }

  @Test
  void testCustomValuesOfOtherTypesBecomeStrings() throws Exception {
    var custom = map("attempts", 3, "graded", true, "missing", null, "course", "excel-basico");

    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.CUSTOM, custom)).custom())
        .containsOnly(entry("attempts", "3"), entry("graded", "true"), entry("course", "excel-basico"));
  }

  @Test
  void testCustomMissing() throws Exception {
    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.CUSTOM, null)).custom()).isEmpty();
    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.CUSTOM, "course=excel")).custom()).isEmpty();
  }

  // Deep linking

  @Test
  void testDeepLinking() throws Exception {
    LaunchMessage message = moodle(deepLinking(NOW));

    assertThat(message.requireSupported()).isEqualTo(MessageType.DEEP_LINKING);
    assertThat(message.targetLinkUri()).isNull();
    assertThat(message.resourceLinkId()).isEmpty();
    assertThat(message.member(LtiClaims.DEEP_LINKING_SETTINGS, "deep_link_return_url"))
        .isEqualTo(DEEP_LINKING_RETURN);
  }

  @Test
  void testDeepLinkingSettingsMissing() throws Exception {
    assertRejected(deepLinking(NOW).claim(LtiClaims.DEEP_LINKING_SETTINGS, null), Rejection.CLAIM_MISSING);
    assertRejected(
        deepLinking(NOW).claim(LtiClaims.DEEP_LINKING_SETTINGS, map("accept_multiple", true)),
        Rejection.CLAIM_MISSING);
  }

  // Version and message type

  @Test
  void testVersionMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.VERSION, null), Rejection.CLAIM_MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.3", "1.3.1", "1.1", "2.0.0", "1.3.0 ", "LTI-1p0"})
  void testVersionRejected(String version) throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.VERSION, version), Rejection.VERSION_UNSUPPORTED);
  }

  @Test
  void testVersionNotAString() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.VERSION, 1.3), Rejection.CLAIM_INVALID);
  }

  @Test
  void testVersionCheckedBeforeMessageType() throws Exception {
    assertRejected(
        moodleLaunch(NOW).claim(LtiClaims.VERSION, "1.1").claim(LtiClaims.MESSAGE_TYPE, "basic-lti-launch-request"),
        Rejection.VERSION_UNSUPPORTED);
  }

  @Test
  void testMessageTypeMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.MESSAGE_TYPE, null), Rejection.CLAIM_MISSING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LtiSubmissionReviewRequest",
        "LtiDeepLinkingResponse",
        "ltiresourcelinkrequest",
        "basic-lti-launch-request",
        "LtiResourceLinkRequest "
      })
  void testMessageTypeRejected(String type) throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.MESSAGE_TYPE, type), Rejection.MESSAGE_TYPE_UNSUPPORTED);
  }

  // Required claims of every message

  @Test
  void testDeploymentIdMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.DEPLOYMENT_ID, null), Rejection.CLAIM_MISSING);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.DEPLOYMENT_ID, ""), Rejection.CLAIM_MISSING);
  }

  @Test
  void testDeploymentIdRejected() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.DEPLOYMENT_ID, 3), Rejection.CLAIM_INVALID);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.DEPLOYMENT_ID, "d".repeat(256)), Rejection.CLAIM_INVALID);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.CONTEXT, java.util.Map.of("id", "c".repeat(256))), Rejection.CLAIM_INVALID);
  }

  @Test
  void testDeploymentIdOfMaximumLength() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW).claim(LtiClaims.DEPLOYMENT_ID, "d".repeat(255)));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.deploymentId()).hasSize(255);
  }

  @Test
  void testSubjectMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).subject(null), Rejection.CLAIM_MISSING);
    assertRejected(moodleLaunch(NOW).subject(""), Rejection.CLAIM_MISSING);
  }

  @Test
  void testSubjectRejected() throws Exception {
    assertRejected(moodleLaunch(NOW).subject("s".repeat(256)), Rejection.CLAIM_INVALID);
    assertThat(moodle(moodleLaunch(NOW).subject("s".repeat(255))).requireSupported())
        .isEqualTo(MessageType.RESOURCE_LINK);
  }

  @Test
  void testRoles() throws Exception {
    var roles =
        List.of(
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator");

    LaunchMessage message = moodle(moodleLaunch(NOW).claim(LtiClaims.ROLES, roles));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.roles().uris()).containsExactlyElementsOf(roles);
    assertThat(message.roles().isStaff()).isTrue();
  }

  @Test
  void testRolesEmpty() throws Exception {
    LaunchMessage message = moodle(moodleLaunch(NOW).claim(LtiClaims.ROLES, List.of()));

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.roles().uris()).isEmpty();
    assertThat(message.roles().isLearner()).isFalse();
    assertThat(message.roles().isStaff()).isFalse();
  }

  @Test
  void testRolesMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.ROLES, null), Rejection.CLAIM_MISSING);
  }

  @Test
  void testRolesRejected() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.ROLES, LaunchFixtures.LEARNER), Rejection.CLAIM_INVALID);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.ROLES, List.of(1, 2)), Rejection.CLAIM_INVALID);
    assertRejected(
        moodleLaunch(NOW).claim(LtiClaims.ROLES, List.of(LaunchFixtures.LEARNER, map("role", "Learner"))),
        Rejection.CLAIM_INVALID);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.ROLES, map("0", "Learner")), Rejection.CLAIM_INVALID);
  }

  @Test
  void testRolesWithNullRejected() throws Exception {
    List<String> roles = new ArrayList<>(Arrays.asList(LaunchFixtures.LEARNER, null));

    assertRejected(moodleLaunch(NOW).claim(LtiClaims.ROLES, roles), Rejection.CLAIM_INVALID);
  }

  // Required claims of a resource-link launch

  @Test
  void testTargetLinkUriMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.TARGET_LINK_URI, null), Rejection.CLAIM_MISSING);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.TARGET_LINK_URI, ""), Rejection.CLAIM_MISSING);
  }

  @Test
  void testResourceLinkMissing() throws Exception {
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.RESOURCE_LINK, null), Rejection.CLAIM_MISSING);
    assertRejected(
        moodleLaunch(NOW).claim(LtiClaims.RESOURCE_LINK, map("title", "Hojas de cálculo")), Rejection.CLAIM_MISSING);
    assertRejected(moodleLaunch(NOW).claim(LtiClaims.RESOURCE_LINK, map("id", "")), Rejection.CLAIM_MISSING);
  }

  @Test
  void testResourceLinkIdRejected() throws Exception {
    assertRejected(
        moodleLaunch(NOW).claim(LtiClaims.RESOURCE_LINK, map("id", "r".repeat(256))), Rejection.CLAIM_INVALID);
    assertThat(moodle(moodleLaunch(NOW).claim(LtiClaims.RESOURCE_LINK, map("id", "r".repeat(255)))).requireSupported())
        .isEqualTo(MessageType.RESOURCE_LINK);
  }
}
