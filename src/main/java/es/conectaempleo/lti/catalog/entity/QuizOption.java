package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer option of a question. Reference data. */
@Entity
@Cacheable
@Table(name = "quiz_option")
public class QuizOption {
  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "text_es", nullable = false, updatable = false)
  private String textEs;

  @Column(nullable = false, updatable = false)
  private boolean correct;

  protected QuizOption() {}

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String textEs() {
    return textEs;
  }

  public boolean correct() {
    return correct;
  }
}
