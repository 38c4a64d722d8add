package es.conectaempleo.lti.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson the learner marked done in one course attempt. Written once; unique per (attempt, lesson). */
@Entity
@Table(name = "lesson_progress")
@NamedQuery(
    name = LessonProgress.FIND_BY_ENROLLMENT,
    query = "SELECT p FROM LessonProgress p WHERE p.enrollmentId = :enrollmentId")
public class LessonProgress {
  public static final String FIND_BY_ENROLLMENT = "LessonProgress.findByEnrollment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Column(name = "lesson_id", nullable = false, updatable = false)
  private long lessonId;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  protected LessonProgress() {}

  public LessonProgress(long enrollmentId, long lessonId, Instant now) {
    this.enrollmentId = enrollmentId;
    this.lessonId = lessonId;
    this.completedAt = now;
  }

  public long lessonId() {
    return lessonId;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
