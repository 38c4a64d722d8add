package es.conectaempleo.lti.registration.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Platform URLs an admin registers (LTI Core 1.3: HTTPS for every URL): absolute https URLs, plain
 * http only on literal loopback hosts, decided without any DNS lookup.
 */
class LmsUrlTest {
  private final LmsUrl.Validator validator = new LmsUrl.Validator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://campus.conectaempleo.es",
        "https://campus.conectaempleo.es/moodle/mod/lti/auth.php",
        "https://campus.conectaempleo.es/mod/lti/services.php/2/lineitems?type_id=3",
        "https://sso.canvaslms.com/api/lti/authorize_redirect",
        "https://canvas.instructure.com",
        "https://lms.example.org:8443/login/oauth2/token",
        "https://lms.example.org:65535/login/oauth2/token",
        "HTTPS://LMS.EXAMPLE.ORG/certs",
        "https://192.0.2.10/mod/lti/certs.php",
        "https://[2001:db8::1]/mod/lti/certs.php"
      })
  void testHttps(String url) {
    assertThat(LmsUrl.Validator.isAllowed(url)).isTrue();
    assertThat(validator.isValid(url, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/mod/lti/auth.php",
        "http://localhost:8081/mod/lti/certs.php",
        "http://LocalHost:8081",
        "http://127.0.0.1:8081/jwks",
        "http://127.0.0.1",
        "http://127.1.2.3:9000/",
        "http://127.255.255.254/",
        "http://[::1]:8081/jwks",
        "http://[::1]/"
      })
  void testHttpOnLoopback(String url) {
    assertThat(LmsUrl.Validator.isAllowed(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://campus.conectaempleo.es/mod/lti/auth.php",
        "http://192.0.2.10/",
        "http://10.0.0.1:8080/",
        "http://0.0.0.0:8080/",
        "http://128.0.0.1/",
        "http://[::2]/",
        "http://[2001:db8::1]/"
      })
  void testHttpRejected(String url) {
    assertThat(LmsUrl.Validator.isAllowed(url)).isFalse();
    assertThat(validator.isValid(url, null)).isFalse();
  }

  /** Names that only a lookup could tie to loopback, and lookalikes, are not loopback. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost.localdomain/",
        "http://ip6-localhost/",
        "http://localhost./",
        "http://127.0.0.1.nip.io/",
        "http://localhost.conectaempleo.es/",
        "http://127.999.0.1/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://localhost@lms.example.org/",
        "http://127.0.0.1:8080@lms.example.org/"
      })
  void testHttpOnLoopbackLookalikeRejected(String url) {
    assertThat(LmsUrl.Validator.isAllowed(url)).isFalse();
  }

  /** Where this machine's name resolves to a loopback address, only a DNS lookup could tell. */
  @Test
  void testHttpOnHostNameResolvingToLoopbackRejected() throws Exception {
    String hostName = InetAddress.getLocalHost().getHostName();
    assumeTrue(InetAddress.getByName(hostName).isLoopbackAddress() && !hostName.equalsIgnoreCase("localhost"));

    assertThat(LmsUrl.Validator.isAllowed("http://" + hostName + ":8081/jwks")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/mod/lti/auth.php",
        "mod/lti/auth.php",
        "campus.conectaempleo.es/mod/lti/auth.php",
        "//campus.conectaempleo.es/mod/lti/auth.php",
        "https://campus.conectaempleo.es/mod/lti/auth.php#top",
        "https://campus.conectaempleo.es/#",
        "http://localhost/#/certs",
        "ftp://campus.conectaempleo.es/",
        "ws://localhost/",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:admin@campus.conectaempleo.es",
        "https:campus.conectaempleo.es",
        "https://",
        "https:///mod/lti/auth.php",
        "https://campus conectaempleo.es/",
        "https://campus.conectaempleo.es/a b",
        "https://[::1/",
        "https://lms.example.org:99999/mod/lti/auth.php",
        "https://lms.example.org:65536/",
        "https://lms.example.org:0/",
        "not a url"
      })
  void testRejected(String url) {
    assertThat(LmsUrl.Validator.isAllowed(url)).isFalse();
    assertThat(validator.isValid(url, null)).isFalse();
  }

  /** Absence is {@code @NotBlank}'s to report. */
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void testBlankLeftToNotBlank(String url) {
    assertThat(validator.isValid(url, null)).isTrue();
  }
}
