package es.conectaempleo.lti.web.learner;

/** What the course page shows. {@code state} is {@code null} when the person is not enrolled. */
public record CourseView(
    String token,
    String code,
    String title,
    String summary,
    int hours,
    String level,
    int passMark,
    String state,
    boolean staff,
    String learnerName) {}
