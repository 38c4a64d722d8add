package es.conectaempleo.lti.lti.claims;

/**
 * Media types of the LTI Advantage services, sent as {@code Content-Type} on POST and {@code
 * Accept} on GET, always exactly as written here (Moodle answers 400 to anything else, including a
 * score posted as plain JSON).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#media-types-and-schemas">AGS 2.0 media
 *     types</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public final class ServiceMediaTypes {
  /** One line item (AGS §3.2). */
  public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";

  /** A list of line items (AGS §3.2). */
  public static final String LINE_ITEM_CONTAINER =
      "application/vnd.ims.lis.v2.lineitemcontainer+json";

  /** A list of results (AGS §3.3). */
  public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

  /** A score (AGS §3.4). */
  public static final String SCORE = "application/vnd.ims.lis.v1.score+json";

  /** A page of memberships (NRPS §2.2). */
  public static final String MEMBERSHIP_CONTAINER =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** The token request (RFC 6749 §4.4.2). */
  public static final String FORM = "application/x-www-form-urlencoded";

  /** The token response (RFC 6749 §5.1), and what a score POST answers. */
  public static final String JSON = "application/json";

  private ServiceMediaTypes() {}
}
