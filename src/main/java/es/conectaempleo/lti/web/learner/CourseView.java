package es.conectaempleo.lti.web.learner;

import es.conectaempleo.lti.catalog.entity.CourseModule;
import es.conectaempleo.lti.catalog.entity.Lesson;
import es.conectaempleo.lti.catalog.entity.Quiz;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.learning.boundary.Outline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The course page: a view adapter over the outline, in the page language. */
public record CourseView(
    String token, Outline outline, Locale language, boolean staff, boolean learner, String learnerName) {

  private boolean en() {
    return "en".equals(language.getLanguage());
  }

  /**
   * This page's own GET address, with its token. The page may be the answer to the launch POST;
   * its script puts this address in the address bar, so a reload does not post the launch again.
   */
  public String pageUrl() {
    return "/learn/courses/" + code() + "?lt=" + token;
  }

  public String code() {
    return outline.content().course().code();
  }

  public String title() {
    return outline.content().course().title(language);
  }

  public String summary() {
    return outline.content().course().summary(language);
  }

  public int hours() {
    return outline.content().course().nominalHours();
  }

  public String level() {
    return outline.content().course().level();
  }

  public int passMark() {
    return outline.content().course().passMark();
  }

  public boolean enrolled() {
    return outline.enrollment() != null;
  }

  /** Lowercase state name, or {@code null} when not enrolled. */
  public String state() {
    Enrollment e = outline.enrollment();
    return e == null ? null : e.state().name().toLowerCase(Locale.ROOT);
  }

  public boolean finished() {
    return enrolled() && outline.enrollment().isFinished();
  }

  public int attempt() {
    return enrolled() ? outline.enrollment().attempt() : 0;
  }

  public BigDecimal courseScore() {
    return enrolled() ? outline.enrollment().courseScore() : null;
  }

  public int lessonsDone() {
    return enrolled() ? outline.enrollment().lessonsDone() : 0;
  }

  public int lessonsTotal() {
    return outline.content().lessons().size();
  }

  public int quizzesDone() {
    return enrolled() ? outline.enrollment().quizzesDone() : 0;
  }

  public int quizzesTotal() {
    return outline.content().quizzes().size();
  }

  /** Hours of training done, one decimal. */
  public String hoursDone() {
    int minutes = enrolled() ? outline.enrollment().minutesDone() : 0;
    return String.format(language, "%.1f", minutes / 60.0);
  }

  /** 0-100: share of lessons and quizzes done. */
  public int percentDone() {
    int total = lessonsTotal() + quizzesTotal();
    return total == 0 ? 0 : (lessonsDone() + quizzesDone()) * 100 / total;
  }

  public List<CourseModule> modules() {
    return outline.content().modules();
  }

  public String moduleTitle(CourseModule module) {
    return en() ? module.titleEn() : module.titleEs();
  }

  public String lessonTitle(Lesson lesson) {
    return en() ? lesson.titleEn() : lesson.titleEs();
  }

  public String quizTitle(Quiz quiz) {
    return en() ? quiz.titleEn() : quiz.titleEs();
  }

  public boolean done(Lesson lesson) {
    return outline.progress().isDone(lesson);
  }

  public int attempts(Quiz quiz) {
    return outline.progress().attempts(quiz);
  }

  public BigDecimal bestScore(Quiz quiz) {
    return outline.progress().bestScore(quiz);
  }
}
