package es.conectaempleo.lti;

import java.util.Locale;

/**
 * The languages pages are written in: Spanish first, English second. Launch locales come in many
 * spellings (Moodle {@code es_mx}, Canvas {@code es-MX}, browsers {@code en-GB,en;q=0.9}); only the
 * primary subtag counts, and anything that is not English is shown in Spanish.
 */
public enum Language {
  ES,
  EN;

  public static Language fromTag(String tag) {
    if (tag == null) {
      return ES;
    }
    String primary = tag.trim().replace('_', '-');
    int end = 0;
    while (end < primary.length() && Character.isLetter(primary.charAt(end))) {
      end++;
    }
    return "en".equalsIgnoreCase(primary.substring(0, end)) ? EN : ES;
  }

  /** The first supported language of an {@code Accept-Language} header, else Spanish. */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return ES;
    }
    for (String range : header.split(",")) {
      // limit -1: a range of only ";" splits into [""], not into nothing
      String tag = range.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
      if (tag.startsWith("es")) {
        return ES;
      }
      if (tag.startsWith("en")) {
        return EN;
      }
    }
    return ES;
  }

  /** {@code es} or {@code en}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag());
  }
}
