package es.conectaempleo.lti.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An LMS course as launches describe it: courses get renamed; a launch without names keeps them. */
class LmsContextTest {
  private static final Instant T0 = Instant.parse("2025-03-10T09:15:00Z");
  private static final Instant T1 = Instant.parse("2025-03-11T09:15:00Z");

  @Test
  void testNewContext() {
    var context = new LmsContext(7L, "4dde05e8ca1973bcca9bffc13e1548820eee93a3", T0);

    assertThat(context.contextId()).isEqualTo("4dde05e8ca1973bcca9bffc13e1548820eee93a3");
    assertThat(context.label()).isNull();
    assertThat(context.title()).isNull();
  }

  @Test
  void testDescribe() {
    var context = new LmsContext(7L, "2", T0);

    context.describe("PROG101", "Fundamentos de programación", T0);

    assertThat(context.label()).isEqualTo("PROG101");
    assertThat(context.title()).isEqualTo("Fundamentos de programación");
  }

  @Test
  void testDescribeRenamed() {
    var context = new LmsContext(7L, "2", T0);
    context.describe("PROG101", "Fundamentos de programación", T0);

    context.describe("PROG101-2025", null, T1);

    assertThat(context.label()).isEqualTo("PROG101-2025");
    assertThat(context.title()).isEqualTo("Fundamentos de programación");

    context.describe(null, "Programación desde cero", T1);

    assertThat(context.label()).isEqualTo("PROG101-2025");
    assertThat(context.title()).isEqualTo("Programación desde cero");
  }

  @Test
  void testDescribeAbsentKeepsNames() {
    var context = new LmsContext(7L, "2", T0);
    context.describe("PROG101", "Fundamentos de programación", T0);

    context.describe(null, null, T1);

    assertThat(context.label()).isEqualTo("PROG101");
    assertThat(context.title()).isEqualTo("Fundamentos de programación");
  }
}
