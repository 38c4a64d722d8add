package es.conectaempleo.lti.gradesync.control;

/** A score was queued (or queued again); the dispatcher wakes once its transaction commits. */
public record ScoreQueued(long enrollmentId) {}
