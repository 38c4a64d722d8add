package es.conectaempleo.simulator;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How one LMS product takes part in LTI Dynamic Registration 1.0: where its OpenID configuration
 * and registration endpoint are, what the configuration says, what its registration token carries,
 * which registrations it refuses and with what, and what it answers. {@link DynamicRegistration}
 * does the HTTP and keeps the state; this says what differs between Moodle and Canvas
 * (LTI-CHECKLIST §1.9, §2.7). Stateless.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 */
sealed interface RegistrationRules permits MoodleRegistration, CanvasRegistration {
  /** The client metadata member with the LTI settings of the tool (DR §3.5.2). */
  String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  /** The OpenID configuration member describing the platform (DR §3.4.1). */
  String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
  String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  /**
   * Why a request is refused: the status and the error codes, the first one being what tests look
   * for (Canvas reports every fault of a request, Moodle stops at the first).
   */
  record Refusal(int status, List<String> codes) {
    public Refusal {
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs a code");
      }
    }

    public static Refusal of(int status, String code) {
      return new Refusal(status, List.of(code));
    }

    public String code() {
      return codes.get(0);
    }
  }

  /** Path of the OpenID configuration, below the platform's URL. */
  String configurationPath();

  /** Path of the registration endpoint. */
  String registrationPath();

  /** Path of the admin page that frames the tool's registration URL. */
  String adminPagePath();

  /** Title of that page, in the LMS's words. */
  String adminPageTitle();

  /**
   * Whether the configuration GET needs the registration token (Canvas): it takes it only from the
   * {@code registration_token} of its query, which is why the URL it passes the tool carries it.
   */
  boolean configurationNeedsToken();

  /**
   * Whether the admin page accepts the close message only from the origin of the tool's
   * registration URL (Canvas checks {@code message.origin}; Moodle checks only the subject).
   */
  boolean closeNeedsToolOrigin();

  /** The status of a registration the schema or the rules refuse: Moodle 400, Canvas 422. */
  int invalidStatus();

  /** The OpenID configuration, claiming {@code issuer}. */
  JsonObject configuration(SimulatedPlatform platform, String issuer);

  /** The claims of a registration token minted now; it expires an hour later on both LMSs. */
  Map<String, Object> tokenClaims(SimulatedPlatform platform, Instant now, Instant expiry);

  /** The scopes the configuration lists. */
  List<String> scopesSupported();

  /** The first reason to refuse the registration, in the LMS's order; {@code null} to accept it. */
  Refusal check(JsonObject registration);

  /** The tool's default launch URL the LMS keeps (Moodle makes one up from the domain). */
  String targetLinkUri(JsonObject registration);

  /**
   * The scopes a registration is granted, space-separated, exactly as the answer's {@code scope}
   * says them.
   */
  String grantedScope(JsonObject registration);

  /** What an accepted registration is answered: the client the LMS built from it, in its words. */
  JsonObject answer(SimulatedPlatform platform, JsonObject registration, Answer answer);

  /** What the LMS knows when it answers an accepted registration. */
  record Answer(String grantedScope, String registrationId, boolean withDeploymentId) {}

  /** The body of a refusal, in the LMS's error shape (always sent as {@code application/json}). */
  String errorBody(Refusal refusal);
}
