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

  /** Fields the LMS adds to the authentication response form besides id_token and state. */
  Map<String, String> responseExtras();

  /** The answer when the browser's LMS session is not the user the login names. */
  OidcError loggedOut();

  /** The answer when the message hint is unknown, used or expired. */
  OidcError launchGone();
}
