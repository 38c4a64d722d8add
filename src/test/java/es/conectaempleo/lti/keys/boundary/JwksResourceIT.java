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
