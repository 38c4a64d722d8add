package es.conectaempleo.lti.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A placement of the tool: its title follows the LMS, its catalog course is set once known. */
class ResourceLinkTest {
  private static final Instant T0 = Instant.parse("2025-03-10T09:15:00Z");
  private static final Instant T1 = Instant.parse("2025-03-11T09:15:00Z");

  private static ResourceLink newLink() {
    return new ResourceLink(7L, 30L, new LmsContext(7L, "2", T0), "12", T0);
  }

  @Test
  void testNewLink() {
    var link = newLink();

    assertThat(link.resourceLinkId()).isEqualTo("12");
    assertThat(link.title()).isNull();
    assertThat(link.courseId()).isNull();
  }

  @Test
  void testDescribe() {
    var link = newLink();

    link.describe("Hojas de cálculo", 42L, T0);

    assertThat(link.title()).isEqualTo("Hojas de cálculo");
    assertThat(link.courseId()).isEqualTo(42L);
  }

  @Test
  void testDescribeChanged() {
    var link = newLink();
    link.describe("Hojas de cálculo", 42L, T0);

    link.describe("Excel para el empleo", 43L, T1);

    assertThat(link.title()).isEqualTo("Excel para el empleo");
    assertThat(link.courseId()).isEqualTo(43L);
  }

  /** A launch without a course parameter, or without a title, keeps what an earlier one said. */
  @Test
  void testDescribeAbsentKeepsValues() {
    var link = newLink();
    link.describe("Hojas de cálculo", 42L, T0);

    link.describe(null, null, T1);

    assertThat(link.title()).isEqualTo("Hojas de cálculo");
    assertThat(link.courseId()).isEqualTo(42L);
  }

  @Test
  void testDescribeCourseLater() {
    var link = newLink();
    link.describe("Hojas de cálculo", null, T0);

    link.describe(null, 42L, T1);

    assertThat(link.title()).isEqualTo("Hojas de cálculo");
    assertThat(link.courseId()).isEqualTo(42L);
  }
}
