package es.conectaempleo.lti.lti;

import java.net.URI;
import java.util.Objects;

/**
 * What the tool knows of one platform registration: the values an LMS admin gives us. Immutable.
 *
 * @param issuer the platform's {@code iss}, compared byte for byte; never {@code null}
 * @param clientId the client id the platform issued to this tool; never {@code null}
 * @param authLoginUrl the platform's OIDC authorization endpoint; never {@code null}
 * @param accessTokenUrl the platform's OAuth 2 token endpoint; never {@code null}
 * @param jwksUrl the platform's public key set, the only place platform keys are read from; never
 *     {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#platform-and-tool-registration">LTI Core
 *     1.3 §3.1.2</a>
 */
public record PlatformConfig(
    String issuer, String clientId, URI authLoginUrl, URI accessTokenUrl, URI jwksUrl) {
  public PlatformConfig {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(authLoginUrl, "authLoginUrl");
    Objects.requireNonNull(accessTokenUrl, "accessTokenUrl");
    Objects.requireNonNull(jwksUrl, "jwksUrl");
  }
}
