/**
 * Course rosters through Names and Role Provisioning Services 2.0. A launch that carries the NRPS
 * claim records where its LMS course's membership service lives; an instructor imports the roster
 * on demand (all pages, following {@code Link: rel="next"}), and the instructor page lists who on it
 * has not opened the tool yet. An import replaces the previous one.
 *
 * <p>Reference: https://www.imsglobal.org/spec/lti-nrps/v2p0
 */
package es.conectaempleo.lti.roster;
