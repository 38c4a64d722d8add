package es.conectaempleo.lti.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class FormsWithoutContentTypeTest {

  static class Resource {
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    void form() {}

    @Consumes(MediaType.APPLICATION_JSON)
    void json() {}

    @Consumes({"application/json", "text/plain, application/x-www-form-urlencoded"})
    void either() {}

    void unannotated() {}
  }

  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  static class FormResource {
    void inherited() {}

    @Consumes(MediaType.APPLICATION_JSON)
    void overridden() {}
  }

  @Test
  void testFormMethodsOnly() throws Exception {
    assertThat(takesForms(Resource.class, "form")).isTrue();
    assertThat(takesForms(Resource.class, "either")).isTrue();
    assertThat(takesForms(Resource.class, "json")).isFalse();
    assertThat(takesForms(Resource.class, "unannotated")).isFalse();
  }

  @Test
  void testMethodAnnotationWinsOverTheClass() throws Exception {
    assertThat(takesForms(FormResource.class, "inherited")).isTrue();
    assertThat(takesForms(FormResource.class, "overridden")).isFalse();
  }

  private static boolean takesForms(Class<?> type, String name) throws NoSuchMethodException {
    Method method = type.getDeclaredMethod(name);
    return FormsWithoutContentType.takesForms(method, type);
  }
}
