package es.conectaempleo.lti.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PlatformUrlsTest {

  @Test
  void testHttpsAnywhere() {
    assertThat(PlatformUrls.isCallable(URI.create("https://canvas.instructure.com/api/lti/courses/1/line_items"))).isTrue();
    assertThat(PlatformUrls.isCallable(URI.create("HTTPS://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=3"))).isTrue();
  }

  @Test
  void testPlainHttpOnlyOnLoopback() {
    assertThat(PlatformUrls.isCallable(URI.create("http://localhost:8090/lineitems"))).isTrue();
    assertThat(PlatformUrls.isCallable(URI.create("http://127.0.0.1/lineitems"))).isTrue();
    assertThat(PlatformUrls.isCallable(URI.create("http://127.1.2.3/lineitems"))).isTrue();
    assertThat(PlatformUrls.isCallable(URI.create("http://[::1]:8080/lineitems"))).isTrue();
    assertThat(PlatformUrls.isCallable(URI.create("http://moodle.example.org/lineitems"))).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("http://10.0.0.5/admin"))).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("http://localhost.example.org/x"))).isFalse();
  }

  @Test
  void testNotCallable() {
    assertThat(PlatformUrls.isCallable(null)).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("/relative/lineitems"))).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("file:///etc/passwd"))).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("ftp://moodle.example.org/x"))).isFalse();
    assertThat(PlatformUrls.isCallable(URI.create("https:opaque"))).isFalse();
  }
}
