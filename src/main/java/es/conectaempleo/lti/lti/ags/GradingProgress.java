package es.conectaempleo.lti.lti.ags;

/**
 * Where grading stands. Only {@link #FULLY_GRADED} makes Moodle keep {@code scoreGiven}; any other
 * value clears the Moodle grade. Canvas ignores {@code scoreGiven} for {@link #NOT_READY}, {@link
 * #FAILED} and {@link #PENDING}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#gradingprogress">AGS 2.0 §3.4.7</a>
 */
public enum GradingProgress {
  FULLY_GRADED("FullyGraded"),
  PENDING("Pending"),
  PENDING_MANUAL("PendingManual"),
  FAILED("Failed"),
  NOT_READY("NotReady");

  private final String jsonValue;

  GradingProgress(String jsonValue) {
    this.jsonValue = jsonValue;
  }

  /** The value on the wire, e.g. {@code FullyGraded}. */
  public String jsonValue() {
    return jsonValue;
  }
}
