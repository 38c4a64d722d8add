/**
 * The learner's pages, opened from the LMS (often in an iframe): the course page and the catalog.
 * Each request carries the launch token in the {@code lt} parameter, never a cookie, and each page
 * hands out a renewed token in its links and forms.
 */
package es.conectaempleo.lti.web.learner;
