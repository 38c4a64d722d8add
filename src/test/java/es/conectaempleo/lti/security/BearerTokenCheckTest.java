package es.conectaempleo.lti.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin and reports token check: closed, missing, wrong, right; equal only for the very same characters. */
class BearerTokenCheckTest {
  private static final String TOKEN = "q3Vx8rT0-admin-Zk1pL9sW";

  @Test
  void testSameSecret() {
    assertThat(BearerTokenCheck.sameSecret(TOKEN, new String(TOKEN.toCharArray()))).isTrue();
    assertThat(BearerTokenCheck.sameSecret("contraseña-€-😀", "contraseña-€-😀")).isTrue();
  }

  @Test
  void testSameSecretRejected() {
    assertThat(BearerTokenCheck.sameSecret(TOKEN + "x", TOKEN)).isFalse();
    assertThat(BearerTokenCheck.sameSecret(TOKEN.substring(0, TOKEN.length() - 1), TOKEN)).isFalse();
    assertThat(BearerTokenCheck.sameSecret(TOKEN.toUpperCase(), TOKEN)).isFalse();
    assertThat(BearerTokenCheck.sameSecret(" " + TOKEN, TOKEN)).isFalse();
    assertThat(BearerTokenCheck.sameSecret("", TOKEN)).isFalse();
    assertThat(BearerTokenCheck.sameSecret(TOKEN, "")).isFalse();
    assertThat(BearerTokenCheck.sameSecret("wrong", TOKEN)).isFalse();
  }

  /** The same text in another Unicode normal form is another secret: bytes are compared. */
  @Test
  void testSameSecretComparesExactCharacters() {
    String composed = "contrase\u00f1a";
    String decomposed = "contrasen\u0303a";

    assertThat(BearerTokenCheck.sameSecret(composed, decomposed)).isFalse();
  }

  @Test
  void testRefusals() {
    var check = new BearerTokenCheck("reports token", "closed");

    assertThat(check.refusal("Bearer " + TOKEN, List.of())).hasValue("closed");
    assertThat(check.refusal(null, List.of(TOKEN))).hasValue("Send the reports token as a Bearer token");
    assertThat(check.refusal("Basic " + TOKEN, List.of(TOKEN))).hasValue("Send the reports token as a Bearer token");
    assertThat(check.refusal("Bearer wrong", List.of(TOKEN, "other"))).hasValue("The reports token is not valid");
    assertThat(check.refusal("Bearer " + TOKEN, List.of("other", TOKEN))).as("either accepted token").isEmpty();
    assertThat(check.refusal("bearer  " + TOKEN + " ", List.of(TOKEN))).as("scheme any case, token trimmed").isEmpty();
  }
}
