package es.conectaempleo.lti.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Found values remembered for a while; absent ones never; the size bounded. */
class ExpiringCacheTest {

  /** A source of truth that records every read. */
  private static final class Registry implements Function<String, Optional<String>> {
    final Map<String, String> rows = new HashMap<>();
    final List<String> reads = new ArrayList<>();

    @Override
    public Optional<String> apply(String key) {
      reads.add(key);
      return Optional.ofNullable(rows.get(key));
    }
  }

  @Test
  void testHit() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 100);
    var registry = new Registry();
    registry.rows.put("https://canvas.instructure.com", "platform 1");

    assertThat(cache.get("https://canvas.instructure.com", registry)).hasValue("platform 1");
    registry.rows.put("https://canvas.instructure.com", "platform 1, renamed");
    assertThat(cache.get("https://canvas.instructure.com", registry)).hasValue("platform 1");

    assertThat(registry.reads).containsExactly("https://canvas.instructure.com");
  }

  @Test
  void testKeysCachedSeparately() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 100);
    var registry = new Registry();
    registry.rows.put("a", "1");
    registry.rows.put("b", "2");

    assertThat(cache.get("a", registry)).hasValue("1");
    assertThat(cache.get("b", registry)).hasValue("2");
    assertThat(cache.get("a", registry)).hasValue("1");
    assertThat(cache.get("b", registry)).hasValue("2");

    assertThat(registry.reads).containsExactly("a", "b");
  }

  @Test
  void testExpiry() throws Exception {
    var cache = new ExpiringCache<String, String>(Duration.ofMillis(50), 100);
    var registry = new Registry();
    registry.rows.put("a", "1");
    cache.get("a", registry);

    registry.rows.put("a", "2");
    Thread.sleep(120);

    assertThat(cache.get("a", registry)).hasValue("2");
    assertThat(registry.reads).containsExactly("a", "a");
  }

  @Test
  void testExpiryAtOnceWithZeroTimeToLive() {
    var cache = new ExpiringCache<String, String>(Duration.ZERO, 100);
    var registry = new Registry();
    registry.rows.put("a", "1");

    cache.get("a", registry);
    cache.get("a", registry);

    assertThat(registry.reads).containsExactly("a", "a");
  }

  /** A platform registered a second ago launches at once. */
  @Test
  void testAbsentNotCached() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 100);
    var registry = new Registry();

    assertThat(cache.get("a", registry)).isEmpty();
    registry.rows.put("a", "1");

    assertThat(cache.get("a", registry)).hasValue("1");
    assertThat(registry.reads).containsExactly("a", "a");
  }

  @Test
  void testAbsentAfterExpiryForgotten() throws Exception {
    var cache = new ExpiringCache<String, String>(Duration.ofMillis(50), 100);
    var registry = new Registry();
    registry.rows.put("a", "1");
    cache.get("a", registry);

    registry.rows.remove("a");
    Thread.sleep(120);
    assertThat(cache.get("a", registry)).isEmpty();
    assertThat(cache.get("a", registry)).isEmpty();

    assertThat(registry.reads).containsExactly("a", "a", "a");
  }

  @Test
  void testBoundedSize() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 2);
    var registry = new Registry();
    for (String key : List.of("a", "b", "c")) {
      registry.rows.put(key, key.toUpperCase());
    }

    cache.get("a", registry);
    cache.get("b", registry);
    cache.get("c", registry);
    registry.reads.clear();

    assertThat(cache.get("c", registry)).hasValue("C");
    assertThat(registry.reads).isEmpty();
    assertThat(cache.get("a", registry)).hasValue("A");
    assertThat(cache.get("b", registry)).hasValue("B");
    assertThat(registry.reads).contains("a");
  }

  /** Requests naming random issuers find nothing and add nothing. */
  @Test
  void testBoundedSizeUntouchedByMisses() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 2);
    var registry = new Registry();
    registry.rows.put("a", "1");
    registry.rows.put("b", "2");
    cache.get("a", registry);
    cache.get("b", registry);

    for (int i = 0; i < 1000; i++) {
      assertThat(cache.get("https://random-" + i + ".example", registry)).isEmpty();
    }
    registry.reads.clear();

    cache.get("a", registry);
    cache.get("b", registry);
    assertThat(registry.reads).isEmpty();
  }

  @Test
  void testClear() {
    var cache = new ExpiringCache<String, String>(Duration.ofHours(1), 100);
    var registry = new Registry();
    registry.rows.put("a", "1");
    cache.get("a", registry);

    cache.clear();
    cache.get("a", registry);

    assertThat(registry.reads).containsExactly("a", "a");
  }
}
