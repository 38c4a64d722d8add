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

  // Parsed once: every page formats its texts with it, and Locale.forLanguageTag parses the tag.
  private final Locale locale = Locale.forLanguageTag(tag());

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

  /**
   * The supported language an {@code Accept-Language} header prefers: the highest quality value,
   * the first listed among equals; {@code q=0} means "not acceptable" (RFC 9110 §12.4.2). Else
   * Spanish.
   */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return ES;
    }
    Language preferred = ES;
    double preferredWeight = 0;
    for (String range : header.split(",")) {
      // limit -1: a range of only ";" splits into [""], not into nothing
      String[] parts = range.split(";", -1);
      String tag = parts[0].trim().toLowerCase(Locale.ROOT);
      Language language = tag.startsWith("es") ? ES : tag.startsWith("en") ? EN : null;
      double weight = weight(parts);
      if (language != null && weight > preferredWeight) {
        preferred = language;
        preferredWeight = weight;
      }
    }
    return preferred;
  }

  /** The {@code q} parameter of a language range; 1 when absent or unreadable. */
  private static double weight(String[] rangeParts) {
    for (int i = 1; i < rangeParts.length; i++) {
      String parameter = rangeParts[i].trim();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          return Double.parseDouble(parameter.substring(2).trim());
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }

  /** {@code es} or {@code en}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return locale;
  }
}
