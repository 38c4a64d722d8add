package es.conectaempleo.lti.registration.boundary;

import es.conectaempleo.lti.lti.PlatformUrls;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * An absolute HTTPS URL, as LTI requires of every platform URL; plain HTTP only on loopback hosts,
 * for development and tests. Checking the host needs no DNS lookup: only literal loopback names and
 * addresses count.
 */
@Documented
@Constraint(validatedBy = LmsUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LmsUrl {
  String message() default "must be an absolute https:// URL (http:// only on localhost)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<LmsUrl, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true; // @NotBlank reports absence
      }
      return isAllowed(value);
    }

    static boolean isAllowed(String value) {
      URI uri;
      try {
        uri = new URI(value);
      } catch (URISyntaxException e) {
        return false;
      }
      if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
        return false;
      }
      if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
        return false; // java.net.URI takes any digits as a port
      }
      return PlatformUrls.isCallable(uri);
    }
  }
}
