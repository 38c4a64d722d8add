package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** The short graded quiz that closes a module. Reference data, seeded by migration. */
@Entity
@Cacheable
@Table(name = "quiz")
public class Quiz {
  @Id private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id", updatable = false)
  private CourseModule module;

  @Column(name = "title_es", nullable = false, updatable = false)
  private String titleEs;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @OneToMany(fetch = FetchType.EAGER)
  @JoinColumn(name = "quiz_id")
  @OrderBy("position")
  private List<QuizQuestion> questions;

  protected Quiz() {}

  public Long id() {
    return id;
  }

  public String titleEs() {
    return titleEs;
  }

  public String titleEn() {
    return titleEn;
  }

  public List<QuizQuestion> questions() {
    return questions;
  }
}
