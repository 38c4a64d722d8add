package es.conectaempleo.lti.web.shared;

import es.conectaempleo.lti.Language;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages in one language ({@code i18n/messages*.properties}, UTF-8). Spanish is the
 * base bundle; English overrides it key by key. Immutable and thread-safe.
 */
public final class Texts {
  private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Texts(language));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  /**
   * MessageFormat looks up a new NumberFormat for every plain number it formats (a locale provider
   * search and a pattern parse), the largest cost of a course page's texts; NumberFormat is not
   * thread-safe, so each request thread keeps its own.
   */
  private final ThreadLocal<NumberFormat> numbers;

  private Texts(Language language) {
    this.language = language;
    this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(language.locale()));
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.messages",
            language.locale(),
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Texts of(Language language) {
    return BY_LANGUAGE.get(language);
  }

  public Language language() {
    return language;
  }

  /** {@code es} or {@code en}, for {@code <html lang>}. */
  public java.util.Locale locale() {
    return language.locale();
  }

  public String lang() {
    return language.tag();
  }

  /** The text of a key; the key itself if missing, so a gap shows instead of failing a page. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** A number as this language writes it: {@code 66,67} in Spanish, {@code 66.67} in English. */
  public String number(Number value) {
    return numbers.get().format(value);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * A text with {@link MessageFormat} arguments ({0}, {1}...). A number whose placeholder names no
   * format ({0}, not {0,number,integer} or {0,choice,...}) is written as MessageFormat would write it,
   * with the locale's NumberFormat, but with this thread's instance.
   */
  public String format(String key, Object... arguments) {
    var message = new MessageFormat(get(key), language.locale());
    Format[] formats = message.getFormatsByArgumentIndex();
    Object[] values = arguments.clone();
    for (int i = 0; i < values.length && i < formats.length; i++) {
      if (values[i] instanceof Number number && formats[i] == null) {
        values[i] = numbers.get().format(number);
      }
    }
    return message.format(values);
  }
}
