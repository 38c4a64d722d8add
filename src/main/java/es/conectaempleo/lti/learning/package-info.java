/**
 * Learning progress inside a course attempt: lessons marked done and quiz attempts. After each
 * change the attempt's figures are recomputed (lessons and quizzes done, minutes of training, course
 * score = mean of the best attempt of every quiz, 0-100) and handed to the enrollment, which moves
 * its state forward, and to grade sync, which reports progress and grades to the LMS, all in one
 * transaction. The JSON API under {@code /api/learning} is what the pages themselves use.
 */
package es.conectaempleo.lti.learning;
