package es.conectaempleo.lti.registration.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Remembers found values for a short time, so that a burst of launches reads a registration once.
 * Absent values are not remembered (a platform registered a second ago launches at once), and the
 * size is bounded so that requests naming random issuers cannot grow it. Thread-safe.
 */
public final class ExpiringCache<K, V> {
  private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long timeToLiveNanos;
  private final int maxEntries;

  private record Entry<V>(V value, long expiresAtNanos) {}

  public ExpiringCache(Duration timeToLive, int maxEntries) {
    this.timeToLiveNanos = timeToLive.toNanos();
    this.maxEntries = maxEntries;
  }

  /**
   * @param loader reads the value from the source of truth; returns empty when there is none
   */
  public Optional<V> get(K key, Function<K, Optional<V>> loader) {
    long now = System.nanoTime();
    Entry<V> entry = entries.get(key);
    if (entry != null && now - entry.expiresAtNanos < 0) {
      return Optional.of(entry.value);
    }
    Optional<V> loaded = loader.apply(key);
    if (loaded.isPresent()) {
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
      entries.put(key, new Entry<>(loaded.get(), now + timeToLiveNanos));
    } else {
      entries.remove(key);
    }
    return loaded;
  }

  public void clear() {
    entries.clear();
  }
}
