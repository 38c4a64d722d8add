package es.conectaempleo.lti.web.learner;

/** The lesson page. {@code nextPath}/{@code previousPath} carry no token; the template adds it. */
public record LessonView(
    String token,
    String courseCode,
    String courseTitle,
    long lessonId,
    String title,
    LessonText text,
    int minutes,
    boolean done,
    boolean staff,
    boolean learner,
    String previousPath,
    String nextPath) {}
