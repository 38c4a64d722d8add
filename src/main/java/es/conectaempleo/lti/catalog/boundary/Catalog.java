package es.conectaempleo.lti.catalog.boundary;

import es.conectaempleo.lti.catalog.entity.Course;
import es.conectaempleo.lti.catalog.entity.CourseModule;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courses of the catalog and their content, read once per node: they change only with a
 * migration and a restart. Lookups are then in memory, off the launch's hot path.
 */
@ApplicationScoped
public class Catalog {
  @PersistenceContext EntityManager em;

  /** Where a lesson or quiz belongs. */
  public record LessonRef(CourseContent content, Lesson lesson) {}

  /** Where a quiz belongs. */
  public record QuizRef(CourseContent content, CourseModule module, Quiz quiz) {}

  private record Snapshot(
      List<Course> courses,
      Map<String, Course> byCode,
      Map<Long, Course> byId,
      Map<Long, CourseContent> contents,
      Map<Long, LessonRef> lessons,
      Map<Long, QuizRef> quizzes) {}

  private volatile Snapshot snapshot;

  /** Every course, in catalog order. */
  public List<Course> courses() {
    return snapshot().courses();
  }

  /**
   * The course with this code. Codes are lower case; teachers type them into their LMS, so a code
   * with capitals or spaces around it (a custom parameter {@code course=Excel }) finds it too.
   */
  public Optional<Course> findByCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Course exact = snapshot().byCode().get(code);
    return exact != null
        ? Optional.of(exact)
        : Optional.ofNullable(snapshot().byCode().get(code.strip().toLowerCase(java.util.Locale.ROOT)));
  }

  public Optional<Course> findById(long id) {
    return Optional.ofNullable(snapshot().byId().get(id));
  }

  public CourseContent content(Course course) {
    return snapshot().contents().get(course.id());
  }

  public Optional<LessonRef> lesson(long lessonId) {
    return Optional.ofNullable(snapshot().lessons().get(lessonId));
  }

  public Optional<QuizRef> quiz(long quizId) {
    return Optional.ofNullable(snapshot().quizzes().get(quizId));
  }

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null) {
      s = loadOnce();
    }
    return s;
  }

  /**
   * One thread loads, the others wait for its snapshot. Concurrent first launches each loading the
   * catalog's object graph made EclipseLink's cache locks wait on each other (WriteLockManager) until
   * the clients gave up: the launch benchmark lost a few launches after 60 s at every start.
   */
  private synchronized Snapshot loadOnce() {
    if (snapshot == null) {
      snapshot = load();
    }
    return snapshot;
  }

  private Snapshot load() {
    List<Course> courses = em.createNamedQuery(Course.FIND_ALL, Course.class).getResultList();
    List<CourseModule> modules =
        em.createNamedQuery(CourseModule.FIND_ALL, CourseModule.class).getResultList();
    Map<String, Course> byCode = new HashMap<>();
    Map<Long, Course> byId = new HashMap<>();
    Map<Long, CourseContent> contents = new HashMap<>();
    Map<Long, LessonRef> lessons = new HashMap<>();
    Map<Long, QuizRef> quizzes = new HashMap<>();
    for (Course course : courses) {
      byCode.put(course.code(), course);
      byId.put(course.id(), course);
      List<CourseModule> own = new ArrayList<>();
      for (CourseModule module : modules) {
        if (module.courseId() == course.id()) {
          own.add(module);
        }
      }
      var content = new CourseContent(course, List.copyOf(own));
      contents.put(course.id(), content);
      for (CourseModule module : own) {
        module.lessons().forEach(l -> lessons.put(l.id(), new LessonRef(content, l)));
        if (module.quiz() != null) {
          quizzes.put(module.quiz().id(), new QuizRef(content, module, module.quiz()));
        }
      }
    }
    return new Snapshot(
        List.copyOf(courses), Map.copyOf(byCode), Map.copyOf(byId), Map.copyOf(contents),
        Map.copyOf(lessons), Map.copyOf(quizzes));
  }
}
