/**
 * Assignment and Grade Services 2.0: the launch's AGS claim ({@link
 * es.conectaempleo.lti.lti.ags.AgsEndpoint}), line items, scores and results as wire records, and
 * {@link es.conectaempleo.lti.lti.ags.AgsClient} to call the platform. Scores are validated before
 * they leave (scoreMaximum with every scoreGiven, sub-second timestamps), URLs keep Moodle's {@code
 * ?type_id=} query after the inserted path, and paging follows {@code Link} headers written with
 * typographic quotes. Failures are reported as facts; retry policy stays with the caller.
 *
 * <p>References: AGS 2.0 (https://www.imsglobal.org/spec/lti-ags/v2p0).
 */
package es.conectaempleo.lti.lti.ags;
