package es.conectaempleo.lti.gradesync.control;

import java.time.Instant;

/**
 * A delivery try, finished, waiting to be written down with others in one transaction.
 *
 * @param at when the try ended
 */
public record Tried(ScoreJob job, Outcome outcome, Instant at) {}
