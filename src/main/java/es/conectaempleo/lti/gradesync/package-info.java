/**
 * Grade and completion sync: what learners achieve reaches the LMS gradebook through Assignment and
 * Grade Services 2.0, exactly once in effect, in order, even when the LMS misbehaves. A launch with
 * the AGS claim records where the placement's line items live; each progress change writes its score
 * to a durable outbox in the same transaction, on the stream of that learner and line item; a
 * background dispatcher on every node claims streams with a database lease, sends only each
 * stream's newest score with a strictly increasing whole-second timestamp, and retries or fails it
 * by the platform's answer. The line item is resolved (claim, found by tag, or created) once, under
 * a row lock.
 *
 * <p>Reference: https://www.imsglobal.org/spec/lti-ags/v2p0
 */
package es.conectaempleo.lti.gradesync;
