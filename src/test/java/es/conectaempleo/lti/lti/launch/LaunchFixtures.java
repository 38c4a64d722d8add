package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Platforms and id_tokens shaped like the ones Moodle and Canvas send (LTI checklist §6 and LTI
 * Core 1.3 §5.3/§5.4), signed RS256 with keys the tests generate. Each call builds new values.
 */
final class LaunchFixtures {
  static final String MOODLE_ISSUER = "https://campus.conectaempleo.es";
  static final String MOODLE_CLIENT_ID = "GISQB0HdF95ijvc";
  static final String CANVAS_ISSUER = "https://canvas.instructure.com";
  static final String CANVAS_CLIENT_ID = "170000000000559";
  static final String TARGET_LINK_URI = "https://lti.conectaempleo.es/launch";

  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

  private LaunchFixtures() {}

  /** A new 2048-bit RSA signing key, as a platform publishes it. */
  static RSAKey newKey(String kid) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(kid)
          .algorithm(JWSAlgorithm.RS256)
          .keyUse(KeyUse.SIGNATURE)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public halves of the keys, as the platform's JWKS URL would serve them. */
  static JWKSource<SecurityContext> keySource(RSAKey... keys) {
    return new ImmutableJWKSet<>(publicKeys(keys));
  }

  static JWKSet publicKeys(RSAKey... keys) {
    return new JWKSet(Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
  }

  static PlatformConfig moodle() {
    return new PlatformConfig(
        MOODLE_ISSUER,
        MOODLE_CLIENT_ID,
        URI.create(MOODLE_ISSUER + "/mod/lti/auth.php"),
        URI.create(MOODLE_ISSUER + "/mod/lti/token.php"),
        URI.create(MOODLE_ISSUER + "/mod/lti/certs.php"));
  }

  static PlatformConfig canvas() {
    return new PlatformConfig(
        CANVAS_ISSUER,
        CANVAS_CLIENT_ID,
        URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
        URI.create("https://sso.canvaslms.com/login/oauth2/token"),
        URI.create("https://sso.canvaslms.com/api/lti/security/jwks"));
  }

  /** A resource-link launch as Moodle 4.x builds it: string aud, exp = iat + 60 s, short context types. */
  static JWTClaimsSet.Builder moodleLaunch(Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(MOODLE_ISSUER)
        .audience(MOODLE_CLIENT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(60)))
        .claim("nonce", "5f3c1a7e9b2d4c6a8e0f")
        .subject("5")
        .claim(LtiClaims.DEPLOYMENT_ID, "3")
        .claim(LtiClaims.TARGET_LINK_URI, TARGET_LINK_URI)
        .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
        .claim(LtiClaims.VERSION, "1.3.0")
        .claim(
            LtiClaims.RESOURCE_LINK,
            map("id", "12", "title", "Hojas de cálculo", "description", "Fórmulas y gráficos"))
        .claim(LtiClaims.ROLES, List.of(LEARNER))
        .claim(
            LtiClaims.CONTEXT,
            map(
                "id", "2",
                "label", "PROG101",
                "title", "Fundamentos de programación",
                "type", List.of("CourseSection")))
        .claim(LtiClaims.LIS, map("person_sourcedid", "", "course_section_sourcedid", ""))
        .claim(
            LtiClaims.TOOL_PLATFORM,
            map(
                "family_code", "moodle",
                "version", "2024100700",
                "guid", "campus.conectaempleo.es",
                "name", "Campus",
                "description", "Campus Conecta Empleo"))
        .claim(
            LtiClaims.LAUNCH_PRESENTATION,
            map(
                "locale", "es_mx",
                "document_target", "iframe",
                "return_url",
                    MOODLE_ISSUER + "/mod/lti/return.php?course=2&launch_container=3&instanceid=12&sesskey=abc"))
        .claim(LtiClaims.CUSTOM, map("course", "excel-basico"))
        .claim("https://purl.imsglobal.org/spec/lti/claim/ext", map("lms", "moodle-2"))
        .claim(
            LtiClaims.AGS_ENDPOINT,
            map(
                "scope",
                    List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", MOODLE_ISSUER + "/mod/lti/services.php/2/lineitems?type_id=3",
                "lineitem", MOODLE_ISSUER + "/mod/lti/services.php/2/lineitems/17/lineitem?type_id=3"))
        .claim(
            LtiClaims.NRPS_SERVICE,
            map(
                "context_memberships_url",
                    MOODLE_ISSUER + "/mod/lti/services.php/CourseSection/2/bindings/3/memberships",
                "service_versions", List.of("1.0", "2.0")));
  }

  /** A resource-link launch as Canvas builds it: UUID sub, course#CourseOffering, top-level locale. */
  static JWTClaimsSet.Builder canvasLaunch(Instant now) {
    var resourceLink = map("id", "fa3a7a0d2e6c4b3b9f1d0e5c8a7b6d4e3f2a1b0c", "title", "Excel básico");
    resourceLink.put("description", null);
    return new JWTClaimsSet.Builder()
        .issuer(CANVAS_ISSUER)
        .audience(CANVAS_CLIENT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(3600)))
        .claim("nonce", "2d9a6a34-4d3c-4c47-9d0a-6b7c4b8e2f10")
        .subject("535fa085-f22b-4655-f48c-d5a36a9215f6")
        .claim(LtiClaims.DEPLOYMENT_ID, "189:7f956bcc0f0cee6d7ac24cdd0b3dfd0df6a0e4b2")
        .claim(LtiClaims.TARGET_LINK_URI, TARGET_LINK_URI)
        .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
        .claim(LtiClaims.VERSION, "1.3.0")
        .claim(LtiClaims.RESOURCE_LINK, resourceLink)
        .claim("name", "Lucía Fernández")
        .claim("given_name", "Lucía")
        .claim("family_name", "Fernández")
        .claim("email", "lucia@example.edu")
        .claim("picture", "https://canvas.example.edu/images/messages/avatar-50.png")
        .claim(
            LtiClaims.ROLES,
            List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                LEARNER,
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"))
        .claim(
            LtiClaims.CONTEXT,
            map(
                "id", "4dde05e8ca1973bcca9bffc13e1548820eee93a3",
                "label", "EXC-2025",
                "title", "Excel para el empleo",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .claim(
            LtiClaims.TOOL_PLATFORM,
            map(
                "guid", "VCSwQHtUQqqpzKSbJAeqOnnhxNCCQpuYsxIXqHGo:canvas-lms",
                "name", "Conecta Empleo",
                "version", "cloud",
                "product_family_code", "canvas"))
        .claim(
            LtiClaims.LAUNCH_PRESENTATION,
            map(
                "document_target", "iframe",
                "height", 400,
                "width", 800,
                "return_url", "https://canvas.example.edu/courses/1/external_content/success/external_tool_redirect",
                "locale", "en-GB"))
        .claim("locale", "en-GB")
        .claim(LtiClaims.CUSTOM, map("course", "excel-basico", "canvas_user_id", "1234"))
        .claim("https://purl.imsglobal.org/spec/lti/claim/lti11_legacy_user_id", "a9b8c7d6e5")
        .claim("https://purl.imsglobal.org/spec/lti/claim/lti1p1", map("user_id", "a9b8c7d6e5"))
        .claim("https://www.instructure.com/placement", null)
        .claim(
            LtiClaims.AGS_ENDPOINT,
            map(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", "https://canvas.example.edu/api/lti/courses/1/line_items",
                "lineitem", "https://canvas.example.edu/api/lti/courses/1/line_items/7"))
        .claim(
            LtiClaims.NRPS_SERVICE,
            map(
                "context_memberships_url", "https://canvas.example.edu/api/lti/courses/1/names_and_roles",
                "service_versions", List.of("2.0")));
  }

  /** The compact RS256 JWS of the claims, with the key's {@code kid} in the header. */
  static String sign(JWTClaimsSet claims, RSAKey key) {
    return sign(claims, key, key.getKeyID());
  }

  static String sign(JWTClaimsSet claims, RSAKey key, String kid) {
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** An ordered JSON object from alternating names and values. */
  static Map<String, Object> map(Object... namesAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
