package es.conectaempleo.lti.launch.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.MutableClock;
import es.conectaempleo.lti.lti.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Launch tokens on a clock the test moves: what integration tests cannot reach over HTTP (a token
 * that expires) and the forgeries next to it. The key store is a stand-in holding a fixed secret.
 */
class LaunchTokensTest {
  private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

  private final byte[] secret = new byte[32];
  private MutableClock clock;
  private LaunchTokens tokens;

  @BeforeEach
  void setUp() {
    Arrays.fill(secret, (byte) 7);
    clock = new MutableClock(START);
    tokens = tokensWith(secret);
  }

  @Test
  void testToken() throws LaunchRejectedException {
    var session = new LaunchSession(11, 2, 3, 4L, null, LinkGrading.UNGRADED, "nube", false, true, "es", START, START.plus(tokens.lifetime()));

    LaunchSession read = tokens.verify(tokens.issue(session));

    assertThat(read.learnerId()).isEqualTo(11);
    assertThat(read.platformId()).isEqualTo(2);
    assertThat(read.deploymentKey()).isEqualTo(3);
    assertThat(read.contextKey()).isEqualTo(4L);
    assertThat(read.resourceLinkKey()).isNull();
    assertThat(read.grading()).isEqualTo(LinkGrading.UNGRADED);
    assertThat(read.courseCode()).isEqualTo("nube");
    assertThat(read.staff()).isFalse();
    assertThat(read.learner()).isTrue();
    assertThat(read.language()).isEqualTo("es");
    assertThat(read.launchedAt()).isEqualTo(START);
    assertThat(read.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(120)));
  }

  /** The link's grading survives renewals and course changes, for a course picked from the catalog later. */
  @Test
  void testTokenKeepsHowTheLinkGrades() throws Exception {
    var session = new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.TOOL_COLUMN, null, false, true, "es", START, START.plus(tokens.lifetime()));

    String picked = tokens.issue(tokens.verify(tokens.issue(session)).forCourse("nube", START, tokens.lifetime()));

    assertThat(tokens.verify(picked).grading()).isEqualTo(LinkGrading.TOOL_COLUMN);
    var older = new JWTClaimsSet.Builder(SignedJWT.parse(picked).getJWTClaimsSet()).claim("grd", null).build();
    assertThat(tokens.verify(signed(older)).grading()).as("a token issued before grd").isEqualTo(LinkGrading.UNGRADED);
    assertRejected(signed(new JWTClaimsSet.Builder(older).claim("grd", "BEST").build()));
  }

  @Test
  void testTokenExpired() throws LaunchRejectedException {
    String token = tokens.issue(new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.LINE_ITEM, "nube", false, true, "es", START, START.plus(tokens.lifetime())));
    clock.advance(tokens.lifetime().minusSeconds(1));
    assertThat(tokens.verify(token).learnerId()).isEqualTo(11);

    clock.advance(Duration.ofSeconds(1));

    assertRejected(token);
  }

  @Test
  void testRenewedTokenOutlivesTheFirst() throws LaunchRejectedException {
    LaunchSession first = new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.LINE_ITEM, "nube", true, false, "en", START, START.plus(tokens.lifetime()));
    clock.advance(Duration.ofMinutes(100));
    String renewed = tokens.issue(first.renewed(clock.instant(), tokens.lifetime()));

    clock.advance(Duration.ofMinutes(30)); // the first has expired by now

    assertRejected(tokens.issue(first));
    assertThat(tokens.verify(renewed).staff()).isTrue();
  }

  /**
   * Pages renew the token, but not past a fixed time after the LMS launch: a token copied from a
   * shared computer, or a teacher's who has lost the role since, cannot be kept alive by renewing.
   */
  @Test
  void testSessionEndsAFixedTimeAfterTheLaunchHoweverOftenRenewed() throws LaunchRejectedException {
    LaunchSession session = new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.LINE_ITEM, "nube", true, false, "en", START, START.plus(tokens.lifetime()));
    String token = tokens.issue(session);
    while (clock.instant().plus(Duration.ofMinutes(90)).isBefore(START.plus(tokens.maxAge()))) {
      clock.advance(Duration.ofMinutes(90));
      session = tokens.verify(token);
      token = tokens.issue(session.renewed(clock.instant(), tokens.lifetime()));
    }
    assertThat(tokens.verify(token).launchedAt()).isEqualTo(START);
    Instant expiresAt = tokens.verify(token).expiresAt();

    clock.advance(Duration.between(clock.instant(), START.plus(tokens.maxAge())));

    assertThat(clock.instant()).as("the token itself has not expired").isBefore(expiresAt);
    assertRejected(token);
  }

  /**
   * Tokens issued before the claims existed: the session counts from when the token was issued,
   * and everyone who was not staff counts as a learner, as they did.
   */
  @Test
  void testTokenWithoutLaunchTimeOrLearnerClaim() throws Exception {
    String genuine = tokens.issue(new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.LINE_ITEM, "nube", false, false, "es", START, START.plus(tokens.lifetime())));
    var older = new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet()).claim("lat", null).claim("lrn", null).build();

    LaunchSession read = tokens.verify(signed(older));

    assertThat(read.launchedAt()).isEqualTo(START);
    assertThat(read.learner()).isTrue();
    var staff = new JWTClaimsSet.Builder(older).claim("stf", true).build();
    assertThat(tokens.verify(signed(staff)).learner()).isFalse();
  }

  @Test
  void testTokenMissing() {
    assertRejected(null);
    assertRejected("");
    assertRejected("   ");
  }

  @Test
  void testTokenRejected() throws Exception {
    var session = new LaunchSession(11, 2, 3, 4L, 5L, LinkGrading.LINE_ITEM, "nube", false, true, "es", START, START.plus(tokens.lifetime()));
    String genuine = tokens.issue(session);
    byte[] other = new byte[32];
    Arrays.fill(other, (byte) 8);

    assertRejected("not.a.token");
    assertRejected(tokensWith(other).issue(session)); // another tool's secret
    assertRejected(genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA"));
    assertRejected(new PlainJWT(SignedJWT.parse(genuine).getJWTClaimsSet()).serialize());
    assertRejected(signed(new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet()).audience("another-audience").build()));
    assertRejected(signed(new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet()).expirationTime(null).build()));
    assertRejected(signed(new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet()).subject("not-a-number").build()));
  }

  // ---------------------------------------------------------------- helpers

  private LaunchTokens tokensWith(byte[] key) {
    var made = new LaunchTokens();
    made.keys =
        new ToolKeys() {
          @Override
          public byte[] launchTokenSecret() {
            return key.clone();
          }
        };
    made.clock = clock;
    made.sessionMinutes = 120;
    made.sessionMaxHours = 12;
    made.init();
    return made;
  }

  /** Claims signed with the right secret: only the claims can be at fault. */
  private String signed(JWTClaimsSet claims) throws Exception {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  private void assertRejected(String token) {
    assertThatThrownBy(() -> tokens.verify(token))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Rejection.SESSION_INVALID);
              assertThat(e.reason().httpStatus()).isEqualTo(401);
            });
  }
}
