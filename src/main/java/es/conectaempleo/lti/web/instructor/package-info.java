/**
 * The instructor's pages, opened from the LMS course by a person with an instructor role of that
 * course (only of that one: the launch token names it). They show each learner's state and score and
 * whether the grade reached the LMS gradebook, and let the instructor retry failed deliveries and
 * import the course roster.
 */
package es.conectaempleo.lti.web.instructor;
