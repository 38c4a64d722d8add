package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lesson: a Spanish text (paragraphs separated by blank lines, {@code "- "} list items) and the
 * nominal minutes of training it stands for. Reference data, seeded by migration.
 */
@Entity
@Cacheable
@Table(name = "lesson")
public class Lesson {
  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "title_es", nullable = false, updatable = false)
  private String titleEs;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @Column(name = "body_es", nullable = false, updatable = false)
  private String bodyEs;

  @Column(name = "nominal_minutes", nullable = false, updatable = false)
  private int nominalMinutes;

  protected Lesson() {}

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String titleEs() {
    return titleEs;
  }

  public String titleEn() {
    return titleEn;
  }

  public String bodyEs() {
    return bodyEs;
  }

  public int nominalMinutes() {
    return nominalMinutes;
  }
}
