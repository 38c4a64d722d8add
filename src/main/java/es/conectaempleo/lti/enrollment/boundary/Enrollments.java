package es.conectaempleo.lti.enrollment.boundary;

import es.conectaempleo.lti.enrollment.control.KnownPlacements;
import es.conectaempleo.lti.enrollment.entity.Enrollment;
import es.conectaempleo.lti.enrollment.entity.Learner;
import es.conectaempleo.lti.enrollment.entity.LinkGrading;
import es.conectaempleo.lti.enrollment.entity.LmsContext;
import es.conectaempleo.lti.enrollment.entity.ResourceLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The registry's entry point. Every write is an upsert by natural key, so replaying a launch changes
 * nothing new. Two launches racing on the same new row make one transaction fail on a unique key;
 * the caller runs it again and then finds the row (see {@code Launches}). Reads join the caller's
 * transaction but start none: a page's single-SELECT reads then cost no begin, enlistment and COMMIT.
 */
@ApplicationScoped
@Transactional
public class Enrollments {
  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject KnownPlacements known;

  /**
   * Upserts learner, context, resource link and (for learners with a course) enrollment. A context
   * or resource link this node saw lately, launched with the description it had, is not read again
   * ({@link KnownPlacements}).
   */
  public LaunchRecord recordLaunch(LaunchFacts facts) {
    Instant now = clock.instant();
    Learner learner = learner(facts, now);
    Placed<LmsContext> context = facts.contextId() == null ? null : context(facts, now);
    Placed<ResourceLink> link = facts.resourceLinkId() == null ? null : link(facts, context, now);
    Long courseId = facts.courseId() != null ? facts.courseId() : link == null ? null : link.courseId();
    Enrolled enrolled = null;
    if (facts.enroll() && courseId != null) {
      var placement =
          new Enrollment.Placement(
              facts.deploymentKey(),
              context == null ? null : context.entity(),
              link == null ? null : link.entity(),
              facts.grading());
      enrolled = enroll(learner, courseId, placement, now);
    }
    em.flush();
    if (context != null && context.read()) {
      LmsContext c = context.entity();
      known.rememberContext(facts.platformId(), facts.contextId(), c.id(), c.label(), c.title());
    }
    if (link != null && link.read()) {
      ResourceLink l = link.entity();
      known.rememberLink(facts.platformId(), facts.resourceLinkId(), l.id(), l.title(), l.courseId());
    }
    return new LaunchRecord(
        learner, context == null ? null : context.entity().id(), link == null ? null : link.entity().id(), courseId,
        enrolled);
  }

  /**
   * A context or resource link of a launch: the entity, read (or created) in this transaction or a
   * reference to a remembered one, whose fields other than its key must then not be read.
   *
   * @param courseId for a resource link, the catalog course it opens; {@code null} for a context
   */
  private record Placed<E>(E entity, boolean read, Long courseId) {}

  /**
   * Enrolls a learner in a course they picked from the catalog, from the placement of their launch.
   * Returns the current attempt if there is one.
   *
   * @param grading how the LMS grades the link, as its launch said
   */
  public Enrolled enroll(
      long learnerId, long courseId, long deploymentKey, Long contextKey, Long resourceLinkKey, LinkGrading grading) {
    Learner learner = em.getReference(Learner.class, learnerId);
    var placement =
        new Enrollment.Placement(
            deploymentKey,
            contextKey == null ? null : em.getReference(LmsContext.class, contextKey),
            resourceLinkKey == null ? null : em.getReference(ResourceLink.class, resourceLinkKey),
            grading);
    Enrolled enrolled = enroll(learner, courseId, placement, clock.instant());
    em.flush();
    return enrolled;
  }

  /**
   * Records the figures of an attempt after an activity; the entity moves its state forward.
   *
   * @return the enrollment, in its new state
   */
  public Enrollment recordProgress(long enrollmentId, Progress progress) {
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    enrollment.recordProgress(
        progress.lessonsDone(),
        progress.quizzesDone(),
        progress.minutesDone(),
        progress.courseScore(),
        progress.complete(),
        progress.approved(),
        clock.instant());
    return enrollment;
  }

  /**
   * Locks an attempt's row until the caller's transaction ends. Activity of one learner is then
   * recorded one request after the other, each counting the progress the previous one committed:
   * without it two requests at once (two tabs, a script and its fallback form) each counted only
   * their own row, the later update overwrote the earlier, and on InnoDB they deadlocked.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockForProgress(long enrollmentId) {
    em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Starts a new attempt at a course the learner finished: a fresh enrollment with the next attempt
   * number, from the same placement. The finished attempt keeps its state and score.
   *
   * @throws IllegalStateException when the current attempt is not finished
   */
  public Enrollment repeat(long enrollmentId) {
    Enrollment finished = em.find(Enrollment.class, enrollmentId);
    if (!finished.isFinished()) {
      throw new IllegalStateException("Only a finished attempt can be repeated");
    }
    var placement =
        new Enrollment.Placement(
            finished.deploymentKey(), finished.context(), finished.resourceLink(), finished.linkGrading());
    var next =
        new Enrollment(finished.learner(), finished.courseId(), finished.attempt() + 1, placement, clock.instant());
    em.persist(next);
    em.flush();
    return next;
  }

  /**
   * The current attempt of a learner at a course. No setMaxResults: with a row limit EclipseLink
   * prepares the query's SQL again on every call, a third of this read's CPU on every launch, while a
   * learner has one attempt per course, rarely a few.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Enrollment> current(long learnerId, long courseId) {
    return em.createNamedQuery(Enrollment.FIND_LATEST, Enrollment.class)
        .setParameter("learnerId", learnerId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst();
  }

  /**
   * {@link #current} with its learner read in the same statement, for a page that shows the
   * learner's name too.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Enrollment> currentWithLearner(long learnerId, long courseId) {
    return em.createNamedQuery(Enrollment.FIND_LATEST_WITH_LEARNER, Enrollment.class)
        .setParameter("learnerId", learnerId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst();
  }

  /** Every attempt launched from an LMS course, learners included (for its instructors). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Enrollment> inContext(long contextKey) {
    return em.createNamedQuery(Enrollment.FIND_IN_CONTEXT, Enrollment.class)
        .setParameter("contextKey", contextKey)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LmsContext> context(long contextKey) {
    return Optional.ofNullable(em.find(LmsContext.class, contextKey));
  }

  /** Every attempt of a learner, by course. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Enrollment> ofLearner(long learnerId) {
    return em.createNamedQuery(Enrollment.FIND_BY_LEARNER, Enrollment.class)
        .setParameter("learnerId", learnerId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Learner> learner(long learnerId) {
    return Optional.ofNullable(em.find(Learner.class, learnerId));
  }

  private Enrolled enroll(Learner learner, long courseId, Enrollment.Placement placement, Instant now) {
    Optional<Enrollment> current = learner.id() == null ? Optional.empty() : current(learner.id(), courseId);
    if (current.isPresent()) {
      boolean moved = current.get().recordLaunch(placement, now);
      return new Enrolled(current.get(), moved);
    }
    var enrollment = new Enrollment(learner, courseId, 1, placement, now);
    em.persist(enrollment);
    return new Enrolled(enrollment, false);
  }

  private Learner learner(LaunchFacts facts, Instant now) {
    Learner learner =
        em.createNamedQuery(Learner.FIND_BY_SUBJECT, Learner.class)
            .setParameter("platformId", facts.platformId())
            .setParameter("subject", facts.subject())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  var created = new Learner(facts.platformId(), facts.subject(), now);
                  em.persist(created);
                  return created;
                });
    learner.updateProfile(
        facts.name(), facts.givenName(), facts.familyName(), facts.email(), facts.locale(), now);
    return learner;
  }

  private Placed<LmsContext> context(LaunchFacts facts, Instant now) {
    var seen = known.context(facts.platformId(), facts.contextId());
    if (seen.isPresent() && seen.get().describedBy(facts.contextLabel(), facts.contextTitle())) {
      return new Placed<>(em.getReference(LmsContext.class, seen.get().key()), false, null);
    }
    LmsContext context =
        em.createNamedQuery(LmsContext.FIND_BY_CONTEXT_ID, LmsContext.class)
            .setParameter("platformId", facts.platformId())
            .setParameter("contextId", facts.contextId())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  var created = new LmsContext(facts.platformId(), facts.contextId(), now);
                  em.persist(created);
                  return created;
                });
    context.describe(facts.contextLabel(), facts.contextTitle(), now);
    return new Placed<>(context, true, null);
  }

  private Placed<ResourceLink> link(LaunchFacts facts, Placed<LmsContext> context, Instant now) {
    var seen = known.link(facts.platformId(), facts.resourceLinkId());
    if (seen.isPresent() && seen.get().describedBy(facts.resourceLinkTitle(), facts.courseId())) {
      return new Placed<>(em.getReference(ResourceLink.class, seen.get().key()), false, seen.get().courseId());
    }
    ResourceLink link =
        em.createNamedQuery(ResourceLink.FIND_BY_LINK_ID, ResourceLink.class)
            .setParameter("platformId", facts.platformId())
            .setParameter("resourceLinkId", facts.resourceLinkId())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  var created =
                      new ResourceLink(
                          facts.platformId(),
                          facts.deploymentKey(),
                          context == null ? null : context.entity(),
                          facts.resourceLinkId(),
                          now);
                  em.persist(created);
                  return created;
                });
    link.describe(facts.resourceLinkTitle(), facts.courseId(), now);
    return new Placed<>(link, true, link.courseId());
  }
}
