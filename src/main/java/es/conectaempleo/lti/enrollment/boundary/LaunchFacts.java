package es.conectaempleo.lti.enrollment.boundary;

/**
 * What a validated launch tells the registry. Immutable.
 *
 * @param platformId key of the registration; the learner is (platform, subject)
 * @param deploymentKey key of the registered deployment
 * @param subject the launch {@code sub}; never {@code null}
 * @param contextId the LMS course id; may be {@code null}
 * @param resourceLinkId may be {@code null} (deep-linking requests have none)
 * @param courseId the catalog course the launch opens; {@code null} when it did not say
 * @param enroll whether the person takes the course as a learner (staff only look)
 */
public record LaunchFacts(
    long platformId,
    long deploymentKey,
    String subject,
    String name,
    String givenName,
    String familyName,
    String email,
    String locale,
    String contextId,
    String contextLabel,
    String contextTitle,
    String resourceLinkId,
    String resourceLinkTitle,
    Long courseId,
    boolean enroll) {}
