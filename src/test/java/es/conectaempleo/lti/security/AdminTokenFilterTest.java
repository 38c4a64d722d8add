package es.conectaempleo.lti.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The admin token comparison: equal only for the very same characters, whatever the lengths. */
class AdminTokenFilterTest {
  private static final String TOKEN = "q3Vx8rT0-admin-Zk1pL9sW";

  @Test
  void testSameSecret() {
    assertThat(AdminTokenFilter.sameSecret(TOKEN, new String(TOKEN.toCharArray()))).isTrue();
    assertThat(AdminTokenFilter.sameSecret("contraseña-€-😀", "contraseña-€-😀")).isTrue();
  }

  @Test
  void testSameSecretRejected() {
    assertThat(AdminTokenFilter.sameSecret(TOKEN + "x", TOKEN)).isFalse();
    assertThat(AdminTokenFilter.sameSecret(TOKEN.substring(0, TOKEN.length() - 1), TOKEN)).isFalse();
    assertThat(AdminTokenFilter.sameSecret(TOKEN.toUpperCase(), TOKEN)).isFalse();
    assertThat(AdminTokenFilter.sameSecret(" " + TOKEN, TOKEN)).isFalse();
    assertThat(AdminTokenFilter.sameSecret("", TOKEN)).isFalse();
    assertThat(AdminTokenFilter.sameSecret(TOKEN, "")).isFalse();
    assertThat(AdminTokenFilter.sameSecret("wrong", TOKEN)).isFalse();
  }

  /** The same text in another Unicode normal form is another secret: bytes are compared. */
  @Test
  void testSameSecretComparesExactCharacters() {
    String composed = "contrase\u00f1a";
    String decomposed = "contrasen\u0303a";

    assertThat(AdminTokenFilter.sameSecret(composed, decomposed)).isFalse();
  }
}
