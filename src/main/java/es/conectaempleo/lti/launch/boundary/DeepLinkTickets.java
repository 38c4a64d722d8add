package es.conectaempleo.lti.launch.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import es.conectaempleo.lti.lti.deeplinking.DeepLinkingSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Tickets that carry a deep-linking request from the launch to the course selection: compact JWS,
 * HMAC-SHA256 with the launch-token secret but an audience of their own, so neither passes as the
 * other. The settings travel signed, not stored: the return URL and the platform's {@code data} come
 * back exactly as the launch's verified id_token had them.
 */
@ApplicationScoped
public class DeepLinkTickets {
  private static final String AUDIENCE = "conecta-deep-link";

  /** An instructor choosing courses: generous, but a ticket copied later is worthless. */
  static final Duration LIFETIME = Duration.ofHours(1);

  @Inject ToolKeys keys;

  @Inject Clock clock;

  private HmacTokens hmac;

  @PostConstruct
  void init() {
    hmac = new HmacTokens(keys.launchTokenSecret());
  }

  public String issue(DeepLinkRequest request) {
    DeepLinkingSettings settings = request.settings();
    var claims =
        new JWTClaimsSet.Builder()
            .audience(AUDIENCE)
            .claim("plt", request.platformId())
            .claim("dep", request.deploymentId())
            .claim("ret", settings.returnUrl().toString())
            .claim("typ", settings.acceptTypes())
            .claim("mul", settings.acceptMultiple())
            .claim("li", settings.acceptLineItem())
            .claim("dat", settings.data())
            .claim("stf", request.staff())
            .claim("lng", request.language())
            .expirationTime(Date.from(request.expiresAt()))
            .build();
    return hmac.sign(claims);
  }

  /** A ticket for a request accepted now. */
  public DeepLinkRequest request(long platformId, String deploymentId, DeepLinkingSettings settings, boolean staff, String language) {
    return new DeepLinkRequest(platformId, deploymentId, settings, staff, language, clock.instant().plus(LIFETIME));
  }

  /** @throws LaunchRejectedException {@link Rejection#SESSION_INVALID} when forged, garbled or expired */
  public DeepLinkRequest verify(String ticket) throws LaunchRejectedException {
    if (ticket == null || ticket.isBlank()) {
      throw invalid("no deep-linking ticket; open the course selection again from your LMS");
    }
    JWTClaimsSet claims =
        hmac.verify(ticket).orElseThrow(() -> invalid("deep-linking ticket signature is not valid"));
    try {
      Date expires = claims.getExpirationTime();
      if (!claims.getAudience().contains(AUDIENCE) || expires == null) {
        throw invalid("not a deep-linking ticket");
      }
      if (!clock.instant().isBefore(expires.toInstant())) {
        throw invalid("the course selection expired; open it again from your LMS");
      }
      var settings =
          new DeepLinkingSettings(
              URI.create(claims.getStringClaim("ret")),
              claims.getStringListClaim("typ"),
              Boolean.TRUE.equals(claims.getBooleanClaim("mul")),
              Boolean.TRUE.equals(claims.getBooleanClaim("li")),
              claims.getStringClaim("dat"));
      return new DeepLinkRequest(
          claims.getLongClaim("plt"),
          claims.getStringClaim("dep"),
          settings,
          Boolean.TRUE.equals(claims.getBooleanClaim("stf")),
          claims.getStringClaim("lng"),
          expires.toInstant());
    } catch (ParseException | RuntimeException e) {
      throw invalid("deep-linking ticket is not valid");
    }
  }

  private static LaunchRejectedException invalid(String detail) {
    return new LaunchRejectedException(Rejection.SESSION_INVALID, detail);
  }
}
