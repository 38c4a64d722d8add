package es.conectaempleo.lti.catalog.entity;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Catalog entities for unit tests. They are reference data that only migrations write, so they
 * have no public constructors or setters; this fixture sets their fields by reflection, as JPA
 * does, instead of widening production visibility. Each call builds new instances.
 */
public final class CatalogFixtures {
  private CatalogFixtures() {}

  public static Course course(long id, String code, int passMark) {
    var course = new Course();
    set(course, "id", id);
    set(course, "code", code);
    set(course, "titleEs", "Curso " + code);
    set(course, "titleEn", "Course " + code);
    set(course, "summaryEs", "Resumen");
    set(course, "summaryEn", "Summary");
    set(course, "level", "basic");
    set(course, "nominalHours", 10);
    set(course, "passMark", passMark);
    set(course, "position", 1);
    return course;
  }

  /** A module with its lessons in order and its quiz, which may be {@code null}. */
  public static CourseModule module(long id, long courseId, int position, Quiz quiz, Lesson... lessons) {
    var module = new CourseModule();
    set(module, "id", id);
    set(module, "courseId", courseId);
    set(module, "position", position);
    set(module, "titleEs", "Módulo " + position);
    set(module, "titleEn", "Module " + position);
    set(module, "lessons", List.of(lessons));
    set(module, "quiz", quiz);
    if (quiz != null) {
      set(quiz, "module", module);
    }
    return module;
  }

  public static Lesson lesson(long id, int nominalMinutes) {
    var lesson = new Lesson();
    set(lesson, "id", id);
    set(lesson, "position", (int) id);
    set(lesson, "titleEs", "Lección " + id);
    set(lesson, "titleEn", "Lesson " + id);
    set(lesson, "bodyEs", "Texto de la lección " + id + ".");
    set(lesson, "nominalMinutes", nominalMinutes);
    return lesson;
  }

  public static Quiz quiz(long id, QuizQuestion... questions) {
    var quiz = new Quiz();
    set(quiz, "id", id);
    set(quiz, "titleEs", "Test " + id);
    set(quiz, "titleEn", "Quiz " + id);
    set(quiz, "questions", List.of(questions));
    return quiz;
  }

  public static QuizQuestion question(long id, QuizOption... options) {
    var question = new QuizQuestion();
    set(question, "id", id);
    set(question, "position", (int) id);
    set(question, "promptEs", "Pregunta " + id);
    set(question, "explanationEs", "Porque sí.");
    set(question, "options", List.of(options));
    return question;
  }

  public static QuizOption option(long id, boolean correct) {
    var option = new QuizOption();
    set(option, "id", id);
    set(option, "position", (int) id);
    set(option, "textEs", "Opción " + id);
    set(option, "correct", correct);
    return option;
  }

  private static void set(Object entity, String fieldName, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(fieldName);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(entity.getClass().getSimpleName() + "." + fieldName, e);
    }
  }
}
