package es.conectaempleo.lti.web.shared;

import es.conectaempleo.lti.Language;
import java.text.MessageFormat;
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

  private Texts(Language language) {
    this.language = language;
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

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** A text with {@link MessageFormat} arguments ({0}, {1}...). */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language.locale()).format(arguments);
  }
}
