package es.conectaempleo.lti.registration.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

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
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

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
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      return "https".equals(scheme) || ("http".equals(scheme) && isLoopback(uri.getHost()));
    }

    private static boolean isLoopback(String host) {
      String lower = host.toLowerCase(java.util.Locale.ROOT);
      if (LOOPBACK_NAMES.contains(lower)) {
        return true;
      }
      if (lower.matches("127(\\.\\d{1,3}){3}")) {
        try {
          return InetAddress.getByName(lower).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
          return false;
        }
      }
      return false;
    }
  }
}
