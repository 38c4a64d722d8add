package es.conectaempleo.lti.launch.boundary;

import java.util.Set;

/**
 * The form a platform posts to the launch URL, and the login cookies the browser sent with it.
 *
 * @param idToken may be {@code null}
 * @param state may be {@code null}
 * @param error an OIDC error code instead of a token; may be {@code null}
 * @param stateCookies states named by this tool's login cookies present on the request; empty when
 *     the browser blocks them
 */
public record LaunchPost(
    String idToken, String state, String error, String errorDescription, Set<String> stateCookies) {}
