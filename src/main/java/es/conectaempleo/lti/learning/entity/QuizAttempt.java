package es.conectaempleo.lti.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submission of a quiz in a course attempt, with its score (0-100, two decimals) and the chosen
 * option ids. Written once. Attempts are numbered per (course attempt, quiz); the best one counts.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = QuizAttempt.FIND_BY_ENROLLMENT,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.enrollmentId = :enrollmentId"
            + " ORDER BY a.quizId, a.attemptNo")
public class QuizAttempt {
  public static final String FIND_BY_ENROLLMENT = "QuizAttempt.findByEnrollment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private long quizId;

  @Column(name = "attempt_no", nullable = false, updatable = false)
  private int attemptNo;

  @Column(nullable = false, updatable = false)
  private int correct;

  @Column(nullable = false, updatable = false)
  private int total;

  @Column(nullable = false, updatable = false, precision = 5, scale = 2)
  private BigDecimal score;

  @Column(nullable = false, updatable = false)
  private String answers;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  protected QuizAttempt() {}

  public QuizAttempt(
      long enrollmentId,
      long quizId,
      int attemptNo,
      int correct,
      int total,
      BigDecimal score,
      String answers,
      Instant now) {
    this.enrollmentId = enrollmentId;
    this.quizId = quizId;
    this.attemptNo = attemptNo;
    this.correct = correct;
    this.total = total;
    this.score = score;
    this.answers = answers;
    this.submittedAt = now;
  }

  public Long id() {
    return id;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  /** The chosen option of each question: question id → option id. */
  public java.util.Map<Long, Long> chosenOptions() {
    var chosen = new java.util.LinkedHashMap<Long, Long>();
    for (String pair : answers.split(",")) {
      String[] parts = pair.split(":");
      chosen.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
    return chosen;
  }

  public long quizId() {
    return quizId;
  }

  public int attemptNo() {
    return attemptNo;
  }

  public int correct() {
    return correct;
  }

  public int total() {
    return total;
  }

  public BigDecimal score() {
    return score;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
