package es.conectaempleo.lti.enrollment.boundary;

import static es.conectaempleo.lti.ColumnText.fit;

import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import java.util.Objects;

/**
 * What a validated launch tells the registry. Immutable. Descriptions (names, email, titles, locale)
 * are cut to what the registry keeps: a platform may send a course title of any length, and a
 * launch is no place to refuse it.
 *
 * @param platformId key of the registration; the learner is (platform, subject)
 * @param deploymentKey key of the registered deployment
 * @param subject the launch {@code sub}; never {@code null}
 * @param contextId the LMS course id; may be {@code null}
 * @param resourceLinkId may be {@code null} (deep-linking requests have none)
 * @param courseId the catalog course the launch opens; {@code null} when it did not say
 * @param enroll whether the person takes the course as a learner (staff only look)
 * @param grading how the LMS grades the resource link, from the launch's grade service claim; never
 *     {@code null}
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
    boolean enroll,
    LinkGrading grading) {

  /** The longest description the registry keeps (its columns). */
  static final int MAX_TEXT = 255;

  /** The longest locale tag the registry keeps (BCP 47's practical maximum). */
  static final int MAX_LOCALE = 35;

  public LaunchFacts {
    Objects.requireNonNull(grading, "grading");
    name = fit(name, MAX_TEXT);
    givenName = fit(givenName, MAX_TEXT);
    familyName = fit(familyName, MAX_TEXT);
    email = fit(email, MAX_TEXT);
    locale = fit(locale, MAX_LOCALE);
    contextLabel = fit(contextLabel, MAX_TEXT);
    contextTitle = fit(contextTitle, MAX_TEXT);
    resourceLinkTitle = fit(resourceLinkTitle, MAX_TEXT);
  }
}
