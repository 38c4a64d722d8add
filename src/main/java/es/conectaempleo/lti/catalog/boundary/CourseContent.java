package es.conectaempleo.lti.catalog.boundary;

import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.catalog.entity.CourseModule;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import java.util.List;

/**
 * A course with its modules, lessons and quizzes, read once (reference data). Immutable.
 *
 * @param modules in order; each with its lessons in order and its quiz
 */
public record CourseContent(Course course, List<CourseModule> modules) {

  public List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  public List<Quiz> quizzes() {
    return modules.stream().map(CourseModule::quiz).filter(q -> q != null).toList();
  }

  /** Nominal minutes of all lessons: the course's hours of training. */
  public int totalMinutes() {
    return lessons().stream().mapToInt(Lesson::nominalMinutes).sum();
  }
}
