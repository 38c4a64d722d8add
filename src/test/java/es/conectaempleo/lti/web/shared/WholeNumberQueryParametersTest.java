package es.conectaempleo.lti.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class WholeNumberQueryParametersTest {
  private final WholeNumberQueryParameters provider = new WholeNumberQueryParameters();

  @SuppressWarnings("unused")
  static class Resource {
    void list(@QueryParam("limit") int limit, @QueryParam("platformId") Long platformId, @PathParam("id") long id,
        @QueryParam("subject") String subject) {}
  }

  private static Annotation[] annotationsOf(int parameter) throws Exception {
    Method list = Resource.class.getDeclaredMethod("list", int.class, Long.class, long.class, String.class);
    return list.getParameterAnnotations()[parameter];
  }

  private WholeNumberQueryParameters.WholeNumber<?> limit() throws Exception {
    return (WholeNumberQueryParameters.WholeNumber<?>) provider.getConverter(int.class, int.class, annotationsOf(0));
  }

  private WholeNumberQueryParameters.WholeNumber<?> platformId() throws Exception {
    return (WholeNumberQueryParameters.WholeNumber<?>) provider.getConverter(Long.class, Long.class, annotationsOf(1));
  }

  @Test
  void testConvertsWholeNumbersOfQueryParameters() throws Exception {
    assertThat(limit().read("25")).isEqualTo(25);
    assertThat(platformId().read(" 7 ")).isEqualTo(7L);
  }

  @Test
  void testEmptyValueIsAbsent() throws Exception {
    assertThat(limit().read("")).isNull();
    assertThat(platformId().read("  ")).isNull();
  }

  @Test
  void testNotANumberIsRefusedNamingTheParameter() throws Exception {
    var limit = limit();
    assertThatThrownBy(() -> limit.read("ten"))
        .isInstanceOf(WholeNumberQueryParameters.NotAWholeNumber.class)
        .hasMessage("Query parameter limit must be a whole number");
    assertThatThrownBy(() -> limit.read("1.5")).isInstanceOf(WholeNumberQueryParameters.NotAWholeNumber.class);
    assertThatThrownBy(() -> limit.read("99999999999"))
        .hasMessage("Query parameter limit is out of range");
  }

  @Test
  void testLeavesPathAndTextParametersToTheRuntime() throws Exception {
    assertThat(provider.getConverter(long.class, long.class, annotationsOf(2))).isNull();
    assertThat(provider.getConverter(String.class, String.class, annotationsOf(3))).isNull();
    assertThat(provider.getConverter(Long.class, Long.class, null)).isNull();
  }
}
