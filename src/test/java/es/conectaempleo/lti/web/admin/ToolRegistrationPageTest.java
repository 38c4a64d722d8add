package es.conectaempleo.lti.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.ServiceFailure;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ToolRegistrationPageTest {
  @Test
  void testTheLmsAnswerShownLeavesOutTheQueryWithItsToken() {
    URI configuration =
        URI.create("https://school.instructure.com/api/lti/security/openid-configuration?registration_token=secret");
    ServiceFailure failure = ServiceFailure.malformed("GET", configuration, 200, "{\"issuer\":1}", "no usable 'issuer'");

    String shown = ToolRegistrationPage.lmsAnswer(failure);

    assertThat(shown)
        .isEqualTo("GET https://school.instructure.com/api/lti/security/openid-configuration: no usable 'issuer'\n{\"issuer\":1}")
        .doesNotContain("secret");
  }
}
