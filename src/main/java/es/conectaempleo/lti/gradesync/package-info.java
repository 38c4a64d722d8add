/**
 * Grade and completion sync: what learners achieve reaches the LMS gradebook through Assignment and
 * Grade Services 2.0, exactly once in effect, in order, even when the LMS misbehaves. A launch that
 * carries the AGS claim records where the placement's line items live; each progress change writes
 * its score to a durable outbox in the same transaction; a background dispatcher delivers the outbox.
 *
 * <p>Reference: https://www.imsglobal.org/spec/lti-ags/v2p0
 */
package es.conectaempleo.lti.gradesync;
