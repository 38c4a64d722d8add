package es.conectaempleo.lti.lti.launch;

import static es.conectaempleo.lti.lti.launch.LaunchFixtures.moodleLaunch;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.newKey;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.publicKeys;
import static es.conectaempleo.lti.lti.launch.LaunchFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import es.conectaempleo.lti.lti.LaunchRejectedException;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.Rejection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platform key sets fetched over HTTP from a JWKS the test serves on the loopback interface and
 * changes at will: caching, one fetch again for an unknown {@code kid} (key rotation), the rate
 * limit on fetches, and platforms whose JWKS cannot be read.
 */
class PlatformKeySetsTest {
  private static final RSAKey KEY_MARCH = newKey("2025-03-01T00:00:00Z");
  private static final RSAKey KEY_APRIL = newKey("2025-04-01T00:00:00Z");
  private static final RSAKey KEY_MAY = newKey("2025-05-01T00:00:00Z");

  private final AtomicReference<String> jwks = new AtomicReference<>("{\"keys\":[]}");
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger delayMillis = new AtomicInteger();
  private final IdTokenVerifier verifier = new IdTokenVerifier(Duration.ofSeconds(30), Duration.ofMinutes(10));

  private HttpServer server;
  private URI jwksUrl;

  @BeforeEach
  void startPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/lti/security/jwks",
        exchange -> {
          fetches.incrementAndGet();
          try {
            Thread.sleep(delayMillis.get());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    jwksUrl =
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/lti/security/jwks");
  }

  @AfterEach
  void stopPlatform() {
    server.stop(0);
  }

  private void publish(RSAKey... keys) {
    jwks.set(publicKeys(keys).toString());
  }

  private PlatformConfig platform() {
    return new PlatformConfig(
        LaunchFixtures.MOODLE_ISSUER,
        LaunchFixtures.MOODLE_CLIENT_ID,
        URI.create(LaunchFixtures.MOODLE_ISSUER + "/mod/lti/auth.php"),
        URI.create(LaunchFixtures.MOODLE_ISSUER + "/mod/lti/token.php"),
        jwksUrl);
  }

  private static PlatformKeySets keySets() {
    return new PlatformKeySets(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(5));
  }

  private LaunchMessage launch(PlatformKeySets keySets, RSAKey key) throws LaunchRejectedException {
    return launch(keySets, key, key.getKeyID());
  }

  private LaunchMessage launch(PlatformKeySets keySets, RSAKey key, String kid) throws LaunchRejectedException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String idToken = sign(moodleLaunch(now).build(), key, kid);
    return verifier.verify(UnverifiedIdToken.parse(idToken), platform(), keySets.forUrl(jwksUrl), now);
  }

  private void assertRejected(PlatformKeySets keySets, RSAKey key, Rejection reason) {
    assertThatThrownBy(() -> launch(keySets, key))
        .isInstanceOfSatisfying(
            LaunchRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void testForUrl() {
    var keySets = keySets();

    assertThat(keySets.forUrl(jwksUrl)).isSameAs(keySets.forUrl(URI.create(jwksUrl.toString())));
    assertThat(keySets.forUrl(jwksUrl)).isNotSameAs(keySets.forUrl(URI.create(jwksUrl + "?v=2")));
  }

  @Test
  void testForUrlRejected() {
    assertThatThrownBy(() -> keySets().forUrl(URI.create("/api/lti/security/jwks")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void testKeysFetchedLazilyAndCached() throws Exception {
    publish(KEY_MARCH);
    var keySets = keySets();
    keySets.forUrl(jwksUrl);
    assertThat(fetches).hasValue(0);

    launch(keySets, KEY_MARCH);
    launch(keySets, KEY_MARCH);
    launch(keySets, KEY_MARCH);

    assertThat(fetches).hasValue(1);
  }

  @Test
  void testCacheOutlivesChangesOfTheJwks() throws Exception {
    publish(KEY_MARCH);
    var keySets = keySets();
    launch(keySets, KEY_MARCH);

    publish(KEY_APRIL);

    assertThat(launch(keySets, KEY_MARCH)).isNotNull();
    assertThat(fetches).hasValue(1);
  }

  @Test
  void testCachePerUrl() throws Exception {
    publish(KEY_MARCH);
    var keySets = keySets();
    var other = keySets();

    launch(keySets, KEY_MARCH);
    launch(other, KEY_MARCH);

    assertThat(fetches).hasValue(2);
  }

  @Test
  void testUnknownKidFetchedAgain() throws Exception {
    publish(KEY_MARCH);
    var keySets = keySets();
    launch(keySets, KEY_MARCH);

    publish(KEY_MARCH, KEY_APRIL);

    assertThat(launch(keySets, KEY_APRIL)).isNotNull();
    assertThat(fetches).hasValue(2);
    assertThat(launch(keySets, KEY_APRIL)).isNotNull();
    assertThat(launch(keySets, KEY_MARCH)).isNotNull();
    assertThat(fetches).hasValue(2);
  }

  @Test
  void testUnknownKidFetchedOnlyOnceMore() {
    publish(KEY_MARCH);
    var keySets = keySets();

    assertRejected(keySets, KEY_APRIL, Rejection.KEY_UNKNOWN);

    assertThat(fetches).hasValue(2);
  }

  @Test
  void testUnknownKidFetchesRateLimited() throws Exception {
    publish(KEY_MARCH);
    var keySets = keySets();
    launch(keySets, KEY_MARCH);
    assertRejected(keySets, KEY_APRIL, Rejection.KEY_UNKNOWN);
    assertThat(fetches).hasValue(2);

    publish(KEY_MARCH, KEY_APRIL, KEY_MAY);
    for (int i = 0; i < 5; i++) {
      assertRejected(keySets, KEY_MAY, Rejection.KEY_UNKNOWN);
    }

    assertThat(fetches).hasValue(2);
    assertThat(launch(keySets, KEY_MARCH)).isNotNull();
  }

  @Test
  void testUnknownKidFetchedAgainAfterRateLimitInterval() throws Exception {
    publish(KEY_MARCH);
    var keySets = new PlatformKeySets(Duration.ofMinutes(5), Duration.ofMillis(300), Duration.ofSeconds(5));
    assertRejected(keySets, KEY_APRIL, Rejection.KEY_UNKNOWN);
    assertRejected(keySets, KEY_APRIL, Rejection.KEY_UNKNOWN);
    assertThat(fetches).hasValue(2);

    publish(KEY_MARCH, KEY_APRIL);
    Thread.sleep(400);

    assertThat(launch(keySets, KEY_APRIL)).isNotNull();
    assertThat(fetches).hasValue(3);
  }

  @Test
  void testKeysUnavailableOnServerError() {
    publish(KEY_MARCH);
    status.set(500);

    assertRejected(keySets(), KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }

  @Test
  void testKeysUnavailableWhenNotFound() {
    publish(KEY_MARCH);
    status.set(404);

    assertRejected(keySets(), KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }

  @Test
  void testKeysUnavailableWhenNotAJwks() {
    jwks.set("<html><body>Moodle maintenance</body></html>");

    assertRejected(keySets(), KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }

  @Test
  void testKeysUnavailableWhenTooLarge() {
    String padding = "x".repeat(300 * 1024);
    jwks.set("{\"padding\":\"" + padding + "\"," + publicKeys(KEY_MARCH).toString().substring(1));

    assertRejected(keySets(), KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }

  @Test
  void testKeysUnavailableWhenSlow() {
    publish(KEY_MARCH);
    delayMillis.set(1500);
    var keySets = new PlatformKeySets(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMillis(300));

    assertRejected(keySets, KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }

  @Test
  void testKeysUnavailableWhenPlatformDown() {
    publish(KEY_MARCH);
    server.stop(0);

    assertRejected(keySets(), KEY_MARCH, Rejection.PLATFORM_KEYS_UNAVAILABLE);
  }
}
