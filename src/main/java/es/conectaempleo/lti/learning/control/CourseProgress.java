package es.conectaempleo.lti.learning.control;

import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import es.conectaempleo.lti.enrollment.boundary.Progress;
import es.conectaempleo.lti.learning.entity.LessonProgress;
import es.conectaempleo.lti.learning.entity.QuizAttempt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a course attempt from its activity. The course score is the mean, over every quiz
 * of the course, of the learner's best attempt at it (a quiz not yet attempted counts 0), rounded to
 * two decimals; the attempt is complete when every lesson is done and every quiz submitted, and
 * approved when it is complete with a course score at or above the pass mark. Immutable.
 */
public final class CourseProgress {
  private final CourseContent content;
  private final Set<Long> lessonsDone;
  private final Map<Long, BigDecimal> bestScores;
  private final Map<Long, Integer> attempts;

  public CourseProgress(
      CourseContent content, Collection<LessonProgress> lessons, Collection<QuizAttempt> quizAttempts) {
    this.content = content;
    this.lessonsDone = lessons.stream().map(LessonProgress::lessonId).collect(Collectors.toUnmodifiableSet());
    var best = new HashMap<Long, BigDecimal>();
    var count = new HashMap<Long, Integer>();
    for (QuizAttempt attempt : quizAttempts) {
      best.merge(attempt.quizId(), attempt.score(), BigDecimal::max);
      count.merge(attempt.quizId(), 1, Integer::sum);
    }
    this.bestScores = Map.copyOf(best);
    this.attempts = Map.copyOf(count);
  }

  public boolean isDone(Lesson lesson) {
    return lessonsDone.contains(lesson.id());
  }

  /** The best score of a quiz, or {@code null} if never attempted. */
  public BigDecimal bestScore(Quiz quiz) {
    return bestScores.get(quiz.id());
  }

  public int attempts(Quiz quiz) {
    return attempts.getOrDefault(quiz.id(), 0);
  }

  public Progress figures() {
    int lessonCount = (int) content.lessons().stream().filter(this::isDone).count();
    int quizCount = (int) content.quizzes().stream().filter(q -> bestScores.containsKey(q.id())).count();
    int minutes = content.lessons().stream().filter(this::isDone).mapToInt(Lesson::nominalMinutes).sum();
    BigDecimal score = courseScore();
    boolean complete =
        lessonCount == content.lessons().size() && quizCount == content.quizzes().size();
    boolean approved =
        complete && score != null && score.compareTo(BigDecimal.valueOf(content.course().passMark())) >= 0;
    return new Progress(lessonCount, quizCount, minutes, score, complete, approved);
  }

  private BigDecimal courseScore() {
    var quizzes = content.quizzes();
    if (bestScores.isEmpty() || quizzes.isEmpty()) {
      return null;
    }
    BigDecimal sum =
        quizzes.stream().map(q -> bestScores.getOrDefault(q.id(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(quizzes.size()), 2, RoundingMode.HALF_UP);
  }
}
