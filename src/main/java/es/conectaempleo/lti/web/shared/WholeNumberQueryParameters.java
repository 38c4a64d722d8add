package es.conectaempleo.lti.web.shared;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads whole-number query parameters ({@code ?limit=}, {@code ?platformId=}) so that a value that is
 * no whole number is answered 400 with the parameter's name. JAX-RS answers 404 for a query parameter
 * it cannot convert, which tells a caller who mistyped {@code ?limit=ten} that the collection does
 * not exist. An empty value ({@code ?limit=}) counts as absent, as a form with an empty field sends
 * it. Path parameters keep their 404: {@code /platforms/abc} names nothing that exists.
 */
@Provider
public class WholeNumberQueryParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = queryParameterName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new WholeNumber<>(name, Long::valueOf);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) new WholeNumber<>(name, Integer::valueOf);
    }
    return null;
  }

  private static String queryParameterName(Annotation[] annotations) {
    if (annotations != null) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof QueryParam query) {
          return query.value();
        }
      }
    }
    return null;
  }

  /** One parameter's converter; a JAX-RS runtime passes a thrown {@code WebApplicationException} on as is. */
  static final class WholeNumber<N extends Number> implements ParamConverter<N> {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final String name;
    private final Function<String, N> parse;

    WholeNumber(String name, Function<String, N> parse) {
      this.name = name;
      this.parse = parse;
    }

    @Override
    public N fromString(String value) {
      try {
        return read(value);
      } catch (NotAWholeNumber e) {
        throw new BadRequestException(e.getMessage());
      }
    }

    /** The value, {@code null} when it is empty. */
    N read(String value) throws NotAWholeNumber {
      if (value == null) {
        throw new IllegalArgumentException("value is null"); // the contract of ParamConverter
      }
      String digits = value.strip();
      if (digits.isEmpty()) {
        return null; // the runtime then uses the parameter's default value
      }
      try {
        return parse.apply(digits);
      } catch (NumberFormatException e) {
        String problem = WHOLE.matcher(digits).matches() ? " is out of range" : " must be a whole number";
        throw new NotAWholeNumber("Query parameter " + name + problem);
      }
    }

    @Override
    public String toString(N value) {
      if (value == null) {
        throw new IllegalArgumentException("value is null");
      }
      return value.toString();
    }
  }

  /** Why a value was refused, in the words the caller reads. */
  static final class NotAWholeNumber extends Exception {
    NotAWholeNumber(String message) {
      super(message, null, false, false);
    }
  }
}
