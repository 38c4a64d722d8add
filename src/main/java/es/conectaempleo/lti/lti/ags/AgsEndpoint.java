package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Assignment and Grade Services claim of a launch: the scopes the platform lets this tool ask
 * for and the line-item URLs. Moodle sends {@code lineitem} only when exactly one grade item is
 * attached to the activity. Immutable.
 *
 * @param scopes the {@code scope} list; never {@code null}, may be empty
 * @param lineItems the line-item container URL ({@code lineitems}); may be {@code null}
 * @param lineItem the link's single line item URL ({@code lineitem}); may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#assignment-and-grade-service-claim">AGS
 *     2.0 §3.1</a>
 */
public record AgsEndpoint(List<String> scopes, URI lineItems, URI lineItem) {

  public AgsEndpoint {
    scopes = List.copyOf(scopes);
  }

  /**
   * Reads the claim leniently: non-string scopes are dropped, unreadable or relative URLs count as
   * absent.
   *
   * @param claim the claim's JSON object; may be {@code null}
   * @return the endpoint, or empty when the claim is absent or offers neither URL nor scope
   */
  public static Optional<AgsEndpoint> fromClaim(Map<String, Object> claim) {
    if (claim == null) {
      return Optional.empty();
    }
    List<String> scopes =
        claim.get("scope") instanceof List<?> list
            ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
            : List.of();
    URI lineItems = JsonMembers.uri(claim, "lineitems");
    URI lineItem = JsonMembers.uri(claim, "lineitem");
    if (scopes.isEmpty() && lineItems == null && lineItem == null) {
      return Optional.empty();
    }
    return Optional.of(new AgsEndpoint(scopes, lineItems, lineItem));
  }

  public Optional<URI> lineItemsUrl() {
    return Optional.ofNullable(lineItems);
  }

  public Optional<URI> lineItemUrl() {
    return Optional.ofNullable(lineItem);
  }

  /**
   * @param scope never {@code null}
   */
  public boolean allows(String scope) {
    return scopes.contains(scope);
  }

  /** The platform lets the tool post scores. */
  public boolean canPostScores() {
    return allows(AgsScopes.SCORE);
  }

  /** The platform lets the tool create and change line items (Moodle: "column management"). */
  public boolean canManageLineItems() {
    return allows(AgsScopes.LINEITEM);
  }
}
