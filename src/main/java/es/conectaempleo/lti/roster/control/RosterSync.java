package es.conectaempleo.lti.roster.control;

import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.claims.NrpsScopes;
import es.conectaempleo.lti.lti.nrps.Membership;
import es.conectaempleo.lti.lti.nrps.MembershipContainer;
import es.conectaempleo.lti.lti.nrps.NrpsClient;
import es.conectaempleo.lti.lti.token.ServiceToken;
import es.conectaempleo.lti.lti.token.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Reads a course roster from the platform's membership service: all pages, with an access token for
 * the NRPS scope; a 401 gets one fresh token and one more try. A roster that names another LMS course
 * than the one asked for is refused: its people would be listed to this course's instructors.
 */
@ApplicationScoped
public class RosterSync {
  /** Members per page asked of the platform. */
  static final int PAGE_SIZE = 500;

  @Inject ServiceTokens tokens;

  @Inject NrpsClient nrps;

  @Inject ToolKeys keys;

  /**
   * @param contextId the LMS course's id, as its launches send it
   * @throws ServiceCallException the platform failed, or answered with another course's roster
   */
  public List<Membership> members(PlatformConfig platform, URI membershipsUrl, String contextId)
      throws ServiceCallException {
    MembershipContainer roster = fetch(platform, membershipsUrl);
    if (roster.contextId() != null && !roster.contextId().equals(contextId)) {
      throw new ServiceCallException(
          ServiceFailure.malformed(
              "GET",
              membershipsUrl,
              200,
              null,
              "the roster is of LMS course " + roster.contextId() + ", not of this course (" + contextId + ")"));
    }
    return roster.members();
  }

  private MembershipContainer fetch(PlatformConfig platform, URI membershipsUrl) throws ServiceCallException {
    Set<String> scopes = Set.of(NrpsScopes.CONTEXT_MEMBERSHIP_READONLY);
    ServiceToken token = tokens.token(platform, keys.signingKey(), scopes);
    try {
      return nrps.members(membershipsUrl, null, PAGE_SIZE, token);
    } catch (ServiceCallException e) {
      if (!e.failure().isUnauthorized()) {
        throw e;
      }
      tokens.invalidate(token);
      return nrps.members(membershipsUrl, null, PAGE_SIZE, tokens.token(platform, keys.signingKey(), scopes));
    }
  }
}
