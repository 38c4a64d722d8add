package es.conectaempleo.lti.lti.ags;

/**
 * How far the learner is with the activity. Moodle only checks that it is present (its completion
 * follows the grade); Canvas shows it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#activityprogress">AGS 2.0 §3.4.6</a>
 */
public enum ActivityProgress {
  INITIALIZED("Initialized"),
  STARTED("Started"),
  IN_PROGRESS("InProgress"),
  SUBMITTED("Submitted"),
  COMPLETED("Completed");

  private final String jsonValue;

  ActivityProgress(String jsonValue) {
    this.jsonValue = jsonValue;
  }

  /** The value on the wire, e.g. {@code InProgress}. */
  public String jsonValue() {
    return jsonValue;
  }
}
