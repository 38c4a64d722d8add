package es.conectaempleo.lti.lti.claims;

/**
 * Claim names of LTI 1.3 messages.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#required-message-claims">LTI Core 1.3 §5.3</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#optional-message-claims">LTI Core 1.3 §5.4</a>
 */
public final class LtiClaims {
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  /** §5.3.1 */
  public static final String MESSAGE_TYPE = LTI + "message_type";

  /** §5.3.2, always {@value LtiClaims#VERSION_1_3_0} here. */
  public static final String VERSION = LTI + "version";

  /** §5.3.3 */
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";

  /** §5.3.4 */
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";

  /** §5.3.5 {@code {id, title, description}} */
  public static final String RESOURCE_LINK = LTI + "resource_link";

  /** §5.3.7 */
  public static final String ROLES = LTI + "roles";

  /** §5.4.1 {@code {id, label, title, type}} */
  public static final String CONTEXT = LTI + "context";

  /** §5.4.2 */
  public static final String TOOL_PLATFORM = LTI + "tool_platform";

  /** §5.4.4 {@code {document_target, height, width, return_url, locale}} */
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";

  /** §5.4.5 */
  public static final String LIS = LTI + "lis";

  /** §5.4.6, string values only. */
  public static final String CUSTOM = LTI + "custom";

  /** Canvas sends a top-level {@code locale}; Moodle only {@code launch_presentation.locale}. */
  public static final String CANVAS_LOCALE = "locale";

  /** Assignment and Grade Services 2.0 §3.1. */
  public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

  /** Names and Role Provisioning Services 2.0 §3.6.1.1. */
  public static final String NRPS_SERVICE =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  /** Deep Linking 2.0 §4.4.1. */
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  public static final String VERSION_1_3_0 = "1.3.0";

  private LtiClaims() {}
}
