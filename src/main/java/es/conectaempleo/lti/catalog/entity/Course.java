package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A course of the catalog. Reference data: created by migration, never changed by the application.
 * Its {@code code} is what instructors put in the LTI custom parameter {@code course}.
 */
@Entity
@Cacheable
@Table(name = "course")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c ORDER BY c.position")
public class Course {
  public static final String FIND_ALL = "Course.findAll";

  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "title_es", nullable = false, updatable = false)
  private String titleEs;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @Column(name = "summary_es", nullable = false, updatable = false)
  private String summaryEs;

  @Column(name = "summary_en", nullable = false, updatable = false)
  private String summaryEn;

  @Column(nullable = false, updatable = false)
  private String level;

  @Column(name = "nominal_hours", nullable = false, updatable = false)
  private int nominalHours;

  @Column(name = "pass_mark", nullable = false, updatable = false)
  private int passMark;

  @Column(nullable = false, updatable = false)
  private int position;

  protected Course() {}

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  /** The title in the page language: Spanish unless English is asked for. */
  public String title(Locale language) {
    return isEnglish(language) ? titleEn : titleEs;
  }

  public String summary(Locale language) {
    return isEnglish(language) ? summaryEn : summaryEs;
  }

  public String titleEs() {
    return titleEs;
  }

  public String titleEn() {
    return titleEn;
  }

  /** {@code basic} or {@code intermediate}. */
  public String level() {
    return level;
  }

  public int nominalHours() {
    return nominalHours;
  }

  /** The course score (0-100) needed to be approved. */
  public int passMark() {
    return passMark;
  }

  private static boolean isEnglish(Locale language) {
    return "en".equals(language.getLanguage());
  }
}
