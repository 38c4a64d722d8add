package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A question with its options, exactly one of them correct, and why. Reference data. */
@Entity
@Cacheable
@Table(name = "quiz_question")
public class QuizQuestion {
  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "prompt_es", nullable = false, updatable = false)
  private String promptEs;

  @Column(name = "explanation_es", nullable = false, updatable = false)
  private String explanationEs;

  @OneToMany(fetch = FetchType.EAGER)
  @JoinColumn(name = "question_id")
  @OrderBy("position")
  private List<QuizOption> options;

  protected QuizQuestion() {}

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String promptEs() {
    return promptEs;
  }

  public String explanationEs() {
    return explanationEs;
  }

  public List<QuizOption> options() {
    return options;
  }
}
