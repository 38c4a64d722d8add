package es.conectaempleo.lti.lti.claims;

/**
 * The OAuth 2 scope of Names and Role Provisioning Services 2.0.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS 2.0 §3.6</a>
 */
public final class NrpsScopes {
  /** Read the context's memberships. */
  public static final String CONTEXT_MEMBERSHIP_READONLY =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  private NrpsScopes() {}
}
