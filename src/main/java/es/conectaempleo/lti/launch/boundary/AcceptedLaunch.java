package es.conectaempleo.lti.launch.boundary;

import es.conectaempleo.lti.enrollment.boundary.LaunchRecord;
import es.conectaempleo.lti.lti.claims.MessageType;

/**
 * What an accepted launch leads to. Immutable.
 *
 * @param session the session its follow-up requests carry
 * @param unknownCourseCode the {@code course} custom parameter, when it names no catalog course; may
 *     be {@code null}
 * @param registered the registry rows the launch wrote
 * @param deepLinking the request, for a deep-linking launch; {@code null} otherwise
 */
public record AcceptedLaunch(
    MessageType messageType,
    LaunchSession session,
    String unknownCourseCode,
    LaunchRecord registered,
    DeepLinkRequest deepLinking) {}
