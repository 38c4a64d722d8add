package es.conectaempleo.lti.learning.control;

import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.enrollment.boundary.Enrollments;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.EnrollmentState;
import es.conectaempleo.lti.gradesync.boundary.GradeEvent;
import es.conectaempleo.lti.gradesync.boundary.GradeSync;
import es.conectaempleo.lti.learning.entity.LessonProgress;
import es.conectaempleo.lti.learning.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records one learning activity and everything that follows from it in one transaction: the
 * progress row, the attempt's new figures and state, and the score the LMS gradebook should receive
 * (grade sync's outbox). Either all of it is written or none. The attempt's row is locked first,
 * so a learner's activities are counted one after the other.
 */
@ApplicationScoped
@Transactional
public class ProgressRecorder {
  @PersistenceContext EntityManager em;

  @Inject Enrollments enrollments;

  @Inject GradeSync gradeSync;

  @Inject Clock clock;

  /** Marks a lesson done (again: nothing changes) and returns the attempt's progress. */
  public CourseProgress lessonDone(Enrollment enrollment, CourseContent content, long lessonId) {
    enrollments.lockForProgress(enrollment.id());
    Instant now = clock.instant();
    boolean already = lessons(enrollment).stream().anyMatch(p -> p.lessonId() == lessonId);
    if (!already) {
      em.persist(new LessonProgress(enrollment.id(), lessonId, now));
    }
    return recompute(enrollment, content, !already, now);
  }

  /** Stores a graded quiz submission as the next attempt and returns it with the new progress. */
  public Recorded quizSubmitted(
      Enrollment enrollment, CourseContent content, long quizId, QuizGrading.Grade grade) {
    enrollments.lockForProgress(enrollment.id());
    Instant now = clock.instant();
    int previous =
        (int) attempts(enrollment).stream().filter(a -> a.quizId() == quizId).count();
    String answers =
        grade.answers().stream()
            .map(a -> a.question().id() + ":" + a.chosenOptionId())
            .collect(Collectors.joining(","));
    var attempt =
        new QuizAttempt(
            enrollment.id(), quizId, previous + 1, grade.correct(), grade.total(), grade.score(), answers, now);
    em.persist(attempt);
    em.flush();
    return new Recorded(attempt, recompute(enrollment, content, true, now));
  }

  /** A stored quiz attempt and the progress after it. */
  public record Recorded(QuizAttempt attempt, CourseProgress progress) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public QuizAttempt attempt(long attemptId) {
    return em.find(QuizAttempt.class, attemptId);
  }

  /**
   * The progress of an attempt, read only. An attempt still {@link EnrollmentState#ENROLLED} has no
   * progress rows: every row is written here together with the recount that starts the attempt, in
   * one transaction. Its page (every launch's course page) then costs no progress query.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CourseProgress progress(Enrollment enrollment, CourseContent content) {
    if (enrollment.state() == EnrollmentState.ENROLLED) {
      return new CourseProgress(content, List.of(), List.of());
    }
    return new CourseProgress(content, lessons(enrollment), attempts(enrollment));
  }

  private CourseProgress recompute(Enrollment detached, CourseContent content, boolean changed, Instant now) {
    var progress = new CourseProgress(content, lessons(detached), attempts(detached));
    if (changed) {
      Enrollment enrollment = enrollments.recordProgress(detached.id(), progress.figures());
      gradeSync.progressChanged(GradeEvent.of(enrollment, now));
    }
    return progress;
  }

  private List<LessonProgress> lessons(Enrollment enrollment) {
    return em.createNamedQuery(LessonProgress.FIND_BY_ENROLLMENT, LessonProgress.class)
        .setParameter("enrollmentId", enrollment.id())
        .getResultList();
  }

  private List<QuizAttempt> attempts(Enrollment enrollment) {
    return em.createNamedQuery(QuizAttempt.FIND_BY_ENROLLMENT, QuizAttempt.class)
        .setParameter("enrollmentId", enrollment.id())
        .getResultList();
  }
}
