package es.conectaempleo.lti.lti.nrps;

/**
 * A member's status in the context. Absent means {@link #ACTIVE}; Moodle lists only active
 * enrolments and always says {@code Active}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public enum MemberStatus {
  ACTIVE,
  INACTIVE,
  DELETED;

  /**
   * @param value the {@code status} member; may be {@code null}
   * @return the status; an unknown value counts as {@link #INACTIVE}, so it grants nothing
   */
  static MemberStatus fromJson(String value) {
    if (value == null || value.isEmpty() || value.equalsIgnoreCase("Active")) {
      return ACTIVE;
    }
    return value.equalsIgnoreCase("Deleted") ? DELETED : INACTIVE;
  }
}
