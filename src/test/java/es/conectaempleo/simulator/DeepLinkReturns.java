package es.conectaempleo.simulator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's {@code deep_link_return_url}: takes the tool's {@code LtiDeepLinkingResponse} as a
 * form field {@code JWT} and checks it as Deep Linking 2.0 and the Security Framework require (the
 * checklist's §3.3), strictly: RS256 with a {@code kid} of the tool's registered key set, {@code iss}
 * the client id, {@code aud} the platform's issuer, fresh {@code iat}/{@code exp}, a {@code nonce},
 * the request's deployment, message type and version, the request's {@code data} unchanged, only
 * accepted item types, at most one item unless several were accepted, string custom values and a
 * positive {@code scoreMaximum}. Written from the specs, never from the tool's code.
 */
public final class DeepLinkReturns {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** What a deep-linking request of this platform allowed, by its return path. */
  record Expected(String deploymentId, List<String> acceptTypes, boolean acceptMultiple, String data) {}

  /**
   * One response the platform received.
   *
   * @param problem why it was refused; {@code null} when accepted
   * @param items the content items; empty when refused or cancelled
   */
  public record Received(String problem, JWTClaimsSet claims, List<Map<String, Object>> items) {
    public boolean accepted() {
      return problem == null;
    }
  }

  private final SimulatedPlatform platform;
  private final URI toolJwks;
  private final Map<String, Expected> expected = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  DeepLinkReturns(SimulatedPlatform platform, URI toolJwks) {
    this.platform = platform;
    this.toolJwks = toolJwks;
  }

  void expect(String path, Expected request) {
    expected.put(path, request);
  }

  /** Every response so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The last response; fails when none came. */
  public Received last() {
    if (received.isEmpty()) {
      throw new IllegalStateException("no deep-linking response arrived");
    }
    return received.get(received.size() - 1);
  }

  void handle(Exchange exchange, String path) throws IOException {
    if (!"POST".equals(exchange.method())) {
      exchange.html(405, "<p>POST only</p>");
      return;
    }
    String jwt = exchange.parameters().get("JWT");
    Received result;
    try {
      result = check(jwt, expected.get(path));
    } catch (Exception e) {
      result = new Received("unreadable: " + e.getMessage(), null, List.of());
    }
    received.add(result);
    if (result.accepted()) {
      exchange.html(200, "<h1>Contenido añadido</h1><p>" + result.items().size() + "</p>");
    } else {
      exchange.html(400, "<h1>Respuesta rechazada</h1><p>" + result.problem() + "</p>");
    }
  }

  private Received check(String jwt, Expected request) throws Exception {
    if (request == null) {
      return refused("no deep-linking request of this platform returns here");
    }
    if (jwt == null || jwt.isBlank()) {
      return refused("the form has no JWT field");
    }
    SignedJWT signed = SignedJWT.parse(jwt);
    if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
      return refused("alg must be RS256");
    }
    String kid = signed.getHeader().getKeyID();
    RSAKey key = kid == null ? null : (RSAKey) toolKeys().getKeyByKeyId(kid);
    if (key == null) {
      return refused("no tool key with kid " + kid);
    }
    if (!signed.verify(new RSASSAVerifier(key))) {
      return refused("signature does not verify");
    }
    JWTClaimsSet claims = signed.getJWTClaimsSet();
    Instant now = platform.now();
    String problem = null;
    if (!platform.clientId().equals(claims.getIssuer())) {
      problem = "iss must be the client id";
    } else if (claims.getAudience() == null || !claims.getAudience().contains(platform.issuer())) {
      problem = "aud must be the platform's issuer";
    } else if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(now)) {
      problem = "expired or no exp";
    } else if (claims.getIssueTime() == null || claims.getIssueTime().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
      problem = "iat missing or in the future";
    } else if (!(claims.getClaim("nonce") instanceof String nonce) || nonce.isBlank()) {
      problem = "nonce missing";
    } else if (!request.deploymentId().equals(claims.getClaim(ClaimNames.DEPLOYMENT_ID))) {
      problem = "deployment_id is not the request's";
    } else if (!"LtiDeepLinkingResponse".equals(claims.getClaim(ClaimNames.MESSAGE_TYPE))) {
      problem = "message_type must be LtiDeepLinkingResponse";
    } else if (!ClaimNames.VERSION_1_3_0.equals(claims.getClaim(ClaimNames.VERSION))) {
      problem = "version must be 1.3.0";
    } else if (!Objects.equals(request.data(), claims.getClaim(ClaimNames.DEEP_LINKING_DATA))) {
      problem = "data is not the request's";
    }
    if (problem != null) {
      return refused(problem);
    }
    if (!(claims.getClaim(ClaimNames.DEEP_LINKING_CONTENT_ITEMS) instanceof List<?> list)) {
      return refused("content_items must be an array");
    }
    if (list.size() > 1 && !request.acceptMultiple()) {
      return refused("several items where only one is accepted");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = list.stream().map(i -> (Map<String, Object>) i).toList();
    for (Map<String, Object> item : items) {
      String itemProblem = itemProblem(item, request);
      if (itemProblem != null) {
        return refused(itemProblem);
      }
    }
    return new Received(null, claims, items);
  }

  private static String itemProblem(Map<String, Object> item, Expected request) {
    Object type = item.get("type");
    if (!request.acceptTypes().contains(type)) {
      return "item type " + type + " was not accepted";
    }
    if (item.get("custom") instanceof Map<?, ?> custom && !custom.values().stream().allMatch(String.class::isInstance)) {
      return "custom values must be strings";
    }
    if (item.containsKey("lineItem")) {
      if (!(item.get("lineItem") instanceof Map<?, ?> lineItem)
          || !(lineItem.get("scoreMaximum") instanceof Number max)
          || max.doubleValue() <= 0) {
        return "lineItem.scoreMaximum must be a number above 0";
      }
    }
    return null;
  }

  private JWKSet toolKeys() throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(toolJwks).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? JWKSet.parse(response.body()) : new JWKSet();
  }

  private static Received refused(String problem) {
    return new Received(problem, null, List.of());
  }
}
