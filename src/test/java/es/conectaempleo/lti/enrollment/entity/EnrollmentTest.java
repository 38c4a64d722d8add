package es.conectaempleo.lti.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The enrollment lifecycle: enrolled at the first launch, then started, completed and approved;
 * states only move forward and each keeps the time it was first reached.
 */
class EnrollmentTest {
  private static final Instant ENROLLED = Instant.parse("2025-03-10T09:15:00Z");
  private static final Instant T1 = ENROLLED.plus(Duration.ofMinutes(5));
  private static final Instant T2 = ENROLLED.plus(Duration.ofHours(2));
  private static final Instant T3 = ENROLLED.plus(Duration.ofDays(3));
  private static final Instant T4 = ENROLLED.plus(Duration.ofDays(9));

  private static Enrollment newEnrollment() {
    var learner = new Learner(7L, "5", ENROLLED);
    var context = new LmsContext(7L, "2", ENROLLED);
    var link = new ResourceLink(7L, 30L, context, "12", ENROLLED);
    return new Enrollment(learner, 42L, 1, new Enrollment.Placement(30L, context, link, LinkGrading.UNGRADED), ENROLLED);
  }

  @Test
  void testNewEnrollment() {
    var learner = new Learner(7L, "5", ENROLLED);
    var context = new LmsContext(7L, "2", ENROLLED);
    var link = new ResourceLink(7L, 30L, context, "12", ENROLLED);

    var enrollment = new Enrollment(learner, 42L, 2, new Enrollment.Placement(30L, context, link, LinkGrading.UNGRADED), ENROLLED);

    assertThat(enrollment.learner()).isSameAs(learner);
    assertThat(enrollment.platformId()).isEqualTo(7L);
    assertThat(enrollment.courseId()).isEqualTo(42L);
    assertThat(enrollment.attempt()).isEqualTo(2);
    assertThat(enrollment.deploymentKey()).isEqualTo(30L);
    assertThat(enrollment.context()).isSameAs(context);
    assertThat(enrollment.resourceLink()).isSameAs(link);
    assertThat(enrollment.state()).isEqualTo(EnrollmentState.ENROLLED);
    assertThat(enrollment.enrolledAt()).isEqualTo(ENROLLED);
    assertThat(enrollment.lastLaunchAt()).isEqualTo(ENROLLED);
    assertThat(enrollment.startedAt()).isNull();
    assertThat(enrollment.completedAt()).isNull();
    assertThat(enrollment.approvedAt()).isNull();
    assertThat(enrollment.courseScore()).isNull();
    assertThat(enrollment.lessonsDone()).isZero();
    assertThat(enrollment.quizzesDone()).isZero();
    assertThat(enrollment.minutesDone()).isZero();
    assertThat(enrollment.isFinished()).isFalse();
  }

  @Test
  void testRecordLaunch() {
    var enrollment = newEnrollment();
    var otherContext = new LmsContext(7L, "9", T1);
    var otherLink = new ResourceLink(7L, 31L, otherContext, "77", T1);

    boolean moved = enrollment.recordLaunch(new Enrollment.Placement(31L, otherContext, otherLink, LinkGrading.UNGRADED), T1);

    assertThat(moved).isTrue();
    assertThat(enrollment.deploymentKey()).isEqualTo(31L);
    assertThat(enrollment.context()).isSameAs(otherContext);
    assertThat(enrollment.resourceLink()).isSameAs(otherLink);
    assertThat(enrollment.lastLaunchAt()).isEqualTo(T1);
    assertThat(enrollment.enrolledAt()).isEqualTo(ENROLLED);
    assertThat(enrollment.state()).isEqualTo(EnrollmentState.ENROLLED);
  }

  /** A launch without context or link (deep linking, a platform that omits them) keeps the last known. */
  @Test
  void testRecordLaunchWithoutPlacementKeepsLastKnown() {
    var enrollment = newEnrollment();
    var context = enrollment.context();
    var link = enrollment.resourceLink();

    boolean moved = enrollment.recordLaunch(new Enrollment.Placement(30L, null, null, LinkGrading.UNGRADED), T1);

    assertThat(moved).isFalse();
    assertThat(enrollment.context()).isSameAs(context);
    assertThat(enrollment.resourceLink()).isSameAs(link);
    assertThat(enrollment.lastLaunchAt()).isEqualTo(T1);
  }

  @Test
  void testStart() {
    var enrollment = newEnrollment();

    enrollment.start(T1);
    enrollment.start(T2);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.STARTED);
    assertThat(enrollment.startedAt()).isEqualTo(T1);
    assertThat(enrollment.completedAt()).isNull();
    assertThat(enrollment.isFinished()).isFalse();
  }

  @Test
  void testComplete() {
    var enrollment = newEnrollment();
    enrollment.start(T1);

    enrollment.complete(T2);
    enrollment.complete(T3);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.COMPLETED);
    assertThat(enrollment.startedAt()).isEqualTo(T1);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isNull();
    assertThat(enrollment.isFinished()).isTrue();
  }

  @Test
  void testCompleteWithoutStartStartsToo() {
    var enrollment = newEnrollment();

    enrollment.complete(T2);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.COMPLETED);
    assertThat(enrollment.startedAt()).isEqualTo(T2);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
  }

  @Test
  void testApprove() {
    var enrollment = newEnrollment();
    enrollment.start(T1);
    enrollment.complete(T2);

    enrollment.approve(T3);
    enrollment.approve(T4);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.APPROVED);
    assertThat(enrollment.startedAt()).isEqualTo(T1);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isEqualTo(T3);
    assertThat(enrollment.isFinished()).isTrue();
  }

  @Test
  void testApproveFromEnrolledPassesThroughEveryState() {
    var enrollment = newEnrollment();

    enrollment.approve(T3);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.APPROVED);
    assertThat(enrollment.startedAt()).isEqualTo(T3);
    assertThat(enrollment.completedAt()).isEqualTo(T3);
    assertThat(enrollment.approvedAt()).isEqualTo(T3);
  }

  @Test
  void testStatesOnlyMoveForward() {
    var enrollment = newEnrollment();
    enrollment.approve(T2);

    enrollment.start(T3);
    enrollment.complete(T3);
    enrollment.recordProgress(1, 0, 10, new BigDecimal("10.00"), false, false, T4);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.APPROVED);
    assertThat(enrollment.startedAt()).isEqualTo(T2);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isEqualTo(T2);
  }

  @Test
  void testCompletedStaysCompletedWhenFiguresDrop() {
    var enrollment = newEnrollment();
    enrollment.recordProgress(3, 2, 45, new BigDecimal("55.00"), true, false, T2);

    enrollment.recordProgress(2, 1, 30, new BigDecimal("40.00"), false, false, T3);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.COMPLETED);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.isFinished()).isTrue();
  }

  @Test
  void testRecordProgressWithoutActivityStaysEnrolled() {
    var enrollment = newEnrollment();

    enrollment.recordProgress(0, 0, 0, null, false, false, T1);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.ENROLLED);
    assertThat(enrollment.startedAt()).isNull();
  }

  @Test
  void testRecordProgressFirstLessonStarts() {
    var enrollment = newEnrollment();

    enrollment.recordProgress(1, 0, 15, null, false, false, T1);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.STARTED);
    assertThat(enrollment.startedAt()).isEqualTo(T1);
    assertThat(enrollment.lessonsDone()).isEqualTo(1);
    assertThat(enrollment.quizzesDone()).isZero();
    assertThat(enrollment.minutesDone()).isEqualTo(15);
    assertThat(enrollment.courseScore()).isNull();
  }

  @Test
  void testRecordProgressFirstQuizStarts() {
    var enrollment = newEnrollment();

    enrollment.recordProgress(0, 1, 0, new BigDecimal("33.33"), false, false, T1);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.STARTED);
    assertThat(enrollment.courseScore()).isEqualByComparingTo("33.33");
    assertThat(enrollment.quizzesDone()).isEqualTo(1);
  }

  @Test
  void testRecordProgressCompletes() {
    var enrollment = newEnrollment();
    enrollment.recordProgress(1, 0, 15, null, false, false, T1);

    enrollment.recordProgress(4, 2, 60, new BigDecimal("60.00"), true, false, T2);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.COMPLETED);
    assertThat(enrollment.startedAt()).isEqualTo(T1);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isNull();
    assertThat(enrollment.courseScore()).isEqualByComparingTo("60.00");
  }

  @Test
  void testRecordProgressApprovesWhenComplete() {
    var enrollment = newEnrollment();
    enrollment.recordProgress(4, 2, 60, new BigDecimal("60.00"), true, false, T2);

    enrollment.recordProgress(4, 2, 60, new BigDecimal("85.50"), true, true, T3);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.APPROVED);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isEqualTo(T3);
    assertThat(enrollment.courseScore()).isEqualByComparingTo("85.50");
  }

  @Test
  void testRecordProgressCompletesAndApprovesAtOnce() {
    var enrollment = newEnrollment();

    enrollment.recordProgress(4, 2, 60, new BigDecimal("100.00"), true, true, T2);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.APPROVED);
    assertThat(enrollment.startedAt()).isEqualTo(T2);
    assertThat(enrollment.completedAt()).isEqualTo(T2);
    assertThat(enrollment.approvedAt()).isEqualTo(T2);
  }

  @Test
  void testRecordProgressApprovedWithoutCompleteIgnored() {
    var enrollment = newEnrollment();

    enrollment.recordProgress(2, 2, 30, new BigDecimal("100.00"), false, true, T2);

    assertThat(enrollment.state()).isEqualTo(EnrollmentState.STARTED);
    assertThat(enrollment.approvedAt()).isNull();
  }

  /** A repeat may start only once the attempt is finished. */
  @Test
  void testIsFinished() {
    var enrolled = newEnrollment();
    var started = newEnrollment();
    started.start(T1);
    var completed = newEnrollment();
    completed.complete(T2);
    var approved = newEnrollment();
    approved.approve(T3);

    assertThat(enrolled.isFinished()).isFalse();
    assertThat(started.isFinished()).isFalse();
    assertThat(completed.isFinished()).isTrue();
    assertThat(approved.isFinished()).isTrue();
  }

  @Test
  void testStatesInOrder() {
    assertThat(EnrollmentState.values())
        .containsExactly(
            EnrollmentState.ENROLLED, EnrollmentState.STARTED, EnrollmentState.COMPLETED, EnrollmentState.APPROVED);
  }
}
