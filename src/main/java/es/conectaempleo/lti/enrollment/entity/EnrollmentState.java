package es.conectaempleo.lti.enrollment.entity;

/** The program's milestones, in order: each later state implies the earlier ones. */
public enum EnrollmentState {
  /** Launched the course at least once. */
  ENROLLED,
  /** Did a first learning activity. */
  STARTED,
  /** Did every lesson and submitted every quiz. */
  COMPLETED,
  /** Completed with a course score at or above the pass mark. */
  APPROVED
}
