package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.PlatformConfig;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;

/** What an admin sends to register a platform or correct its endpoints. */
public record PlatformRequest(
    @NotBlank @Size(max = 255) @LmsUrl String issuer,
    @NotBlank @Size(max = 255) String clientId,
    @Size(max = 255) String name,
    @NotBlank @Size(max = 1024) @LmsUrl String authLoginUrl,
    @NotBlank @Size(max = 1024) @LmsUrl String accessTokenUrl,
    @NotBlank @Size(max = 1024) @LmsUrl String jwksUrl) {

  PlatformConfig toConfig() {
    return new PlatformConfig(
        issuer, clientId, URI.create(authLoginUrl), URI.create(accessTokenUrl), URI.create(jwksUrl));
  }
}
