/**
 * The pages an LMS admin meets: LTI Dynamic Registration, opened by Moodle or Canvas with a
 * one-time registration link the operator handed out.
 */
package es.conectaempleo.lti.web.admin;
