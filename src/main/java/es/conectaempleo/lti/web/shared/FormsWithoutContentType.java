package es.conectaempleo.lti.web.shared;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Reads a POST that names no content type as a form, on the methods that take forms only (the launch,
 * the login, the pages' buttons). Jersey lets such a request into a form method (no type matches any
 * {@code @Consumes}) and then fails while reading its fields, which would answer 500. Browsers and LMSs
 * always send the type; whatever else posts nothing, or a form without saying so, gets the method's
 * own answer to missing fields instead: a launch without id_token is refused with its reason code and
 * audit row, a page without its launch token asks to come from the LMS. A body of any named type other
 * than a form is still refused with 415.
 */
@Provider
public class FormsWithoutContentType implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (takesForms(resource.getResourceMethod(), resource.getResourceClass())) {
      context.register(AssumeForm.class);
    }
  }

  static boolean takesForms(Method method, Class<?> resourceClass) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null && resourceClass != null) {
      consumes = resourceClass.getAnnotation(Consumes.class);
    }
    return consumes != null
        && Arrays.stream(consumes.value())
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::trim)
            .anyMatch(MediaType.APPLICATION_FORM_URLENCODED::equalsIgnoreCase);
  }

  /** Bound only to form methods by {@link FormsWithoutContentType}; costs nothing elsewhere. */
  public static class AssumeForm implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED);
      }
    }
  }
}
