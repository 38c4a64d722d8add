package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.Language;
import es.conectaempleo.lti.ToolUrls;
import es.conectaempleo.lti.WriteRaces;
import es.conectaempleo.lti.catalog.boundary.Catalog;
import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.enrollment.boundary.LaunchFacts;
import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import es.conectaempleo.lti.launch.control.LaunchAudits;
import es.conectaempleo.lti.launch.control.LaunchRegistration;
import es.conectaempleo.lti.launch.entity.LaunchAudit;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.ags.AgsEndpoint;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.claims.MessageType;
import es.conectaempleo.lti.lti.claims.Roles;
import es.conectaempleo.lti.lti.launch.IdTokenVerifier;
import es.conectaempleo.lti.lti.launch.LaunchMessage;
import es.conectaempleo.lti.lti.launch.PlatformKeySets;
import es.conectaempleo.lti.lti.launch.UnverifiedIdToken;
import es.conectaempleo.lti.registration.boundary.PlatformLookup;
import es.conectaempleo.lti.registration.boundary.RegisteredPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepts or rejects a launch POST. The checks run as a named sequence, cheapest and stateless
 * first; only a launch that passed them all touches the database (one transaction, see {@link
 * LaunchRegistration}). A rejection writes its audit row and nothing else.
 */
@ApplicationScoped
public class Launches {
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  /** Custom parameter naming the catalog course a placement opens. */
  static final String COURSE_PARAMETER = "course";

  private final IdTokenVerifier verifier =
      new IdTokenVerifier(CLOCK_SKEW, es.conectaempleo.lti.launch.control.LaunchStates.LIFETIME);
  private final PlatformKeySets platformKeys =
      new PlatformKeySets(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(5));

  @Inject PlatformLookup platforms;

  @Inject Catalog catalog;

  @Inject LaunchRegistration registration;

  @Inject LaunchAudits audits;

  @Inject LaunchTokens tokens;

  @Inject DeepLinkTickets deepLinkTickets;

  @Inject ToolUrls urls;

  @Inject Clock clock;

  public AcceptedLaunch accept(LaunchPost post, UriInfo request) throws LaunchRejectedException {
    Instant now = clock.instant();
    LaunchAudit.Claimed claimed = LaunchAudit.Claimed.NOTHING;
    try {
      requireNoPlatformError(post);
      UnverifiedIdToken token = parse(post);
      claimed = claimedBy(token);
      requireState(post);
      RegisteredPlatform platform = platformOf(token);
      LaunchMessage message =
          verifier.verify(token, platform.config(), platformKeys.forUrl(platform.config().jwksUrl()), now);
      requireBrowserBinding(post);
      MessageType type = message.requireSupported();
      long deploymentKey = registeredDeployment(platform, message);
      if (type == MessageType.RESOURCE_LINK) {
        requireOwnTarget(message, request);
      }
      return register(post, platform, deploymentKey, message, type, claimed, now);
    } catch (LaunchRejectedException e) {
      audits.rejected(claimed, e, now);
      throw e;
    }
  }

  private static void requireNoPlatformError(LaunchPost post) throws LaunchRejectedException {
    if (post.error() != null) {
      // The OIDC error response (e.g. Canvas "launch_no_longer_valid", Moodle "access_denied").
      throw new LaunchRejectedException(
          Rejection.PLATFORM_ERROR,
          "the LMS answered " + post.error()
              + (post.errorDescription() == null ? "" : ": " + post.errorDescription()));
    }
  }

  private static UnverifiedIdToken parse(LaunchPost post) throws LaunchRejectedException {
    if (post.idToken() == null || post.idToken().isBlank()) {
      throw new LaunchRejectedException(Rejection.TOKEN_MISSING, "the launch has no id_token");
    }
    return UnverifiedIdToken.parse(post.idToken());
  }

  private static void requireState(LaunchPost post) throws LaunchRejectedException {
    if (post.state() == null || post.state().isBlank()) {
      throw new LaunchRejectedException(Rejection.STATE_MISSING, "the launch has no state");
    }
  }

  /** The registration of (iss, aud): azp first, then each audience. */
  private RegisteredPlatform platformOf(UnverifiedIdToken token) throws LaunchRejectedException {
    if (token.issuer() != null) {
      List<String> candidates = new ArrayList<>();
      if (token.authorizedParty() != null) {
        candidates.add(token.authorizedParty());
      }
      candidates.addAll(token.audiences());
      for (String clientId : candidates) {
        Optional<RegisteredPlatform> platform = platforms.find(token.issuer(), clientId);
        if (platform.isPresent()) {
          return platform.get();
        }
      }
    }
    throw new LaunchRejectedException(
        Rejection.UNKNOWN_PLATFORM, "no platform is registered for this issuer and audience");
  }

  /**
   * When the browser sends login cookies of this tool, one must be for this state: a launch
   * carrying someone else's state into this browser is cross-site request forgery. Without any
   * (third-party cookies blocked in the LMS iframe) the server-side state and nonce still hold.
   */
  private static void requireBrowserBinding(LaunchPost post) throws LaunchRejectedException {
    if (!post.stateCookies().isEmpty() && !post.stateCookies().contains(post.state())) {
      throw new LaunchRejectedException(
          Rejection.STATE_MISMATCH, "this browser did not start the login for this state");
    }
  }

  private long registeredDeployment(RegisteredPlatform platform, LaunchMessage message)
      throws LaunchRejectedException {
    return platforms
        .findDeployment(platform.id(), message.deploymentId())
        .orElseThrow(
            () ->
                new LaunchRejectedException(
                    Rejection.DEPLOYMENT_UNKNOWN,
                    "deployment " + message.deploymentId() + " is not registered for this platform"));
  }

  private void requireOwnTarget(LaunchMessage message, UriInfo request) throws LaunchRejectedException {
    if (!urls.isOwn(message.targetLinkUri(), request)) {
      throw new LaunchRejectedException(
          Rejection.TARGET_LINK_URI_FOREIGN, "target_link_uri is not a URL of this tool");
    }
  }

  /** How the launch's grade service claim lets the link be graded. */
  private static LinkGrading grading(AgsEndpoint ags) {
    if (ags == null) {
      return LinkGrading.UNGRADED;
    }
    return ags.lineItemUrl().isPresent() ? LinkGrading.LINE_ITEM : LinkGrading.TOOL_COLUMN;
  }

  private AcceptedLaunch register(
      LaunchPost post,
      RegisteredPlatform platform,
      long deploymentKey,
      LaunchMessage message,
      MessageType type,
      LaunchAudit.Claimed claimed,
      Instant now)
      throws LaunchRejectedException {
    Roles roles = message.roles();
    boolean staff = roles.isStaff();
    boolean learner = roles.isLearnerNotStaff();
    String requestedCode = blankAsNull(message.custom().get(COURSE_PARAMETER));
    Optional<Course> requested = catalog.findByCode(requestedCode);
    // A link that names a course the catalog lacks (a typo, a code changed in the LMS) opens the
    // catalog with a notice, even when the link opened another course before: falling back to that
    // one would hide the teacher's mistake and keep enrolling learners in the old course.
    boolean unknownCode = requestedCode != null && requested.isEmpty();
    Language language = Language.fromTag(message.locale().orElse(null));
    var facts =
        new LaunchFacts(
            platform.id(),
            deploymentKey,
            message.subject(),
            message.name().orElse(null),
            message.givenName().orElse(null),
            message.familyName().orElse(null),
            message.email().orElse(null),
            message.locale().orElse(null),
            message.contextId().orElse(null),
            message.contextLabel().orElse(null),
            message.contextTitle().orElse(null),
            type == MessageType.RESOURCE_LINK ? message.resourceLinkId().orElse(null) : null,
            message.resourceLinkTitle().orElse(null),
            requested.map(Course::id).orElse(null),
            type == MessageType.RESOURCE_LINK && learner && !unknownCode,
            grading(type == MessageType.RESOURCE_LINK ? message.agsEndpoint().orElse(null) : null));
    var verified =
        new LaunchRegistration.Verified(
            post.state(),
            message.nonce(),
            facts,
            claimed,
            requested.map(Course::code).orElse(requestedCode),
            type == MessageType.RESOURCE_LINK ? message.agsEndpoint().orElse(null) : null,
            message.nrpsEndpoint().orElse(null));
    // Two first launches of one learner race on the same new rows; the loser runs again.
    LaunchRecord record = WriteRaces.retry(() -> registration.register(verified, now));
    String courseCode =
        record.courseId() == null || unknownCode
            ? null
            : catalog.findById(record.courseId()).map(Course::code).orElse(null);
    var session =
        new LaunchSession(
            record.learnerId(),
            platform.id(),
            deploymentKey,
            record.contextKey(),
            record.resourceLinkKey(),
            facts.grading(),
            courseCode,
            staff,
            learner,
            language.tag(),
            now,
            now.plus(tokens.lifetime()));
    DeepLinkRequest deepLinking =
        type == MessageType.DEEP_LINKING
            ? deepLinkTickets.request(platform.id(), message.deploymentId(), message.deepLinkingSettings(), staff, language.tag())
            : null;
    return new AcceptedLaunch(type, session, unknownCode ? requestedCode : null, record, deepLinking);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static LaunchAudit.Claimed claimedBy(UnverifiedIdToken token) {
    return new LaunchAudit.Claimed(
        token.issuer(),
        token.audiences().isEmpty() ? null : token.audiences().get(0),
        token.claimedDeploymentId(),
        token.claimedSubject(),
        token.claimedMessageType());
  }
}
