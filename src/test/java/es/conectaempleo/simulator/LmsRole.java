package es.conectaempleo.simulator;

/** What a person is in the LMS course; each platform turns it into its own role URIs. */
public enum LmsRole {
  LEARNER,
  INSTRUCTOR,
  /** A site administrator: Moodle drops Learner and adds institution and system Administrator. */
  ADMINISTRATOR,
  /** Canvas's observer (a mentor, a parent): Mentor of the course. Moodle has none; its launches say Learner. */
  OBSERVER,
  /**
   * An administrator of the LMS's account enrolled in the course as a student: Canvas sends Learner
   * beside institution Administrator; Moodle treats a site admin as ADMINISTRATOR whatever the enrolment.
   */
  ADMINISTRATOR_ENROLLED_AS_LEARNER;

  /** Enrolled with the student role: graded, listed as Learner. */
  public boolean isStudent() {
    return this == LEARNER || this == ADMINISTRATOR_ENROLLED_AS_LEARNER;
  }
}
