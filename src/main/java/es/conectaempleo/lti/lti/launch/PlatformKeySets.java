package es.conectaempleo.lti.lti.launch;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One cached key source per platform JWKS URL. A key set is kept for {@code timeToLive}; a token
 * whose {@code kid} is not in the cached set makes the source fetch the set once more (platforms such
 * as Canvas rotate keys on a schedule), and fetches of one URL are rate limited so that forged
 * {@code kid}s cannot turn the tool into a load generator against the platform. Thread-safe.
 */
public final class PlatformKeySets {
  private static final int MAX_JWKS_BYTES = 256 * 1024;

  private final ConcurrentMap<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
  private final Duration timeToLive;
  private final Duration minFetchInterval;
  private final Duration httpTimeout;

  /**
   * @param timeToLive how long a fetched key set is trusted; never {@code null}
   * @param minFetchInterval the rate limit: at most two fetches of one URL per interval; never {@code
   *     null}
   * @param httpTimeout connect and read timeout of a fetch; never {@code null}
   */
  public PlatformKeySets(Duration timeToLive, Duration minFetchInterval, Duration httpTimeout) {
    this.timeToLive = timeToLive;
    this.minFetchInterval = minFetchInterval;
    this.httpTimeout = httpTimeout;
  }

  /**
   * @param jwksUrl the platform's registered JWKS URL, the only place its keys are read from; never
   *     {@code null}
   */
  public JWKSource<SecurityContext> forUrl(URI jwksUrl) {
    return sources.computeIfAbsent(jwksUrl, this::create);
  }

  private JWKSource<SecurityContext> create(URI jwksUrl) {
    int timeout = (int) httpTimeout.toMillis();
    var retriever = new DefaultResourceRetriever(timeout, timeout, MAX_JWKS_BYTES);
    try {
      return JWKSourceBuilder.<SecurityContext>create(jwksUrl.toURL(), retriever)
          .cache(timeToLive.toMillis(), httpTimeout.toMillis())
          // No refresh-ahead: it would start threads of its own inside the container; a set is
          // fetched on the request that needs it (expired, or an unknown kid).
          .refreshAheadCache(false)
          .rateLimited(minFetchInterval.toMillis())
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a URL: " + jwksUrl, e);
    }
  }
}
