package es.conectaempleo.lti.launch.entity;

/** How a launch ended. */
public enum LaunchOutcome {
  ACCEPTED,
  REJECTED
}
