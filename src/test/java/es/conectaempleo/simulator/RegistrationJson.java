package es.conectaempleo.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading a client registration the way a PHP or Ruby LMS does: a member is a string only when it
 * is a JSON string (a number where a URL belongs is as missing as no member at all), an array only
 * when it is a JSON array; and turning JSON-P values into the plain maps and lists tests compare.
 */
final class RegistrationJson {
  private RegistrationJson() {}

  /** The member when it is a non-blank string, else {@code null}. */
  static String text(JsonObject object, String name) {
    return object != null && object.get(name) instanceof JsonString value && !value.getString().isBlank()
        ? value.getString()
        : null;
  }

  /** The member when it is an array, else {@code null}. */
  static JsonArray array(JsonObject object, String name) {
    return object != null && object.get(name) instanceof JsonArray value ? value : null;
  }

  /** The member when it is an object, else {@code null}. */
  static JsonObject object(JsonObject object, String name) {
    return object != null && object.get(name) instanceof JsonObject value ? value : null;
  }

  /** The string elements of an array member, in order; {@code null} when it is not an array. */
  static List<String> strings(JsonObject object, String name) {
    JsonArray array = array(object, name);
    if (array == null) {
      return null;
    }
    var strings = new ArrayList<String>();
    for (JsonValue element : array) {
      if (element instanceof JsonString text) {
        strings.add(text.getString());
      }
    }
    return strings;
  }

  /** The scopes a space-separated {@code scope} asks for, once each, in the order asked. */
  static Set<String> scopes(String scope) {
    if (scope == null || scope.isBlank()) {
      return Set.of();
    }
    var scopes = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
    return Collections.unmodifiableSet(scopes);
  }

  /** A JSON value as plain Java: maps, lists, strings, longs or doubles, booleans and nulls. */
  static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        var map = new LinkedHashMap<String, Object>();
        value.asJsonObject().forEach((name, member) -> map.put(name, plain(member)));
        yield Collections.unmodifiableMap(map);
      }
      case ARRAY -> {
        var list = new ArrayList<Object>();
        value.asJsonArray().forEach(element -> list.add(plain(element)));
        yield Collections.unmodifiableList(list);
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  /** A JSON object as a plain, unmodifiable map; see {@link #plain(JsonValue)}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> plain(JsonObject object) {
    return (Map<String, Object>) plain((JsonValue) object);
  }
}
