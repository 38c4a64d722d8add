/**
 * The enrollment registry: who learns what, and from where. A {@link
 * es.conectaempleo.lti.enrollment.entity.Learner} is an LMS user (platform + {@code sub}); an
 * {@link es.conectaempleo.lti.enrollment.entity.Enrollment} is one attempt of a learner at a
 * catalog course, remembering the platform, deployment, LMS context and resource link it was
 * launched from, and its state: enrolled, started, completed, approved. Launches upsert the registry
 * idempotently: unique keys make two simultaneous launches of one learner end in one enrollment.
 */
package es.conectaempleo.lti.enrollment;
