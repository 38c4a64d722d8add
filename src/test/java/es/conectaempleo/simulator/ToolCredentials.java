package es.conectaempleo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * The tool's side of the client-credentials grant, for the simulator's own tests: a tool key pair,
 * its public JWKS served from a route of the simulator, and access tokens asked for as an LTI tool
 * asks (a client assertion signed with RS256, {@code private_key_jwt}). Written here, from the
 * 1EdTech Security Framework, and never taken from the tool: the simulator's tests must not lean on
 * the code the simulator is there to check.
 */
final class ToolCredentials {
  private final RSAKey key;
  private final URI jwks;

  private ToolCredentials(RSAKey key, URI jwks) {
    this.key = key;
    this.jwks = jwks;
  }

  /**
   * A fresh key pair whose JWKS a platform of the simulator serves (any reachable URL will do).
   *
   * @param host what that platform is set up with; its tool is never launched
   */
  static ToolCredentials servedBy(PlatformSimulator simulator, ToolConfiguration host) {
    RSAKey key = PlatformKeys.generate("tool-key-1");
    SimulatedPlatform toolHost = simulator.moodle(host);
    toolHost.route("/jwks.json", exchange -> exchange.json(200, new JWKSet(key).toPublicJWKSet().toString()));
    return new ToolCredentials(key, URI.create(toolHost.url("/jwks.json")));
  }

  RSAKey key() {
    return key;
  }

  /** Where the tool's public keys are, as a platform's token endpoint is configured with it. */
  URI jwks() {
    return jwks;
  }

  /**
   * The claims of a client assertion for the platform's token endpoint: {@code iss} and {@code sub}
   * the client id, {@code aud} the token URL, five minutes of life, a fresh {@code jti}.
   */
  static JWTClaimsSet.Builder assertionClaims(SimulatedPlatform platform) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(platform.clientId())
        .subject(platform.clientId())
        .audience(platform.tokenEndpoint().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString());
  }

  /**
   * An access token from the platform's token endpoint (which starts serving, trusting {@link
   * #jwks}), for these space-separated scopes.
   */
  String accessToken(SimulatedPlatform platform, String scopes) throws Exception {
    platform.serveTokens(jwks);
    JWTClaimsSet claims = assertionClaims(platform).build();
    var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    Page page =
        new Browser().post(platform.tokenEndpoint(), Map.of(
            "grant_type", "client_credentials",
            "client_assertion_type", TokenEndpoint.CLIENT_ASSERTION_TYPE,
            "client_assertion", jwt.serialize(),
            "scope", scopes));
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return Jsonp.createReader(new StringReader(page.body())).readObject().getString("access_token");
  }
}
