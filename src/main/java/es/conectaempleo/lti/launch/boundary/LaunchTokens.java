package es.conectaempleo.lti.launch.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.Rejection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks launch tokens: compact JWS, HMAC-SHA256 with the tool's generated secret, an
 * audience of their own so no other token of the tool passes as one. Cheap enough to check on every
 * request (microseconds), unlike an RSA signature.
 */
@ApplicationScoped
public class LaunchTokens {
  private static final String AUDIENCE = "conecta-launch";

  @Inject ToolKeys keys;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "conecta.session.minutes", defaultValue = "120")
  int sessionMinutes;

  @Inject
  @ConfigProperty(name = "conecta.session.max-hours", defaultValue = "12")
  int sessionMaxHours;

  private HmacTokens hmac;

  @PostConstruct
  void init() {
    hmac = new HmacTokens(keys.launchTokenSecret());
  }

  /** How long a token lives; every page renews it. */
  public Duration lifetime() {
    return Duration.ofMinutes(sessionMinutes);
  }

  /**
   * How long after the LMS launch a session ends, however often its pages renewed the token: a
   * token copied from a shared computer's history, or a teacher's who has since lost the role in
   * the LMS, stops working; the person opens the course from the LMS again.
   */
  public Duration maxAge() {
    return Duration.ofHours(sessionMaxHours);
  }

  public String issue(LaunchSession session) {
    var claims =
        new JWTClaimsSet.Builder()
            .audience(AUDIENCE)
            .subject(Long.toString(session.learnerId()))
            .claim("plt", session.platformId())
            .claim("dep", session.deploymentKey())
            .claim("ctx", session.contextKey())
            .claim("rl", session.resourceLinkKey())
            .claim("grd", session.grading().name())
            .claim("crs", session.courseCode())
            .claim("stf", session.staff())
            .claim("lrn", session.learner())
            .claim("lng", session.language())
            .claim("lat", session.launchedAt().getEpochSecond())
            .expirationTime(Date.from(session.expiresAt()))
            .build();
    return hmac.sign(claims);
  }

  /** @throws LaunchRejectedException {@link Rejection#SESSION_INVALID} when forged, garbled or expired */
  public LaunchSession verify(String token) throws LaunchRejectedException {
    if (token == null || token.isBlank()) {
      throw invalid("no launch token; open the course again from your LMS");
    }
    JWTClaimsSet claims =
        hmac.verify(token).orElseThrow(() -> invalid("launch token signature is not valid"));
    try {
      Instant expiresAt = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
      if (!claims.getAudience().contains(AUDIENCE) || expiresAt == null) {
        throw invalid("not a launch token");
      }
      if (!clock.instant().isBefore(expiresAt)) {
        throw invalid("launch token expired; open the course again from your LMS");
      }
      Instant launchedAt = launchedAt(claims.getLongClaim("lat"), expiresAt);
      if (!clock.instant().isBefore(launchedAt.plus(maxAge()))) {
        throw invalid("the launch is too old; open the course again from your LMS");
      }
      boolean staff = Boolean.TRUE.equals(claims.getBooleanClaim("stf"));
      Boolean learner = claims.getBooleanClaim("lrn");
      return new LaunchSession(
          Long.parseLong(claims.getSubject()),
          claims.getLongClaim("plt"),
          claims.getLongClaim("dep"),
          claims.getLongClaim("ctx"),
          claims.getLongClaim("rl"),
          grading(claims.getStringClaim("grd")),
          claims.getStringClaim("crs"),
          staff,
          learner == null ? !staff : learner, // tokens from before the claim: anyone not staff enrolled
          claims.getStringClaim("lng"),
          launchedAt,
          expiresAt);
    } catch (ParseException | RuntimeException e) {
      throw invalid("launch token is not valid");
    }
  }

  /**
   * The language a launch token names, read without checking it (for an error page's language only:
   * an expired or even forged token can at worst choose the page's language).
   *
   * @return {@code null} when there is no readable token or it names no language
   */
  public static String languageOf(String token) {
    if (token == null || token.isBlank() || token.length() > 4096) {
      return null;
    }
    try {
      return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("lng");
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A token issued before the tool kept the launch time names none: its session counts from when
   * that token was issued.
   */
  private Instant launchedAt(Long epochSecond, Instant expiresAt) {
    return epochSecond == null ? expiresAt.minus(lifetime()) : Instant.ofEpochSecond(epochSecond);
  }

  /** A token issued before the tool kept the link's grading names none: the least, as before. */
  private static LinkGrading grading(String name) {
    return name == null ? LinkGrading.UNGRADED : LinkGrading.valueOf(name);
  }

  private static LaunchRejectedException invalid(String detail) {
    return new LaunchRejectedException(Rejection.SESSION_INVALID, detail);
  }
}
