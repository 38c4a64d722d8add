package es.conectaempleo.simulator;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.util.Collection;
import java.util.Map;

/**
 * JSON-P through one provider, looked up once. The static methods of {@code jakarta.json.Json} look
 * the provider up on every call (a {@code ServiceLoader} scan of the class path: about 0.1 ms on
 * this machine, against 2 µs for parsing a score), which made the simulator's own JSON a large part
 * of the CPU a benchmark left to the tool.
 */
public final class Jsonp {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
    return PROVIDER.createArrayBuilder(values);
  }

  /** A builder holding the members of an object, to change some of them. */
  public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
    return PROVIDER.createObjectBuilder(object);
  }

  public static JsonObjectBuilder createObjectBuilder(Map<String, ?> members) {
    return PROVIDER.createObjectBuilder(members);
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }
}
