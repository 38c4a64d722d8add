/**
 * The program's numbers, as Conecta Empleo reports them: learners enrolled, started, completed and
 * approved, and hours of training, per course and in total. Computed by JPQL aggregates over the
 * enrollment registry; a learner counts once per course and once in the totals, whatever the number
 * of attempts, while hours add up over every attempt.
 */
package es.conectaempleo.lti.reporting;
