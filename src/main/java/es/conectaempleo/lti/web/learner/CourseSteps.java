package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.catalog.boundary.CourseContent;
import es.conectaempleo.lti.catalog.entity.CourseModule;
import es.conectaempleo.lti.catalog.entity.Lesson;
import java.util.ArrayList;
import java.util.List;

/**
 * The order a learner goes through a course: each module's lessons, then its quiz. Gives the page
 * that comes before and after any step, as paths without the launch token.
 */
final class CourseSteps {
  private final List<String> paths = new ArrayList<>();
  private final String outline;

  CourseSteps(CourseContent content) {
    this.outline = "/learn/courses/" + content.course().code();
    for (CourseModule module : content.modules()) {
      for (Lesson lesson : module.lessons()) {
        paths.add("/learn/lessons/" + lesson.id());
      }
      if (module.quiz() != null) {
        paths.add("/learn/quizzes/" + module.quiz().id());
      }
    }
  }

  String outline() {
    return outline;
  }

  /** The step after {@code path}, or the course outline after the last one. */
  String next(String path) {
    int i = paths.indexOf(path);
    return i >= 0 && i + 1 < paths.size() ? paths.get(i + 1) : outline;
  }

  /** The step before {@code path}, or {@code null} for the first one. */
  String previous(String path) {
    int i = paths.indexOf(path);
    return i > 0 ? paths.get(i - 1) : null;
  }
}
