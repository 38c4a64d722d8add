/**
 * Pages for people (learners, instructors, admins) and the HTTP plumbing they share: templates
 * compiled at build time (JTE, HTML-escaped by default), Spanish-first texts with English, error
 * pages that never show a stack trace, and problem details for the JSON APIs.
 */
package es.conectaempleo.lti.web;
