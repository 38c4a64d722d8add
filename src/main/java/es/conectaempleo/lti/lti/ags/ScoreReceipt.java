package es.conectaempleo.lti.lti.ags;

import java.net.URI;

/**
 * The platform accepted a score (any 2xx). Immutable.
 *
 * @param status the HTTP status: 200, 201, 202 or 204 are all success
 * @param resultUrl the result URL Canvas returns; {@code null} when the platform sends none
 *     (Moodle)
 */
public record ScoreReceipt(int status, URI resultUrl) {}
