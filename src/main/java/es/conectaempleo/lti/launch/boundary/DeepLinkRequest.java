package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.lti.deeplinking.DeepLinkingSettings;
import java.time.Instant;

/**
 * An accepted deep-linking request, carried from the launch to the instructor's course selection
 * in a signed ticket ({@link DeepLinkTickets}). Immutable.
 *
 * @param platformId the registration the request came through
 * @param deploymentId the request's deployment id, returned in the response
 * @param settings what the platform accepts back
 * @param staff whether the person may place content (an instructor, designer or administrator)
 * @param language the page language, {@code es} or {@code en}
 * @param expiresAt when the ticket stops working
 */
public record DeepLinkRequest(
    long platformId, String deploymentId, DeepLinkingSettings settings, boolean staff, String language, Instant expiresAt) {}
