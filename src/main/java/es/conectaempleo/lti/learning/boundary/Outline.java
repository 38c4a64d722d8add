package es.conectaempleo.lti.learning.boundary;

import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.learning.control.CourseProgress;

/**
 * A course as one person sees it: its content, their current attempt and its progress.
 *
 * @param enrollment {@code null} for staff previews and people not enrolled
 * @param progress empty progress when there is no enrollment
 */
public record Outline(CourseContent content, Enrollment enrollment, CourseProgress progress) {}
