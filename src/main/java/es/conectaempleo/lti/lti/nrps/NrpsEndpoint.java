package es.conectaempleo.lti.lti.nrps;

import es.conectaempleo.lti.lti.JsonMembers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Names and Role Provisioning Services claim of a launch. Moodle offers {@code ["1.0","2.0"]},
 * Canvas {@code ["2.0"]}. Immutable.
 *
 * @param contextMembershipsUrl where the context's members are listed; never {@code null}
 * @param serviceVersions the versions offered; never {@code null}, may be empty
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS 2.0
 *     §3.6.1.1</a>
 */
public record NrpsEndpoint(URI contextMembershipsUrl, List<String> serviceVersions) {
  public NrpsEndpoint {
    java.util.Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
    serviceVersions = List.copyOf(serviceVersions);
  }

  /**
   * @param claim the claim's JSON object; may be {@code null}
   * @return the endpoint, or empty when the claim is absent or has no absolute {@code
   *     context_memberships_url} of at most {@value JsonMembers#MAX_URL_LENGTH} characters
   */
  public static Optional<NrpsEndpoint> fromClaim(Map<String, Object> claim) {
    URI uri = claim == null ? null : JsonMembers.uri(claim, "context_memberships_url");
    if (uri == null) {
      return Optional.empty();
    }
    List<String> versions =
        claim.get("service_versions") instanceof List<?> list
            ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
            : List.of();
    return Optional.of(new NrpsEndpoint(uri, versions));
  }

  /** Version 2.0 is offered; an absent list is taken as 2.0, the only version LTI 1.3 defines. */
  public boolean supportsVersion2() {
    return serviceVersions.isEmpty() || serviceVersions.contains("2.0");
  }
}
