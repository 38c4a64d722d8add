package es.conectaempleo.lti.enrollment.boundary;

import es.conectaempleo.lti.enrollment.entity.Enrollment;

/**
 * A learner's current attempt at a course after a launch or a pick from the catalog.
 *
 * @param enrollment the attempt, as the caller's transaction holds it
 * @param moved whether an attempt begun earlier now counts from another resource link than before
 *     (a new attempt has not moved)
 */
public record Enrolled(Enrollment enrollment, boolean moved) {}
