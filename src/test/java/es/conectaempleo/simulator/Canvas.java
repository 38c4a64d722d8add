package es.conectaempleo.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Instructure-hosted Canvas, with one issuer for every customer ({@code
 * https://canvas.instructure.com}), or a self-hosted one, whose issuer is its own URL. Either way a
 * numeric developer key id as client id, {@code "<install>:<context hash>"} deployment ids,
 * UUID subjects with an opaque login hint, a signed single-use message hint valid 5 minutes, the
 * non-standard {@code deployment_id} login parameter, and id_tokens that live an hour
 * (LTI-CHECKLIST §2.1–2.4, §2.9).
 */
final class Canvas implements Lms {
  static final String ISSUER = "https://canvas.instructure.com";
  private static final Duration MESSAGE_HINT_LIFETIME = Duration.ofMinutes(5);
  private static final DateTimeFormatter KEY_ID =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private static final RegistrationRules REGISTRATION = new CanvasRegistration();
  private final boolean selfHosted;
  private final byte[] hintSecret = new byte[32];
  private final AtomicLong keyTimes = new AtomicLong(Instant.now().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
  private final AtomicLong courseIds = new AtomicLong(Randoms.number(1, 5_000));
  /** Canvas's numeric course id of each placement's course, by context id. */
  private final Map<String, Long> courseNumbers = new ConcurrentHashMap<>();
  private final CanvasGrading grading = new CanvasGrading(this);

  /** Instructure-hosted: the shared issuer. */
  Canvas() {
    this(false);
  }

  /** @param selfHosted an institution's own Canvas, whose issuer is its own URL */
  Canvas(boolean selfHosted) {
    this.selfHosted = selfHosted;
    new SecureRandom().nextBytes(hintSecret);
  }

  @Override
  public String pathPrefix() {
    return "canvas";
  }

  @Override
  public String issuer(String platformUrl) {
    // A self-hosted Canvas sets lti_iss in config/security.yml; here, to its own URL (LTI-CHECKLIST §2.1).
    return selfHosted ? platformUrl : ISSUER;
  }

  /** A developer key's global id, e.g. {@code 10000000000123}. */
  @Override
  public String newClientId() {
    return Long.toString(10_000_000_000_000L + Randoms.number(1, 9_999_999));
  }

  @Override
  public String newDeploymentId() {
    return Randoms.number(1, 10_000) + ":" + Randoms.hex(20);
  }

  /** Canvas names its rolling keys by their creation time. */
  @Override
  public String newKeyId() {
    return KEY_ID.format(Instant.ofEpochSecond(keyTimes.getAndAdd(1)));
  }

  @Override
  public String authorizationPath() {
    return "/api/lti/authorize_redirect";
  }

  @Override
  public String jwksPath() {
    return "/api/lti/security/jwks";
  }

  @Override
  public String tokenPath() {
    return "/login/oauth2/token";
  }

  @Override
  public LmsUser newUser(LmsRole role, String givenName, String familyName) {
    String username = (givenName + "." + familyName).toLowerCase(Locale.ROOT) + Randoms.token(4);
    return new LmsUser(
        UUID.randomUUID().toString(), Randoms.hex(20), givenName, familyName,
        username + "@canvas.example.edu", role, "en", username);
  }

  @Override
  public Placement newPlacement(String deploymentId, String targetLinkUri) {
    long course = courseIds.incrementAndGet();
    String contextId = Randoms.hex(20);
    courseNumbers.put(contextId, course);
    return new Placement(
        MessageType.RESOURCE_LINK,
        deploymentId,
        targetLinkUri,
        UUID.randomUUID().toString(),
        "Conecta Empleo",
        contextId,
        "CE-" + course,
        "Digital skills CE-" + course,
        Map.of(),
        false,
        false,
        "POST");
  }

  /** The hint is a Canvas-signed JWT (a verifier, the domain, the context, the locale), 5 minutes. */
  @Override
  public PendingLaunch startLaunch(
      SimulatedPlatform platform, LmsUser user, Placement placement, Instant now) {
    String payload =
        Jsonp.createObjectBuilder()
            .add("verifier", Randoms.hex(64))
            .add("canvas_domain", platform.hostName())
            .add("context_type", "Course")
            .add("context_id", courseNumber(placement))
            .add("canvas_locale", user.locale())
            .add("include_storage_target", true)
            .add("exp", now.plus(MESSAGE_HINT_LIFETIME).getEpochSecond())
            .build()
            .toString();
    var jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), new Payload(payload));
    try {
      jws.sign(new MACSigner(hintSecret));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return new PendingLaunch(user, placement, jws.serialize(), now.plus(MESSAGE_HINT_LIFETIME));
  }

  @Override
  public Map<String, String> loginParameters(SimulatedPlatform platform, PendingLaunch launch) {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("iss", platform.issuer());
    parameters.put("login_hint", launch.user().loginHint());
    parameters.put("client_id", platform.clientId());
    parameters.put("deployment_id", launch.placement().deploymentId()); // not lti_deployment_id
    parameters.put("target_link_uri", launch.placement().targetLinkUri());
    parameters.put("lti_message_hint", launch.messageHint());
    parameters.put("canvas_environment", "prod");
    parameters.put("canvas_region", "not_configured");
    parameters.put("lti_storage_target", "post_message_forwarding");
    return parameters;
  }

  @Override
  public Map<String, Object> idTokenClaims(
      SimulatedPlatform platform, PendingLaunch launch, String nonce, Instant now) {
    LmsUser user = launch.user();
    Placement placement = launch.placement();
    boolean deepLinking = placement.messageType() == MessageType.DEEP_LINKING;
    var claims = new LinkedHashMap<String, Object>();
    claims.put(ClaimNames.MESSAGE_TYPE, placement.messageType().claimValue());
    claims.put(ClaimNames.VERSION, ClaimNames.VERSION_1_3_0);
    if (!deepLinking) {
      var link = new HashMap<String, Object>();
      link.put("id", placement.resourceLinkId());
      link.put("title", placement.resourceLinkTitle());
      link.put("description", null); // Canvas sends null for links without a description
      claims.put(ClaimNames.RESOURCE_LINK, link);
    }
    if (placement.gradeService() && !deepLinking) {
      // lineitem only for assignments
      claims.put(ClaimNames.AGS_ENDPOINT, platform.gradebook(placement).endpointClaim(placement,
          List.of(ClaimNames.SCOPE_LINEITEM, ClaimNames.SCOPE_LINEITEM_READONLY,
              ClaimNames.SCOPE_RESULT_READONLY, ClaimNames.SCOPE_SCORE)));
    }
    claims.put("aud", platform.clientId());
    claims.put("azp", platform.clientId());
    claims.put(ClaimNames.DEPLOYMENT_ID, placement.deploymentId());
    claims.put("exp", now.getEpochSecond() + 3600);
    claims.put("iat", now.getEpochSecond());
    claims.put("iss", platform.issuer());
    claims.put("nonce", nonce);
    claims.put("sub", user.sub());
    claims.put(ClaimNames.TARGET_LINK_URI, placement.targetLinkUri());
    claims.put("picture", platform.url("/images/messages/avatar-50.png"));
    claims.put("email", user.email());
    claims.put("name", user.name());
    claims.put("given_name", user.givenName());
    claims.put("family_name", user.familyName());
    claims.put(ClaimNames.LIS, Map.of("person_sourcedid", "$Person.sourcedId", "course_offering_sourcedid", "$CourseSection.sourcedId"));
    claims.put(
        ClaimNames.CONTEXT,
        Map.of(
            "id", placement.contextId(),
            "label", placement.contextLabel(),
            "title", placement.contextTitle(),
            "type", List.of(ClaimNames.CONTEXT_COURSE_OFFERING)));
    claims.put(
        ClaimNames.TOOL_PLATFORM,
        Map.of(
            "guid", Randoms.alphanumeric(40) + ":canvas-lms",
            "name", "Conecta Canvas",
            "version", "cloud",
            "product_family_code", "canvas"));
    claims.put(
        ClaimNames.LAUNCH_PRESENTATION,
        Map.of(
            "document_target", "iframe",
            "height", 400,
            "width", 800,
            "return_url", platform.url("/courses/" + courseNumber(placement) + "/external_content/success/external_tool_redirect"),
            "locale", user.locale()));
    claims.put(ClaimNames.CANVAS_LOCALE, user.locale());
    claims.put(ClaimNames.ROLES, roles(user.role()));
    claims.put(ClaimNames.CUSTOM, placement.custom());
    if (placement.rosterService()) {
      claims.put(
          ClaimNames.NRPS,
          Map.of("context_memberships_url", platform.url(membershipsPath(placement)), "service_versions", List.of("2.0")));
    }
    claims.put(ClaimNames.LTI11_LEGACY_USER_ID, user.loginHint());
    claims.put(ClaimNames.LTI1P1, Map.of("user_id", user.loginHint(), "resource_link_id", Randoms.hex(20)));
    if (deepLinking) {
      claims.put(ClaimNames.DEEP_LINKING_SETTINGS, deepLinkingSettings(platform, placement));
    }
    claims.put(ClaimNames.CANVAS_PLACEMENT, deepLinking ? "assignment_selection" : "course_navigation");
    return claims;
  }

  private Map<String, Object> deepLinkingSettings(SimulatedPlatform platform, Placement placement) {
    var settings = new LinkedHashMap<String, Object>();
    String returnPath = "/courses/" + courseNumber(placement) + "/deep_linking_response";
    settings.put("deep_link_return_url", platform.url(returnPath + "?modal=true"));
    settings.put("accept_types", List.of("ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
    settings.put("accept_media_types", "application/vnd.ims.lti.v1.ltilink");
    settings.put("auto_create", false);
    settings.put("accept_multiple", false);
    platform.expectDeepLinkResponse(returnPath, placement.deploymentId(), settings);
    return settings;
  }

  private static List<String> roles(LmsRole role) {
    return switch (role) {
      case LEARNER ->
          List.of(ClaimNames.ROLE_INSTITUTION_STUDENT, ClaimNames.ROLE_LEARNER, ClaimNames.ROLE_SYSTEM_USER);
      case INSTRUCTOR ->
          List.of(ClaimNames.ROLE_INSTITUTION_INSTRUCTOR, ClaimNames.ROLE_INSTRUCTOR, ClaimNames.ROLE_SYSTEM_USER);
      case ADMINISTRATOR ->
          List.of(ClaimNames.ROLE_INSTITUTION_ADMINISTRATOR, ClaimNames.ROLE_SYSTEM_ADMINISTRATOR,
              ClaimNames.ROLE_SYSTEM_USER);
      case OBSERVER -> List.of(ClaimNames.ROLE_MENTOR, ClaimNames.ROLE_SYSTEM_USER);
      case ADMINISTRATOR_ENROLLED_AS_LEARNER ->
          List.of(ClaimNames.ROLE_INSTITUTION_ADMINISTRATOR, ClaimNames.ROLE_INSTITUTION_STUDENT,
              ClaimNames.ROLE_LEARNER, ClaimNames.ROLE_SYSTEM_USER);
    };
  }

  /** The Canvas course id of the placement's course (deep-linking copies keep their course). */
  long courseNumber(Placement placement) {
    Long number = courseNumbers.get(placement.contextId());
    if (number == null) {
      throw new IllegalArgumentException("Not a course of this Canvas: " + placement.contextId());
    }
    return number;
  }

  /** {@code /api/lti/courses/{course_id}/names_and_roles} (LTI-CHECKLIST §2.4). */
  @Override
  public String membershipsPath(Placement placement) {
    return "/api/lti/courses/" + courseNumber(placement) + "/names_and_roles";
  }

  /**
   * Canvas lists suspended enrolments as {@code Inactive}, with context role URIs and the LTI 1.1
   * user id; names and email follow the developer key's privacy level.
   */
  @Override
  public Map<String, Object> member(LmsUser user, boolean active, boolean namesShared) {
    var member = new LinkedHashMap<String, Object>();
    member.put("status", active ? "Active" : "Inactive");
    if (namesShared) {
      member.put("name", user.name());
      member.put("picture", "https://canvas.instructure.com/images/messages/avatar-50.png");
      member.put("given_name", user.givenName());
      member.put("family_name", user.familyName());
      member.put("email", user.email());
    }
    member.put("user_id", user.sub());
    member.put("lti11_legacy_user_id", user.loginHint());
    member.put(
        "roles",
        List.of(
            user.role().isStudent()
                ? ClaimNames.ROLE_LEARNER
                : user.role() == LmsRole.OBSERVER ? ClaimNames.ROLE_MENTOR : ClaimNames.ROLE_INSTRUCTOR));
    return member;
  }

  /** {@code page}, counted from 1, of {@code per_page} members. */
  @Override
  public int pageOffset(Map<String, String> query, int size) {
    try {
      return (int) Math.min(Integer.MAX_VALUE, (Long.parseLong(query.getOrDefault("page", "1")) - 1) * size);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Canvas's API paging: {@code current}, {@code next}, {@code first} and {@code last} in one header. */
  @Override
  public String pageLinks(String url, Map<String, String> kept, int size, int offset, int total) {
    int pages = (int) Math.max(1, ((long) total + size - 1) / size);
    int page = offset / size + 1;
    var links = new ArrayList<String>();
    links.add(pageLink(url, kept, page, size, "current"));
    if (page < pages) {
      links.add(pageLink(url, kept, page + 1, size, "next"));
    }
    links.add(pageLink(url, kept, 1, size, "first"));
    links.add(pageLink(url, kept, pages, size, "last"));
    return String.join(",", links);
  }

  private static String pageLink(String url, Map<String, String> kept, int page, int size, String rel) {
    var query = new LinkedHashMap<>(kept);
    query.put("page", Integer.toString(page));
    query.put("per_page", Integer.toString(size));
    return "<" + url + "?" + Exchange.encode(query) + ">; rel=\"" + rel + "\"";
  }

  @Override
  public GradingRules grading() {
    return grading;
  }

  /** Canvas posts the storage target back with the id_token (Platform Storage, §2.8). */
  @Override
  public Map<String, String> responseExtras() {
    return Map.of("lti_storage_target", "post_message_forwarding");
  }

  @Override
  public OidcError loggedOut() {
    return new OidcError("login_required", "Must have an active user session");
  }

  @Override
  public RegistrationRules registrationRules() {
    return REGISTRATION;
  }

  @Override
  public OidcError launchGone() {
    return new OidcError("launch_no_longer_valid", "The launch has either expired or already been consumed");
  }
}
