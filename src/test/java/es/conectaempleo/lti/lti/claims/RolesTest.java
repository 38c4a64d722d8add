package es.conectaempleo.lti.lti.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The roles claim (LTI Core 1.3 Appendix A.2) as Moodle ({@code lti_get_ims_role}) and Canvas send
 * it: full URIs and simple context role names, sub-roles, institution and system roles, and roles
 * this tool does not know.
 */
class RolesTest {
  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

  @Test
  void testConstants() {
    assertThat(Roles.LEARNER).isEqualTo(MEMBERSHIP + "Learner");
    assertThat(Roles.INSTRUCTOR).isEqualTo(MEMBERSHIP + "Instructor");
    assertThat(Roles.CONTENT_DEVELOPER).isEqualTo(MEMBERSHIP + "ContentDeveloper");
    assertThat(Roles.CONTEXT_ADMINISTRATOR).isEqualTo(MEMBERSHIP + "Administrator");
    assertThat(Roles.MENTOR).isEqualTo(MEMBERSHIP + "Mentor");
    assertThat(Roles.TEACHING_ASSISTANT)
        .isEqualTo("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant");
    assertThat(Roles.INSTITUTION_ADMINISTRATOR).isEqualTo(INSTITUTION + "Administrator");
    assertThat(Roles.SYSTEM_ADMINISTRATOR).isEqualTo(SYSTEM + "Administrator");
  }

  @Test
  void testMoodleLearner() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Learner"));

    assertThat(roles.isLearner()).isTrue();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testMoodleInstructor() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Instructor"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isTrue();
  }

  /** Moodle site admins lose Learner and get the institution and system Administrator roles. */
  @Test
  void testMoodleAdministrator() {
    Roles roles =
        Roles.of(List.of(INSTITUTION + "Administrator", MEMBERSHIP + "Instructor", SYSTEM + "Administrator"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isTrue();
  }

  @Test
  void testAdministratorWithoutContextRole() {
    assertThat(Roles.of(List.of(INSTITUTION + "Administrator")).isStaff()).isTrue();
    assertThat(Roles.of(List.of(SYSTEM + "Administrator")).isStaff()).isTrue();
    assertThat(Roles.of(List.of(INSTITUTION + "Administrator", SYSTEM + "Administrator")).isLearner()).isFalse();
  }

  @Test
  void testSimpleNames() {
    assertThat(Roles.of(List.of("Learner")).isLearner()).isTrue();
    assertThat(Roles.of(List.of("Learner")).isStaff()).isFalse();
    assertThat(Roles.of(List.of("Instructor")).isStaff()).isTrue();
    assertThat(Roles.of(List.of("ContentDeveloper")).isStaff()).isTrue();
    assertThat(Roles.of(List.of("Administrator")).isStaff()).isTrue();
    assertThat(Roles.of(List.of("Instructor")).isLearner()).isFalse();
  }

  @Test
  void testStaffContextRoles() {
    assertThat(Roles.of(List.of(MEMBERSHIP + "ContentDeveloper")).isStaff()).isTrue();
    assertThat(Roles.of(List.of(MEMBERSHIP + "Administrator")).isStaff()).isTrue();
  }

  @Test
  void testTeachingAssistantSubRole() {
    Roles alone = Roles.of(List.of(Roles.TEACHING_ASSISTANT));
    Roles withPrincipal = Roles.of(List.of(MEMBERSHIP + "Instructor", Roles.TEACHING_ASSISTANT));

    assertThat(alone.isStaff()).isTrue();
    assertThat(alone.isLearner()).isFalse();
    assertThat(withPrincipal.isStaff()).isTrue();
  }

  @Test
  void testOtherInstructorSubRoles() {
    assertThat(
            Roles.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Grader")).isStaff())
        .isTrue();
  }

  @Test
  void testCanvasStudent() {
    Roles roles = Roles.of(List.of(INSTITUTION + "Student", MEMBERSHIP + "Learner", SYSTEM + "User"));

    assertThat(roles.isLearner()).isTrue();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testCanvasTeacher() {
    Roles roles = Roles.of(List.of(INSTITUTION + "Instructor", MEMBERSHIP + "Instructor", SYSTEM + "User"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isTrue();
  }

  @Test
  void testCanvasTeacherInStudentView() {
    Roles roles =
        Roles.of(List.of(MEMBERSHIP + "Learner", "http://purl.imsglobal.org/vocab/lti/system/person#TestUser"));

    assertThat(roles.isLearner()).isTrue();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testCanvasAccountAdmin() {
    Roles roles = Roles.of(List.of(INSTITUTION + "Administrator", INSTITUTION + "Instructor", SYSTEM + "User"));

    assertThat(roles.isStaff()).isTrue();
    assertThat(roles.isLearner()).isFalse();
  }

  /** An account admin enrolled in the course as a student takes it as a learner; with a teaching role, as staff. */
  @Test
  void testCanvasAccountAdminEnrolledAsStudent() {
    Roles student = Roles.of(List.of(INSTITUTION + "Administrator", MEMBERSHIP + "Learner", SYSTEM + "User"));
    Roles both = Roles.of(List.of(SYSTEM + "Administrator", MEMBERSHIP + "Learner", MEMBERSHIP + "Instructor"));

    assertThat(student.isLearner()).isTrue();
    assertThat(student.isStaff()).isFalse();
    assertThat(both.isStaff()).isTrue();
  }

  /** Institution and system roles say nothing of the course: a Student of the institution is no Learner here. */
  @Test
  void testInstitutionAndSystemRolesAreNotContextRoles() {
    Roles roles = Roles.of(List.of(INSTITUTION + "Student", INSTITUTION + "Faculty", SYSTEM + "User"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testMentorIsNeitherLearnerNorStaff() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Mentor"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testUnknownRolesIgnored() {
    Roles roles =
        Roles.of(
            List.of(
                "urn:lti:role:ims/lis/Instructor",
                "http://example.org/roles#Wizard",
                "",
                "learner",
                "INSTRUCTOR",
                MEMBERSHIP + "learner",
                MEMBERSHIP.replace("http:", "https:") + "Instructor",
                MEMBERSHIP + "Learner"));

    assertThat(roles.isLearner()).isTrue();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testOnlyUnknownRoles() {
    Roles roles = Roles.of(List.of("urn:lti:role:ims/lis/Learner", "Student", "Teacher"));

    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testEmpty() {
    Roles roles = Roles.of(List.of());

    assertThat(roles.uris()).isEmpty();
    assertThat(roles.isLearner()).isFalse();
    assertThat(roles.isStaff()).isFalse();
  }

  @Test
  void testUrisKeptInOrderAndImmutable() {
    var claim = new java.util.ArrayList<>(List.of(MEMBERSHIP + "Learner", SYSTEM + "User"));
    Roles roles = Roles.of(claim);
    claim.add(MEMBERSHIP + "Instructor");

    assertThat(roles.uris()).containsExactly(MEMBERSHIP + "Learner", SYSTEM + "User");
    assertThat(roles.isStaff()).isFalse();
    assertThat(roles).hasToString("[" + MEMBERSHIP + "Learner, " + SYSTEM + "User]");
  }
}
