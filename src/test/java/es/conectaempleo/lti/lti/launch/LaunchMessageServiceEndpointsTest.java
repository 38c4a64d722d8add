package es.conectaempleo.lti.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import es.conectaempleo.lti.lti.claims.MessageType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AGS and NRPS endpoints a launch carries, read leniently. */
class LaunchMessageServiceEndpointsTest {
  private static final String MOODLE = "https://moodle.example.org";

  /** A Moodle resource-link launch, shaped after what lti_build_request sends. */
  private static JWTClaimsSet.Builder moodleLaunch() {
    return new JWTClaimsSet.Builder()
        .issuer(MOODLE)
        .subject("5")
        .audience("GISQB0HdF95ijvc")
        .claim("nonce", "n-1")
        .claim(LtiClaims.VERSION, "1.3.0")
        .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
        .claim(LtiClaims.DEPLOYMENT_ID, "3")
        .claim(LtiClaims.TARGET_LINK_URI, "https://tool.example.es/launch")
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "12"))
        .claim(
            LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
  }

  @Test
  void testServiceEndpoints() throws Exception {
    var message =
        new LaunchMessage(
            moodleLaunch()
                .claim(
                    LtiClaims.AGS_ENDPOINT,
                    Map.of(
                        "scope",
                            List.of(
                                AgsScopes.LINEITEM_READONLY,
                                AgsScopes.RESULT_READONLY,
                                AgsScopes.SCORE),
                        "lineitems", MOODLE + "/mod/lti/services.php/2/lineitems?type_id=3",
                        "lineitem",
                            MOODLE + "/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3"))
                .claim(
                    LtiClaims.NRPS_SERVICE,
                    Map.of(
                        "context_memberships_url",
                        MOODLE + "/mod/lti/services.php/CourseSection/2/bindings/3/memberships",
                        "service_versions",
                        List.of("1.0", "2.0")))
                .build());

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    var ags = message.agsEndpoint().orElseThrow();
    assertThat(ags.lineItemUrl())
        .contains(URI.create(MOODLE + "/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3"));
    assertThat(ags.canPostScores()).isTrue();
    assertThat(message.nrpsEndpoint().orElseThrow().contextMembershipsUrl())
        .hasToString(MOODLE + "/mod/lti/services.php/CourseSection/2/bindings/3/memberships");
  }

  @Test
  void testServiceEndpointsMissing() throws Exception {
    var message =
        new LaunchMessage(moodleLaunch().claim(LtiClaims.AGS_ENDPOINT, "not an object").build());

    assertThat(message.requireSupported()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(message.agsEndpoint()).isEmpty();
    assertThat(message.nrpsEndpoint()).isEmpty();
  }
}
