package es.conectaempleo.lti.registration.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.registration.boundary.RegistrationProblem.Reason;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RegistrationProblemTest {
  @Test
  void testTheLmsAnswerLeavesOutTheQueryWithItsToken() {
    URI configuration =
        URI.create("https://canvas.instructure.com/api/lti/security/openid-configuration?registration_token=secret");
    ServiceFailure failure = ServiceFailure.malformed("GET", configuration, 200, "{\"issuer\":1}", "no usable 'issuer'");

    var problem = new RegistrationProblem(Reason.LMS_FAILED, RegistrationProblem.describe(failure), failure);

    assertThat(problem.lmsAnswer())
        .isEqualTo("GET https://canvas.instructure.com/api/lti/security/openid-configuration: no usable 'issuer'\n{\"issuer\":1}");
    assertThat(problem.getMessage()).doesNotContain("secret");
  }

  @Test
  void testNoAnswerWithoutAFailure() {
    assertThat(new RegistrationProblem(Reason.INVITATION_USED, "used").lmsAnswer()).isNull();
  }
}
