package es.conectaempleo.lti.lti.claims;

import java.util.Optional;

/**
 * The message types this tool answers. Dispatch is on the message type, never on the URL.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#message-type-claim">LTI Core 1.3 §5.3.1</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-request-message">Deep
 *     Linking 2.0 §4.4</a>
 */
public enum MessageType {
  RESOURCE_LINK("LtiResourceLinkRequest"),
  DEEP_LINKING("LtiDeepLinkingRequest");

  private final String claimValue;

  MessageType(String claimValue) {
    this.claimValue = claimValue;
  }

  public String claimValue() {
    return claimValue;
  }

  /** The message type a claim names, or empty for one this tool does not handle. */
  public static Optional<MessageType> fromClaim(String value) {
    for (MessageType type : values()) {
      if (type.claimValue.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
