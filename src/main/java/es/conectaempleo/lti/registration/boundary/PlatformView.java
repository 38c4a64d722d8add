package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.registration.entity.Platform;
import java.time.Instant;

/** A registration as the admin API shows it. */
public record PlatformView(
    long id,
    String issuer,
    String clientId,
    String name,
    String authLoginUrl,
    String accessTokenUrl,
    String jwksUrl,
    Instant createdAt,
    Instant updatedAt) {

  static PlatformView of(Platform platform) {
    var config = platform.config();
    return new PlatformView(
        platform.id(),
        config.issuer(),
        config.clientId(),
        platform.name(),
        config.authLoginUrl().toString(),
        config.accessTokenUrl().toString(),
        config.jwksUrl().toString(),
        platform.createdAt(),
        platform.updatedAt());
  }
}
