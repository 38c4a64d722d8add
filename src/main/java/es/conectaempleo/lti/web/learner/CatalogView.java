package es.conectaempleo.lti.web.learner;

import java.util.List;

/** What the catalog page shows. */
public record CatalogView(String token, boolean staff, boolean learner, String unknownCode, List<Entry> courses) {

  /** One course; {@code state} is the person's enrollment state, or {@code null}. */
  public record Entry(String code, String title, String summary, int hours, String level, String state) {}
}
