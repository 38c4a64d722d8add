package es.conectaempleo.lti.enrollment.entity;

/**
 * What the LMS said, at a launch, about grading the link: where a learner's grade for the course can
 * go. In rising order: an enrollment moves to a link of its LMS course only if that link grades
 * better (see {@link Enrollment#recordLaunch}).
 */
public enum LinkGrading {
  /** No grade service: the LMS takes no grade from this link (a Moodle activity without grades). */
  UNGRADED,
  /**
   * A grade service but no line item of the link's own: the tool finds or creates a column (a Canvas
   * module item or course-menu link, a Moodle activity with several grade items).
   */
  TOOL_COLUMN,
  /** The launch named the link's own line item: the LMS's gradebook column for it (an assignment). */
  LINE_ITEM
}
