package es.conectaempleo.simulator;

/** What a person is in the LMS course; each platform turns it into its own role URIs. */
public enum LmsRole {
  LEARNER,
  INSTRUCTOR,
  /** A site administrator: Moodle drops Learner and adds institution and system Administrator. */
  ADMINISTRATOR
}
