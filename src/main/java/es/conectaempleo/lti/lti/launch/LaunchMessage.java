package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.ags.AgsEndpoint;
import es.conectaempleo.lti.lti.claims.LtiClaims;
import es.conectaempleo.lti.lti.deeplinking.DeepLinkingSettings;
import es.conectaempleo.lti.lti.claims.MessageType;
import es.conectaempleo.lti.lti.claims.Roles;
import es.conectaempleo.lti.lti.nrps.NrpsEndpoint;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of an id_token whose signature, issuer, audience and times are verified. {@link
 * #requireSupported()} then checks the LTI claims its message type requires. Immutable.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#required-message-claims">LTI Core 1.3 §5.3</a>
 */
public final class LaunchMessage {
  private static final int MAX_ID_LENGTH = 255;

  private final JWTClaimsSet claims;

  LaunchMessage(JWTClaimsSet claims) {
    this.claims = claims;
  }

  /**
   * Checks the version, the message type and the claims that type requires.
   *
   * @return the message type; never {@code null}
   * @throws LaunchRejectedException {@link Rejection#VERSION_UNSUPPORTED}, {@link
   *     Rejection#MESSAGE_TYPE_UNSUPPORTED}, {@link Rejection#CLAIM_MISSING} or {@link
   *     Rejection#CLAIM_INVALID}
   */
  public MessageType requireSupported() throws LaunchRejectedException {
    String version = requiredString(LtiClaims.VERSION);
    if (!LtiClaims.VERSION_1_3_0.equals(version)) {
      throw new LaunchRejectedException(
          Rejection.VERSION_UNSUPPORTED, "LTI version " + version + " is not 1.3.0");
    }
    String type = requiredString(LtiClaims.MESSAGE_TYPE);
    MessageType messageType =
        MessageType.fromClaim(type)
            .orElseThrow(
                () ->
                    new LaunchRejectedException(
                        Rejection.MESSAGE_TYPE_UNSUPPORTED,
                        "message type " + type + " is not supported"));
    requireIdentifier(LtiClaims.DEPLOYMENT_ID, requiredString(LtiClaims.DEPLOYMENT_ID));
    requireIdentifier("sub", requiredString("sub"));
    roles();
    String contextId = member(LtiClaims.CONTEXT, "id");
    if (contextId != null) {
      requireIdentifier(LtiClaims.CONTEXT + ".id", contextId);
    }
    if (messageType == MessageType.RESOURCE_LINK) {
      requiredString(LtiClaims.TARGET_LINK_URI);
      requireIdentifier(
          LtiClaims.RESOURCE_LINK + ".id", requiredMember(LtiClaims.RESOURCE_LINK, "id"));
    } else {
      deepLinkingSettings();
    }
    return messageType;
  }

  public String issuer() {
    return claims.getIssuer();
  }

  public String subject() {
    return claims.getSubject();
  }

  public String nonce() {
    return string("nonce");
  }

  public String deploymentId() {
    return string(LtiClaims.DEPLOYMENT_ID);
  }

  /** May be {@code null} for a deep-linking request. */
  public String targetLinkUri() {
    return string(LtiClaims.TARGET_LINK_URI);
  }

  public String messageType() {
    return string(LtiClaims.MESSAGE_TYPE);
  }

  /**
   * The roles claim, which may be an empty list.
   *
   * @throws LaunchRejectedException {@link Rejection#CLAIM_MISSING} when absent, {@link
   *     Rejection#CLAIM_INVALID} when not a list of strings
   */
  public Roles roles() throws LaunchRejectedException {
    if (claims.getClaim(LtiClaims.ROLES) == null) {
      throw new LaunchRejectedException(Rejection.CLAIM_MISSING, "claim " + LtiClaims.ROLES + " is missing");
    }
    try {
      List<String> roles = claims.getStringListClaim(LtiClaims.ROLES);
      // Nimbus lets JSON nulls through as list elements.
      if (!roles.contains(null)) {
        return Roles.of(roles);
      }
    } catch (ParseException e) {
      // not a list of strings: rejected below
    }
    throw new LaunchRejectedException(Rejection.CLAIM_INVALID, "roles must be a list of strings");
  }

  public Optional<String> resourceLinkId() {
    return Optional.ofNullable(member(LtiClaims.RESOURCE_LINK, "id"));
  }

  public Optional<String> resourceLinkTitle() {
    return Optional.ofNullable(member(LtiClaims.RESOURCE_LINK, "title"));
  }

  public Optional<String> contextId() {
    return Optional.ofNullable(member(LtiClaims.CONTEXT, "id"));
  }

  public Optional<String> contextLabel() {
    return Optional.ofNullable(member(LtiClaims.CONTEXT, "label"));
  }

  public Optional<String> contextTitle() {
    return Optional.ofNullable(member(LtiClaims.CONTEXT, "title"));
  }

  public Optional<String> name() {
    return Optional.ofNullable(string("name"));
  }

  public Optional<String> givenName() {
    return Optional.ofNullable(string("given_name"));
  }

  public Optional<String> familyName() {
    return Optional.ofNullable(string("family_name"));
  }

  public Optional<String> email() {
    return Optional.ofNullable(string("email"));
  }

  /**
   * The launch locale as sent: Canvas's top-level {@code locale} (BCP 47), else {@code
   * launch_presentation.locale} (Moodle sends its own codes such as {@code es_mx}).
   */
  public Optional<String> locale() {
    String canvas = string(LtiClaims.CANVAS_LOCALE);
    return Optional.ofNullable(
        canvas != null ? canvas : member(LtiClaims.LAUNCH_PRESENTATION, "locale"));
  }

  /** Custom parameters; values are strings by the spec, anything else is turned into one. */
  public Map<String, String> custom() {
    Map<String, Object> custom = object(LtiClaims.CUSTOM);
    if (custom == null) {
      return Map.of();
    }
    var result = new java.util.HashMap<String, String>();
    custom.forEach((key, value) -> {
      if (value != null) {
        result.put(key, value.toString());
      }
    });
    return Map.copyOf(result);
  }

  /**
   * The Assignment and Grade Services claim; empty when absent or offering neither scope nor URL.
   * Unreadable URLs count as absent: the launch itself never fails on this claim.
   */
  public Optional<AgsEndpoint> agsEndpoint() {
    return AgsEndpoint.fromClaim(object(LtiClaims.AGS_ENDPOINT));
  }

  /**
   * The Names and Role Provisioning Services claim; empty when absent or without an absolute
   * {@code context_memberships_url}.
   */
  public Optional<NrpsEndpoint> nrpsEndpoint() {
    return NrpsEndpoint.fromClaim(object(LtiClaims.NRPS_SERVICE));
  }

  /**
   * The settings of a deep-linking request.
   *
   * @throws LaunchRejectedException when the claim lacks its return URL or accepted types, or they
   *     are malformed
   */
  public DeepLinkingSettings deepLinkingSettings() throws LaunchRejectedException {
    return DeepLinkingSettings.from(object(LtiClaims.DEEP_LINKING_SETTINGS));
  }

  /** A JSON object claim, for the service claims of later specs; may be {@code null}. */
  public Map<String, Object> object(String name) {
    try {
      return claims.getJSONObjectClaim(name);
    } catch (ParseException e) {
      return null;
    }
  }

  /** A string list member of an object claim; empty when absent. */
  public List<String> stringList(String claim, String member) {
    Map<String, Object> object = object(claim);
    if (object != null && object.get(member) instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }

  /** A string member of an object claim; may be {@code null}. */
  public String member(String claim, String member) {
    Map<String, Object> object = object(claim);
    Object value = object == null ? null : object.get(member);
    return value instanceof String s && !s.isEmpty() ? s : null;
  }

  private String string(String name) {
    Object value = claims.getClaim(name);
    return value instanceof String s && !s.isEmpty() ? s : null;
  }

  private String requiredString(String name) throws LaunchRejectedException {
    Object value = claims.getClaim(name);
    if (value == null || "".equals(value)) {
      throw new LaunchRejectedException(Rejection.CLAIM_MISSING, "claim " + name + " is missing");
    }
    if (!(value instanceof String s)) {
      throw new LaunchRejectedException(Rejection.CLAIM_INVALID, "claim " + name + " must be a string");
    }
    return s;
  }

  private String requiredMember(String claim, String member) throws LaunchRejectedException {
    String value = member(claim, member);
    if (value == null) {
      throw new LaunchRejectedException(
          Rejection.CLAIM_MISSING, "claim " + claim + " has no " + member);
    }
    return value;
  }

  private static void requireIdentifier(String name, String value) throws LaunchRejectedException {
    if (value.length() > MAX_ID_LENGTH) {
      throw new LaunchRejectedException(
          Rejection.CLAIM_INVALID, "claim " + name + " is longer than 255 characters");
    }
  }
}
