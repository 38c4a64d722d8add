package es.conectaempleo.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * What differs between LMS products: identifiers, endpoint paths, the login initiation, the shape
 * of the id_token and the error codes. One instance per simulated platform (it may count users).
 */
sealed interface Lms permits Moodle, Canvas {
  /** An OIDC error the authorization endpoint posts back. */
  record OidcError(String code, String description) {}

  /** First path segment of the platform's URLs, before a random suffix. */
  String pathPrefix();

  /** The {@code iss} of the platform reachable at {@code platformUrl}. */
  String issuer(String platformUrl);

  String newClientId();

  String newDeploymentId();

  String newKeyId();

  String authorizationPath();

  String jwksPath();

  String tokenPath();

  LmsUser newUser(LmsRole role, String givenName, String familyName);

  Placement newPlacement(String deploymentId, String targetLinkUri);

  /** Keeps what the authorization request will need and names it by a message hint. */
  PendingLaunch startLaunch(SimulatedPlatform platform, LmsUser user, Placement placement, Instant now);

  /** The login initiation parameters, in the order the LMS sends them. */
  Map<String, String> loginParameters(SimulatedPlatform platform, PendingLaunch launch);

  /** The claims of the id_token, before any tampering. */
  Map<String, Object> idTokenClaims(
      SimulatedPlatform platform, PendingLaunch launch, String nonce, Instant now);

  /** Path of the NRPS memberships service of the placement's course. */
  String membershipsPath(Placement placement);

  /**
   * One member as the LMS's NRPS lists them, or {@code null} when it does not list them at all.
   *
   * @param active the enrolment is active (not suspended)
   * @param namesShared the privacy settings share names and email with the tool
   */
  Map<String, Object> member(LmsUser user, boolean active, boolean namesShared);

  /** Index of the first member of the page a memberships request asks for. */
  int pageOffset(Map<String, String> query, int size);

  /**
   * The {@code Link} header of a memberships page, or {@code null} when it has none.
   *
   * @param url the memberships URL, without query
   * @param kept query parameters every link repeats (e.g. {@code role})
   */
  String pageLinks(String url, Map<String, String> kept, int size, int offset, int total);

  /** How the LMS's Assignment and Grade Services differ from the other's. */
  GradingRules grading();

  /** Fields the LMS adds to the authentication response form besides id_token and state. */
  Map<String, String> responseExtras();

  /** The answer when the browser's LMS session is not the user the login names. */
  OidcError loggedOut();

  /** The answer when the message hint is unknown, used or expired. */
  OidcError launchGone();

  /** How the LMS takes part in Dynamic Registration. */
  RegistrationRules registrationRules();
}
