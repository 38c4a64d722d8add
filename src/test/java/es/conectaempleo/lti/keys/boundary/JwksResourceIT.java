package es.conectaempleo.lti.keys.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.ToolDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tool's key set as platforms fetch it: public keys only, cacheable, in the media types they ask for. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JwksResourceIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ArquillianResource URL url;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ToolDeployment.war();
  }

  private URI jwks() {
    return URI.create(ToolDeployment.base(url) + "/.well-known/jwks.json");
  }

  private HttpResponse<String> get(String accept) throws Exception {
    var request = HttpRequest.newBuilder(jwks()).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void testNextAndActivePublicKeys() throws Exception {
    var response = get(null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=300"));
    JsonObject set = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(set.getJsonArray("keys")).hasSizeGreaterThanOrEqualTo(2).allSatisfy(value -> {
      JsonObject key = value.asJsonObject();
      assertThat(key.getString("kty")).isEqualTo("RSA");
      assertThat(key.getString("alg")).isEqualTo("RS256");
      assertThat(key.getString("use")).isEqualTo("sig");
      assertThat(key.getString("kid")).isNotBlank();
      assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
    });
  }

  /**
   * A routine rotation leaves the key that signed until now published (an assertion it signed a
   * moment ago, or another node that has not re-read its keys, still verifies); a revocation after a
   * leak withdraws it at once. Nothing else may rotate: the admin token is required.
   */
  @Test
  void testRotationKeepsTheRetiredKeyPublishedAndRevocationWithdrawsIt() throws Exception {
    java.util.Set<String> before = kids(get(null).body());
    assertThat(rotate("").statusCode()).isEqualTo(200);
    java.util.Set<String> afterRotation = kids(get(null).body());
    assertThat(afterRotation).as("the retired key stays, a new next key joins").containsAll(before).hasSize(before.size() + 1);

    java.util.Set<String> added = new java.util.HashSet<>(afterRotation);
    added.removeAll(before);
    var revoked = rotate("?revoke=true");
    assertThat(revoked.statusCode()).isEqualTo(200);
    java.util.Set<String> afterRevocation = kids(get(null).body());
    assertThat(afterRevocation).hasSize(afterRotation.size());
    // The key that signed after the first rotation was one of 'before' (the next key then), now revoked.
    java.util.Set<String> withdrawn = new java.util.HashSet<>(afterRotation);
    withdrawn.removeAll(afterRevocation);
    assertThat(withdrawn).hasSize(1);
    assertThat(before).containsAll(withdrawn);
    assertThat(afterRevocation).containsAll(added);
    java.util.Set<String> retired = new java.util.HashSet<>(before);
    retired.removeAll(withdrawn);
    assertThat(afterRevocation).as("retired a moment ago: still published").containsAll(retired);

    assertThat(rotate("?revoke=yes").statusCode()).as("only true or false").isEqualTo(400);
    assertThat(kids(get(null).body())).isEqualTo(afterRevocation);
    var anonymous = HTTP.send(
        HttpRequest.newBuilder(URI.create(ToolDeployment.base(url) + "/api/admin/keys/rotation"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(kids(get(null).body())).isEqualTo(afterRevocation);
  }

  private HttpResponse<String> rotate(String query) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(ToolDeployment.base(url) + "/api/admin/keys/rotation" + query))
            .header("Authorization", "Bearer " + ToolDeployment.ADMIN_TOKEN)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.Set<String> kids(String jwks) {
    return Json.createReader(new StringReader(jwks)).readObject().getJsonArray("keys").stream()
        .map(k -> k.asJsonObject().getString("kid"))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void testJwkSetMediaType() throws Exception {
    var response = get("application/jwk-set+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jwk-set+json"));
    assertThat(response.body()).isEqualTo(get("application/json").body());
    assertThat(get("text/html").statusCode()).isEqualTo(406);
  }

  @Test
  void testOtherMethodsRefusedSayingWhichAreAllowed() throws Exception {
    var response = HTTP.send(
        HttpRequest.newBuilder(jwks()).POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
  }
}
