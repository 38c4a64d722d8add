package es.conectaempleo.lti.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One attempt of a learner at a catalog course. Lifecycle: {@link EnrollmentState#ENROLLED} at the
 * first launch, then started, completed and approved as the learner progresses; states only move
 * forward and each keeps the time it was reached. A learner who repeats a course gets a new
 * enrollment with the next {@code attempt}; (learner, course, attempt) is unique, which is what makes
 * simultaneous first launches converge on one row.
 *
 * <p>Platform, deployment and course are other components' entities and are held by key.
 */
@Entity
@Table(name = "enrollment")
@NamedQuery(
    name = Enrollment.FIND_LATEST,
    query =
        "SELECT e FROM Enrollment e WHERE e.learner.id = :learnerId AND e.courseId = :courseId"
            + " ORDER BY e.attempt DESC")
@NamedQuery(
    name = Enrollment.FIND_LATEST_WITH_LEARNER,
    query =
        "SELECT e FROM Enrollment e JOIN FETCH e.learner WHERE e.learner.id = :learnerId"
            + " AND e.courseId = :courseId ORDER BY e.attempt DESC")
@NamedQuery(
    name = Enrollment.FIND_BY_LEARNER,
    query =
        "SELECT e FROM Enrollment e WHERE e.learner.id = :learnerId"
            + " ORDER BY e.courseId, e.attempt DESC")
@NamedQuery(
    name = Enrollment.FIND_IN_CONTEXT,
    query =
        "SELECT e FROM Enrollment e JOIN FETCH e.learner WHERE e.context.id = :contextKey"
            + " ORDER BY e.courseId, e.id")
public class Enrollment {
  public static final String FIND_IN_CONTEXT = "Enrollment.findInContext";
  public static final String FIND_LATEST = "Enrollment.findLatest";
  public static final String FIND_LATEST_WITH_LEARNER = "Enrollment.findLatestWithLearner";
  public static final String FIND_BY_LEARNER = "Enrollment.findByLearner";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", updatable = false)
  private Learner learner;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private int attempt;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private long platformId;

  @Column(name = "deployment_id", nullable = false)
  private long deploymentKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "context_id")
  private LmsContext context;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resource_link_id")
  private ResourceLink resourceLink;

  /**
   * The keys of {@link #context} and {@link #resourceLink} as loaded, read-only: a launch compares
   * placements by key without loading the entities (reading a lazy relation costs a SELECT).
   */
  @Column(name = "context_id", insertable = false, updatable = false)
  private Long contextKey;

  @Column(name = "resource_link_id", insertable = false, updatable = false)
  private Long resourceLinkKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_grading", nullable = false, length = 16)
  private LinkGrading linkGrading = LinkGrading.UNGRADED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrollmentState state;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "last_launch_at", nullable = false)
  private Instant lastLaunchAt;

  @Column(name = "course_score", precision = 5, scale = 2)
  private BigDecimal courseScore;

  @Column(name = "minutes_done", nullable = false)
  private int minutesDone;

  @Column(name = "lessons_done", nullable = false)
  private int lessonsDone;

  @Column(name = "quizzes_done", nullable = false)
  private int quizzesDone;

  protected Enrollment() {}

  /** A new attempt, enrolled now from the given placement. */
  public Enrollment(
      Learner learner, long courseId, int attempt, Placement placement, Instant now) {
    this.learner = learner;
    this.courseId = courseId;
    this.attempt = attempt;
    this.platformId = learner.platformId();
    this.state = EnrollmentState.ENROLLED;
    this.enrolledAt = now;
    recordLaunch(placement, now);
  }

  /**
   * Where in the LMS the learner came from this time. The enrollment follows the learner to the
   * latest placement, but within one LMS course it stays on the link that grades it best: a learner
   * who starts from a graded Moodle activity or a Canvas assignment and comes back through an
   * ungraded activity or the course menu still has the grade go to the activity's column, and two
   * links of one course never split a learner's scores between two columns.
   *
   * @return whether the attempt moved to another resource link, whose gradebook (if any) should now
   *     learn how far the learner got
   */
  public boolean recordLaunch(Placement placement, Instant now) {
    this.lastLaunchAt = now;
    ResourceLink link = placement.resourceLink();
    if (link != null && link.id() != null && link.id().equals(resourceLinkKey)) {
      if (placement.grading().compareTo(linkGrading) > 0) {
        this.linkGrading = placement.grading(); // the same link, with grades turned on since
      }
      return false;
    }
    boolean sameCourse =
        placement.context() != null && contextKey != null && contextKey.equals(placement.context().id());
    boolean bothUngraded = linkGrading == LinkGrading.UNGRADED && placement.grading() == LinkGrading.UNGRADED;
    if (link != null
        && resourceLinkKey != null
        && sameCourse
        && !bothUngraded
        && placement.grading().compareTo(linkGrading) <= 0) {
      return false; // a link of the same LMS course that grades no better
    }
    this.deploymentKey = placement.deploymentKey();
    if (placement.context() != null) {
      this.context = placement.context();
      this.contextKey = placement.context().id(); // kept in step: the entity may be cached as is
    }
    if (link == null) {
      return false;
    }
    this.resourceLink = link;
    this.resourceLinkKey = link.id();
    this.linkGrading = placement.grading();
    return true;
  }

  /**
   * Takes the figures recomputed after an activity and moves the state forward: any activity
   * starts the attempt, finishing everything completes it, a passing score approves it.
   */
  public void recordProgress(
      int lessons, int quizzes, int minutes, BigDecimal score, boolean complete, boolean approved, Instant now) {
    this.lessonsDone = lessons;
    this.quizzesDone = quizzes;
    this.minutesDone = minutes;
    this.courseScore = score;
    if (lessons > 0 || quizzes > 0) {
      start(now);
    }
    if (complete) {
      complete(now);
    }
    if (complete && approved) {
      approve(now);
    }
  }

  /** The first learning activity; later calls change nothing. */
  public void start(Instant now) {
    if (state == EnrollmentState.ENROLLED) {
      state = EnrollmentState.STARTED;
      startedAt = now;
    }
  }

  /** All lessons done and all quizzes submitted. */
  public void complete(Instant now) {
    start(now);
    if (state == EnrollmentState.STARTED) {
      state = EnrollmentState.COMPLETED;
      completedAt = now;
    }
  }

  /** Completed with a passing course score. */
  public void approve(Instant now) {
    complete(now);
    if (state == EnrollmentState.COMPLETED) {
      state = EnrollmentState.APPROVED;
      approvedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public Learner learner() {
    return learner;
  }

  public long courseId() {
    return courseId;
  }

  public int attempt() {
    return attempt;
  }

  public long platformId() {
    return platformId;
  }

  public long deploymentKey() {
    return deploymentKey;
  }

  public LmsContext context() {
    return context;
  }

  public ResourceLink resourceLink() {
    return resourceLink;
  }

  /** How the LMS grades {@link #resourceLink()}, as its launches said. */
  public LinkGrading linkGrading() {
    return linkGrading;
  }

  public EnrollmentState state() {
    return state;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public Instant lastLaunchAt() {
    return lastLaunchAt;
  }

  /** Mean of the best attempt of every quiz, 0-100; {@code null} before the first quiz. */
  public BigDecimal courseScore() {
    return courseScore;
  }

  /** Nominal minutes of the lessons done: this attempt's training time. */
  public int minutesDone() {
    return minutesDone;
  }

  public int lessonsDone() {
    return lessonsDone;
  }

  public int quizzesDone() {
    return quizzesDone;
  }

  /** Completed (or approved): a repeat may start. */
  public boolean isFinished() {
    return state == EnrollmentState.COMPLETED || state == EnrollmentState.APPROVED;
  }

  /**
   * The LMS placement a launch came through.
   *
   * @param grading how the LMS grades the link; {@link LinkGrading#UNGRADED} when there is none
   */
  public record Placement(long deploymentKey, LmsContext context, ResourceLink resourceLink, LinkGrading grading) {
    public Placement {
      grading = resourceLink == null || grading == null ? LinkGrading.UNGRADED : grading;
    }
  }
}
