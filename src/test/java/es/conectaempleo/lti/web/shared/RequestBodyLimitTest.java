package es.conectaempleo.lti.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  @Test
  void testLengthsOverOneMebibyteAreTooLong() {
    assertThat(RequestBodyLimit.tooLong("1048576")).isFalse();
    assertThat(RequestBodyLimit.tooLong(" 0 ")).isFalse();
    assertThat(RequestBodyLimit.tooLong("1048577")).isTrue();
    assertThat(RequestBodyLimit.tooLong("99999999999999999999999")).as("beyond a long").isTrue();
  }

  @Test
  void testWhatIsNoLengthIsLeftToTheContainer() {
    assertThat(RequestBodyLimit.tooLong("")).isFalse();
    assertThat(RequestBodyLimit.tooLong("-5")).isFalse();
    assertThat(RequestBodyLimit.tooLong("12ab")).isFalse();
  }
}
