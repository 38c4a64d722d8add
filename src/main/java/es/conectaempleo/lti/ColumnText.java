package es.conectaempleo.lti;

/**
 * Text cut to the length of the column that keeps it: what a platform sends (names, titles, messages)
 * has no length limit, and a description too long for its column is better shortened than refused.
 */
public final class ColumnText {
  private ColumnText() {}

  /**
   * @param value may be {@code null}
   * @param max the column's length in characters; positive
   * @return at most {@code max} characters of {@code value}, never half a surrogate pair
   */
  public static String fit(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end);
  }
}
