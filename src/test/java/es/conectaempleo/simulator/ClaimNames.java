package es.conectaempleo.simulator;

/**
 * Names of the claims, message types and role URIs platforms send, each written once.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#required-message-claims">LTI Core 1.3 §5.3</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#optional-message-claims">LTI Core 1.3 §5.4</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#role-vocabularies">LTI Core 1.3 A.2</a>
 */
public final class ClaimNames {
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  /** §5.3.1 */
  public static final String MESSAGE_TYPE = LTI + "message_type";
  /** §5.3.2 */
  public static final String VERSION = LTI + "version";
  /** §5.3.3 */
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";
  /** §5.3.4 */
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";
  /** §5.3.5 */
  public static final String RESOURCE_LINK = LTI + "resource_link";
  /** §5.3.7 */
  public static final String ROLES = LTI + "roles";
  /** §5.4.1 */
  public static final String CONTEXT = LTI + "context";
  /** §5.4.2 */
  public static final String TOOL_PLATFORM = LTI + "tool_platform";
  /** §5.4.4 */
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  /** §5.4.5 */
  public static final String LIS = LTI + "lis";
  /** §5.4.6 */
  public static final String CUSTOM = LTI + "custom";
  /** §5.4.7 vendor extension, as Moodle names it. */
  public static final String EXT = LTI + "ext";
  /** LTI 1.1 migration (Canvas). */
  public static final String LTI11_LEGACY_USER_ID = LTI + "lti11_legacy_user_id";
  public static final String LTI1P1 = LTI + "lti1p1";

  /** Assignment and Grade Services 2.0 §3.1. */
  public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  /** Names and Role Provisioning Services 2.0 §3.6.1.1. */
  public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
  /** LTI 1.1 Basic Outcomes bridge, sent by Moodle to 1.3 tools too. */
  public static final String BASIC_OUTCOME = "https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome";
  /** Deep Linking 2.0 §4.4.1. */
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  /** Canvas extensions: top-level {@code locale} and the placement name. */
  public static final String CANVAS_LOCALE = "locale";
  public static final String CANVAS_PLACEMENT = "https://www.instructure.com/placement";

  public static final String VERSION_1_3_0 = "1.3.0";
  public static final String DEEP_LINKING_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  public static final String DEEP_LINKING_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

  private static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
  public static final String ROLE_LEARNER = LIS_V2 + "membership#Learner";
  public static final String ROLE_INSTRUCTOR = LIS_V2 + "membership#Instructor";
  public static final String ROLE_MENTOR = LIS_V2 + "membership#Mentor";
  public static final String ROLE_INSTITUTION_STUDENT = LIS_V2 + "institution/person#Student";
  public static final String ROLE_INSTITUTION_INSTRUCTOR = LIS_V2 + "institution/person#Instructor";
  public static final String ROLE_INSTITUTION_ADMINISTRATOR = LIS_V2 + "institution/person#Administrator";
  public static final String ROLE_SYSTEM_USER = LIS_V2 + "system/person#User";
  public static final String ROLE_SYSTEM_ADMINISTRATOR = LIS_V2 + "system/person#Administrator";
  public static final String CONTEXT_COURSE_OFFERING = LIS_V2 + "course#CourseOffering";

  private static final String AGS_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/";
  public static final String SCOPE_LINEITEM = AGS_SCOPE + "lineitem";
  public static final String SCOPE_LINEITEM_READONLY = AGS_SCOPE + "lineitem.readonly";
  public static final String SCOPE_RESULT_READONLY = AGS_SCOPE + "result.readonly";
  public static final String SCOPE_SCORE = AGS_SCOPE + "score";

  private ClaimNames() {}
}
