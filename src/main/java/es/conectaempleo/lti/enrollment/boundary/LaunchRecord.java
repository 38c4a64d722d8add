package es.conectaempleo.lti.enrollment.boundary;

/**
 * The registry rows a launch touched. Immutable.
 *
 * @param contextKey may be {@code null}
 * @param resourceLinkKey may be {@code null}
 * @param courseId the course the launch opens: the one it named, else the one its resource link
 *     opened before; {@code null} when neither
 * @param enrollmentId {@code null} when nobody was enrolled (staff, or no course yet)
 */
public record LaunchRecord(
    long learnerId, Long contextKey, Long resourceLinkKey, Long courseId, Long enrollmentId) {}
