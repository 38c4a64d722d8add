package es.conectaempleo.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moodle 4.x/5.0 ({@code mod/lti}): issuer = site URL, 15-character client id, deployment id = the
 * tool type id, numeric user ids as {@code sub} and {@code login_hint}, a JSON message hint naming
 * a single-use launch in the user's session, and id_tokens that live 60 seconds
 * (LTI-CHECKLIST §1.1–1.4, §1.8).
 */
final class Moodle implements Lms {
  private final AtomicLong userIds = new AtomicLong(Randoms.number(3, 900) * 10);
  private static final RegistrationRules REGISTRATION = new MoodleRegistration();
  private final MoodleGrading grading = new MoodleGrading();

  @Override
  public String pathPrefix() {
    return "moodle";
  }

  @Override
  public String issuer(String platformUrl) {
    return platformUrl; // $CFG->wwwroot, no trailing slash
  }

  @Override
  public String newClientId() {
    return Randoms.alphanumeric(15);
  }

  @Override
  public String newDeploymentId() {
    return Long.toString(Randoms.number(1, 100_000));
  }

  @Override
  public String newKeyId() {
    return Randoms.alphanumeric(20);
  }

  @Override
  public String authorizationPath() {
    return "/mod/lti/auth.php";
  }

  @Override
  public String jwksPath() {
    return "/mod/lti/certs.php";
  }

  @Override
  public String tokenPath() {
    return "/mod/lti/token.php";
  }

  @Override
  public LmsUser newUser(LmsRole role, String givenName, String familyName) {
    String id = Long.toString(userIds.incrementAndGet());
    String username = (givenName + "." + familyName + id).toLowerCase(Locale.ROOT);
    return new LmsUser(id, id, givenName, familyName, username + "@moodle.example.org", role, "es_mx", username);
  }

  @Override
  public Placement newPlacement(String deploymentId, String targetLinkUri) {
    long course = Randoms.number(2, 100_000);
    return new Placement(
        MessageType.RESOURCE_LINK,
        deploymentId,
        targetLinkUri,
        Long.toString(Randoms.number(1, 1_000_000)),
        "Curso en Conecta Empleo",
        Long.toString(course),
        "CE" + course,
        "Competencias digitales " + course,
        Map.of(),
        false,
        false,
        "POST");
  }

  /** Moodle ≥ 4.1: {@code {"cmid":…,"launchid":"ltilaunch<instance>_<rand>"}}, kept in $SESSION. */
  @Override
  public PendingLaunch startLaunch(
      SimulatedPlatform platform, LmsUser user, Placement placement, Instant now) {
    String rand = Long.toString(Randoms.number(1_000_000, 2_000_000_000));
    String launchId =
        placement.messageType() == MessageType.DEEP_LINKING
            ? "ltilaunch_" + ClaimNames.DEEP_LINKING_REQUEST + rand
            : "ltilaunch" + placement.resourceLinkId() + "_" + rand;
    String hint =
        Jsonp.createObjectBuilder()
            .add("cmid", Long.parseLong(placement.resourceLinkId()) + 7)
            .add("launchid", launchId)
            .build()
            .toString();
    return new PendingLaunch(user, placement, hint, null);
  }

  @Override
  public Map<String, String> loginParameters(SimulatedPlatform platform, PendingLaunch launch) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("iss", platform.issuer());
    parameters.put("target_link_uri", launch.placement().targetLinkUri());
    parameters.put("login_hint", launch.user().loginHint());
    parameters.put("lti_message_hint", launch.messageHint());
    parameters.put("client_id", platform.clientId());
    parameters.put("lti_deployment_id", launch.placement().deploymentId());
    return parameters;
  }

  @Override
  public Map<String, Object> idTokenClaims(
      SimulatedPlatform platform, PendingLaunch launch, String nonce, Instant now) {
    LmsUser user = launch.user();
    Placement placement = launch.placement();
    String issuer = platform.issuer();
    String typeId = placement.deploymentId();
    var claims = new LinkedHashMap<String, Object>();
    claims.put("nonce", nonce);
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.getEpochSecond() + 60); // lti_sign_jwt
    claims.put("iss", issuer);
    claims.put("aud", platform.clientId()); // a string, never an array; no azp
    claims.put(ClaimNames.DEPLOYMENT_ID, typeId);
    claims.put(ClaimNames.TARGET_LINK_URI, placement.targetLinkUri());
    claims.put("sub", user.sub());
    claims.put(ClaimNames.LIS, Map.of("person_sourcedid", "", "course_section_sourcedid", ""));
    claims.put(ClaimNames.ROLES, roles(user.role()));
    claims.put(
        ClaimNames.CONTEXT,
        Map.of(
            "id", placement.contextId(),
            "label", placement.contextLabel(),
            "title", placement.contextTitle(),
            "type", List.of("CourseSection"))); // short form, not the vocabulary URI
    claims.put(ClaimNames.MESSAGE_TYPE, placement.messageType().claimValue());
    claims.put(
        ClaimNames.LAUNCH_PRESENTATION,
        Map.of(
            "locale", user.locale(),
            "document_target", "iframe",
            "return_url",
            issuer + "/mod/lti/return.php?course=" + placement.contextId()
                + "&launch_container=3&instanceid=" + placement.resourceLinkId()
                + "&sesskey=" + Randoms.alphanumeric(10)));
    claims.put(
        ClaimNames.TOOL_PLATFORM,
        // One Moodle version read maps the family code to "family_code" (LTI-CHECKLIST §1.4).
        Map.of(
            "family_code", "moodle",
            "version", "2024100700",
            "guid", platform.hostName(),
            "name", "Conecta Moodle",
            "description", "Moodle simulado de Conecta Empleo"));
    claims.put(ClaimNames.VERSION, ClaimNames.VERSION_1_3_0);
    claims.put("given_name", user.givenName());
    claims.put("family_name", user.familyName());
    claims.put("name", user.name());
    claims.put(ClaimNames.EXT, Map.of("user_username", user.username(), "lms", "moodle-2"));
    claims.put("email", user.email());
    claims.put(ClaimNames.CUSTOM, custom(placement.custom()));
    if (placement.messageType() == MessageType.RESOURCE_LINK) {
      claims.put(
          ClaimNames.RESOURCE_LINK,
          Map.of("title", placement.resourceLinkTitle(), "description", "", "id", placement.resourceLinkId()));
    } else {
      claims.put(ClaimNames.DEEP_LINKING_SETTINGS, deepLinkingSettings(platform, placement));
    }
    if (placement.gradeService() && placement.messageType() == MessageType.RESOURCE_LINK) {
      // lineitem only when exactly one grade item belongs to the activity
      claims.put(ClaimNames.AGS_ENDPOINT, platform.gradebook(placement).endpointClaim(placement,
          List.of(ClaimNames.SCOPE_LINEITEM_READONLY, ClaimNames.SCOPE_RESULT_READONLY,
              ClaimNames.SCOPE_SCORE, ClaimNames.SCOPE_LINEITEM)));
      claims.put(
          ClaimNames.BASIC_OUTCOME,
          Map.of(
              "lis_result_sourcedid",
              Jsonp.createObjectBuilder()
                  .add("data", Jsonp.createObjectBuilder()
                      .add("instanceid", placement.resourceLinkId())
                      .add("userid", user.sub())
                      .add("typeid", typeId)
                      .add("launchid", Randoms.number(1, 2_000_000_000)))
                  .add("hash", Randoms.hex(32))
                  .build()
                  .toString(),
              "lis_outcome_service_url", issuer + "/mod/lti/service.php"));
    }
    if (placement.rosterService()) {
      claims.put(
          ClaimNames.NRPS,
          Map.of(
              "context_memberships_url", platform.url(membershipsPath(placement)),
              "service_versions", List.of("1.0", "2.0")));
    }
    return claims;
  }

  /** Only the teacher's "Select content" button sends this (§1.8). */
  private static Map<String, Object> deepLinkingSettings(SimulatedPlatform platform, Placement placement) {
    String returnPath = "/mod/lti/contentitem_return.php";
    var settings = new LinkedHashMap<String, Object>();
    settings.put("accept_types", List.of("ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
    settings.put("accept_copy_advice", false);
    settings.put("accept_multiple", true);
    settings.put("accept_unsigned", false);
    settings.put("auto_create", false);
    settings.put("can_confirm", false);
    settings.put(
        "deep_link_return_url",
        platform.issuer() + returnPath + "?course=" + placement.contextId()
            + "&id=" + placement.deploymentId() + "&sesskey=" + Randoms.alphanumeric(10));
    settings.put("title", "");
    settings.put("text", "");
    platform.expectDeepLinkResponse(returnPath, placement.deploymentId(), settings);
    return settings;
  }

  /** Moodle lower-cases custom parameter names and turns other characters into underscores. */
  private static Map<String, String> custom(Map<String, String> custom) {
    var normalised = new LinkedHashMap<String, String>();
    custom.forEach(
        (name, value) ->
            normalised.put(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"), value));
    return normalised;
  }

  private static List<String> roles(LmsRole role) {
    var roles =
        new ArrayList<>(
            switch (role) {
              // Whoever cannot manage activities is a Learner to Moodle, an observer too.
              case LEARNER, OBSERVER -> List.of(ClaimNames.ROLE_LEARNER);
              case INSTRUCTOR -> List.of(ClaimNames.ROLE_INSTRUCTOR);
              // Site admins lose Learner and gain institution and system Administrator.
              case ADMINISTRATOR, ADMINISTRATOR_ENROLLED_AS_LEARNER ->
                  List.of(ClaimNames.ROLE_INSTRUCTOR, ClaimNames.ROLE_INSTITUTION_ADMINISTRATOR,
                      ClaimNames.ROLE_SYSTEM_ADMINISTRATOR);
            });
    roles.sort(null);
    return roles;
  }

  /** {@code mod/lti/services.php/CourseSection/{courseid}/bindings/{typeid}/memberships} (LTI-CHECKLIST §1.7). */
  @Override
  public String membershipsPath(Placement placement) {
    return "/mod/lti/services.php/CourseSection/" + placement.contextId() + "/bindings/"
        + placement.deploymentId() + "/memberships";
  }

  /**
   * Moodle lists active enrolments only, always {@code "Active"}, with the launch's role URIs;
   * names and email only when the tool's privacy settings share them.
   */
  @Override
  public Map<String, Object> member(LmsUser user, boolean active, boolean namesShared) {
    if (!active) {
      return null;
    }
    var member = new LinkedHashMap<String, Object>();
    member.put("status", "Active");
    if (namesShared) {
      member.put("name", user.name());
      member.put("given_name", user.givenName());
      member.put("family_name", user.familyName());
      member.put("email", user.email());
    }
    member.put("user_id", user.sub());
    member.put("lis_person_sourcedid", "");
    member.put("roles", roles(user.role()));
    return member;
  }

  /** {@code from}: the offset of the page's first member. */
  @Override
  public int pageOffset(Map<String, String> query, int size) {
    try {
      return Integer.parseInt(query.getOrDefault("from", "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Only {@code rel="next"}: {@code <…?limit=N&from=M>}. */
  @Override
  public String pageLinks(String url, Map<String, String> kept, int size, int offset, int total) {
    if ((long) offset + size >= total) {
      return null;
    }
    var query = new LinkedHashMap<>(kept);
    query.put("limit", Integer.toString(size));
    query.put("from", Integer.toString(offset + size));
    return "<" + url + "?" + Exchange.encode(query) + ">; rel=\"next\"";
  }

  @Override
  public GradingRules grading() {
    return grading;
  }

  @Override
  public Map<String, String> responseExtras() {
    return Map.of();
  }

  @Override
  public OidcError loggedOut() {
    return new OidcError("access_denied", null);
  }

  @Override
  public RegistrationRules registrationRules() {
    return REGISTRATION;
  }

  @Override
  public OidcError launchGone() {
    return new OidcError("invalid_request", "No launch id in LTI hint");
  }
}
