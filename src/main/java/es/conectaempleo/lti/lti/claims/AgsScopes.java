package es.conectaempleo.lti.lti.claims;

/**
 * OAuth 2 scopes of Assignment and Grade Services 2.0, as listed in the launch's AGS claim and
 * asked for at the token endpoint. A platform may grant fewer than the claim lists (Moodle's "grade
 * sync only" setting leaves out {@link #LINEITEM}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#assignment-and-grade-service-claim">AGS
 *     2.0 §3.1</a>
 */
public final class AgsScopes {
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";

  /** Create, read, update and delete the tool's line items (§3.2). */
  public static final String LINEITEM = AGS + "lineitem";

  /** Read line items only (§3.2). */
  public static final String LINEITEM_READONLY = AGS + "lineitem.readonly";

  /** Read results (§3.3). */
  public static final String RESULT_READONLY = AGS + "result.readonly";

  /** Post scores (§3.4). */
  public static final String SCORE = AGS + "score";

  private AgsScopes() {}
}
