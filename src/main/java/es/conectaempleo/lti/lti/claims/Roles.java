package es.conectaempleo.lti.lti.claims;

import java.util.List;
import java.util.Set;

/**
 * Reads the roles claim. Platforms send full LIS v2 URIs (Canvas, Moodle for roles) and sometimes
 * the simple names the spec allows ({@code Instructor}); both count. Unknown roles are ignored.
 * Immutable and thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#role-vocabularies">LTI Core 1.3 A.2</a>
 */
public final class Roles {
  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  private static final String MEMBERSHIP_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
  private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

  public static final String LEARNER = MEMBERSHIP + "Learner";
  public static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
  public static final String CONTENT_DEVELOPER = MEMBERSHIP + "ContentDeveloper";
  public static final String CONTEXT_ADMINISTRATOR = MEMBERSHIP + "Administrator";
  public static final String MENTOR = MEMBERSHIP + "Mentor";
  public static final String TEACHING_ASSISTANT = MEMBERSHIP_SUB + "Instructor#TeachingAssistant";
  public static final String INSTITUTION_ADMINISTRATOR = INSTITUTION + "Administrator";
  public static final String SYSTEM_ADMINISTRATOR = SYSTEM + "Administrator";

  /** Context roles allowed to manage the tool in a course: see grades, pick content. */
  private static final Set<String> STAFF_CONTEXT_ROLES =
      Set.of("Instructor", "ContentDeveloper", "Administrator");

  private final List<String> uris;

  private Roles(List<String> uris) {
    this.uris = List.copyOf(uris);
  }

  /**
   * @param claim the roles claim values; never {@code null}, may be empty
   */
  public static Roles of(List<String> claim) {
    return new Roles(claim);
  }

  public List<String> uris() {
    return uris;
  }

  /** Holds the context role Learner (full URI or simple name). */
  public boolean isLearner() {
    return hasContextRole("Learner");
  }

  /**
   * A Learner of the context who is not also its staff: the person who takes the courses (enrolls,
   * records progress, is graded). Anyone else only looks, or, as staff, previews.
   */
  public boolean isLearnerNotStaff() {
    return isLearner() && !isStaff();
  }

  /**
   * May act as staff of the context: Instructor (including sub-roles such as Teaching Assistant),
   * Content Developer, context Administrator, or an institution/system Administrator who is not a
   * Learner of the context. Moodle site admins lose Learner and get the administrator roles instead;
   * a Canvas account admin enrolled in the course as a student keeps Learner beside them, and takes
   * the course as a learner.
   */
  public boolean isStaff() {
    boolean administrator = false;
    for (String role : uris) {
      if (role.equals(INSTITUTION_ADMINISTRATOR) || role.equals(SYSTEM_ADMINISTRATOR)) {
        administrator = true;
      }
      if (role.startsWith(MEMBERSHIP_SUB + "Instructor#")) {
        return true;
      }
    }
    return STAFF_CONTEXT_ROLES.stream().anyMatch(this::hasContextRole) || administrator && !isLearner();
  }

  private boolean hasContextRole(String simpleName) {
    for (String role : uris) {
      if (role.equals(simpleName) || role.equals(MEMBERSHIP + simpleName)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return uris.toString();
  }
}
