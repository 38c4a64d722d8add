package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.gradesync.boundary.GradeEvent;
import es.conectaempleo.lti.gradesync.entity.GradeLink;
import es.conectaempleo.lti.gradesync.entity.ScoreOutboxEntry;
import es.conectaempleo.lti.gradesync.entity.ScoreStream;
import es.conectaempleo.lti.lti.ags.ActivityProgress;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable outbox and its streams: queueing in the caller's transaction, and the short
 * transactions of the dispatcher around each platform call (claim, prepare, record). Streams are
 * locked before their entries everywhere, so queueing and delivering never deadlock.
 */
@ApplicationScoped
@Transactional
public class ScoreOutbox {
  @PersistenceContext EntityManager em;

  /**
   * Queues what the gradebook should learn from a change, if anything.
   *
   * @return whether a score was queued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(GradeEvent event, Instant now) {
    if (event.resourceLinkKey() == null || event.userId() == null || event.userId().isBlank()) {
      return false;
    }
    GradeLink link = link(event.resourceLinkKey());
    if (link == null || !link.scopes().contains(AgsScopes.SCORE)) {
      return false;
    }
    ScoreStream stream = lockedStream(link.id(), event.userId(), now);
    var queued = new ScoreRules.Queued(stream.bestScore(), progress(stream.lastProgress()));
    var planned = ScoreRules.plan(queued, event.state(), event.courseScore());
    if (planned.isEmpty()) {
      return false;
    }
    var score = planned.get();
    em.persist(
        new ScoreOutboxEntry(
            stream.id(),
            event.enrollmentId(),
            score.scoreGiven(),
            score.activityProgress().jsonValue(),
            score.gradingProgress().jsonValue(),
            event.occurredAt() == null ? now : event.occurredAt(),
            now));
    stream.queued(score.activityProgress().name(), score.scoreGiven());
    return true;
  }

  /** Upserts where a placement's gradebook lives. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEndpoint(
      long resourceLinkKey, long platformId, Long courseId, java.net.URI lineItems, java.net.URI lineItem, List<String> scopes, Instant now) {
    GradeLink link = link(resourceLinkKey);
    if (link == null) {
      link = new GradeLink(resourceLinkKey, platformId, now);
      link.point(platformId, courseId, lineItems, lineItem, scopes, now);
      em.persist(link);
    } else {
      link.point(platformId, courseId, lineItems, lineItem, scopes, now);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public GradeLink link(long resourceLinkKey) {
    return em.createNamedQuery(GradeLink.FIND_BY_RESOURCE_LINK, GradeLink.class)
        .setParameter("resourceLinkKey", resourceLinkKey)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public GradeLink gradeLink(long gradeLinkId) {
    return em.find(GradeLink.class, gradeLinkId);
  }

  /** Streams with a score due and no live lease, at most {@code limit}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> dueStreams(Instant now, int limit) {
    LocalDateTime at = utc(now);
    List<?> rows =
        em.createNativeQuery(ScoreStream.DUE)
            .setParameter(1, at)
            .setParameter(2, at)
            .setMaxResults(limit)
            .getResultList();
    List<Long> ids = new ArrayList<>(rows.size());
    for (Object row : rows) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }

  /** Takes a stream's lease until {@code until}; whether this node now holds it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long streamId, String owner, Instant until, Instant now) {
    return em.createNativeQuery(ScoreStream.CLAIM)
            .setParameter(1, owner)
            .setParameter(2, utc(until))
            .setParameter(3, streamId)
            .setParameter(4, utc(now))
            .executeUpdate()
        == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(long streamId, String owner) {
    releaseInTransaction(streamId, owner);
  }

  /**
   * Under the stream's lease: supersedes what the newest pending score replaces, and stamps that
   * score if it has no timestamp yet. Empty (and the lease given back) when nothing is due.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ScoreJob> prepare(long streamId, String owner, Instant now) {
    ScoreStream stream = em.find(ScoreStream.class, streamId, LockModeType.PESSIMISTIC_WRITE);
    if (stream == null || !owner.equals(stream.leaseOwner())) {
      return Optional.empty();
    }
    List<ScoreOutboxEntry> open =
        em.createNamedQuery(ScoreOutboxEntry.OPEN_IN_STREAM, ScoreOutboxEntry.class)
            .setParameter("streamId", streamId)
            .getResultList();
    Map<Long, ScoreOutboxEntry> byId = new LinkedHashMap<>();
    open.forEach(e -> byId.put(e.id(), e));
    var decision =
        Coalescing.decide(
            open.stream()
                .map(e -> new Coalescing.Open(e.id(), e.isPending(), e.nextAttemptAt()))
                .toList(),
            now);
    decision.supersede().forEach(id -> byId.get(id).supersede());
    if (decision.send().isEmpty()) {
      releaseInTransaction(streamId, owner);
      return Optional.empty();
    }
    ScoreOutboxEntry entry = byId.get(decision.send().get());
    boolean triedBefore = entry.stamp() != null;
    if (!triedBefore) {
      Instant stamp = ScoreStamps.next(now, stream.lastStamp());
      entry.stamp(stamp);
      stream.stamped(stamp);
    }
    GradeLink link = em.find(GradeLink.class, stream.gradeLinkId());
    return Optional.of(
        new ScoreJob(
            entry.id(),
            streamId,
            link.id(),
            link.platformId(),
            stream.userId(),
            entry.scoreGiven(),
            entry.activityProgress(),
            entry.gradingProgress(),
            entry.stamp(),
            triedBefore,
            entry.attempts()));
  }

  /** Writes how a try ended and gives the stream's lease back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(ScoreJob job, String owner, Outcome outcome, Instant now) {
    em.find(ScoreStream.class, job.streamId(), LockModeType.PESSIMISTIC_WRITE);
    ScoreOutboxEntry entry = em.find(ScoreOutboxEntry.class, job.entryId());
    if (entry != null && entry.isPending()) {
      switch (outcome.verdict()) {
        case DELIVERED -> entry.markDelivered(outcome.httpStatus() == null ? 0 : outcome.httpStatus(), now);
        case FAILED -> entry.markFailed(outcome.httpStatus(), outcome.reason(), now);
        default -> {
          entry.markRetry(outcome.httpStatus(), outcome.reason(), now.plus(outcome.retryIn()), now);
          if (outcome.restamp()) {
            entry.stamp(null);
          }
        }
      }
    }
    releaseInTransaction(job.streamId(), owner);
  }

  /** The newest delivery state of each enrollment that has one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ScoreOutboxEntry> newestOf(Collection<Long> enrollmentIds) {
    Map<Long, ScoreOutboxEntry> newest = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(enrollmentIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      em.createNamedQuery(ScoreOutboxEntry.OF_ENROLLMENTS, ScoreOutboxEntry.class)
          .setParameter("enrollmentIds", chunk)
          .getResultList()
          .forEach(e -> newest.putIfAbsent(e.enrollmentId(), e));
    }
    return newest;
  }

  /** The stream of an outbox entry; empty when there is no such entry. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Long> streamOf(long entryId) {
    return Optional.ofNullable(em.find(ScoreOutboxEntry.class, entryId)).map(ScoreOutboxEntry::streamId);
  }

  /**
   * Queues a failed entry again, if it belongs to one of the enrollments and no newer score of its
   * stream replaced it. The stream is locked before anything is read (see {@link #prepare}).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean requeue(long streamId, long entryId, Collection<Long> enrollmentIds, Instant now) {
    em.find(ScoreStream.class, streamId, LockModeType.PESSIMISTIC_WRITE);
    ScoreOutboxEntry entry = em.find(ScoreOutboxEntry.class, entryId);
    if (entry == null || entry.streamId() != streamId || !enrollmentIds.contains(entry.enrollmentId())) {
      return false;
    }
    long newer =
        em.createNamedQuery(ScoreOutboxEntry.NEWER_IN_STREAM, Long.class)
            .setParameter("streamId", streamId)
            .setParameter("id", entryId)
            .getSingleResult();
    return newer == 0 && entry.requeue(now);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long pendingCount() {
    return em.createNamedQuery(ScoreOutboxEntry.COUNT_PENDING, Long.class).getSingleResult();
  }

  private void releaseInTransaction(long streamId, String owner) {
    em.createNativeQuery(ScoreStream.RELEASE).setParameter(1, streamId).setParameter(2, owner).executeUpdate();
  }

  private ScoreStream lockedStream(long gradeLinkId, String userId, Instant now) {
    List<ScoreStream> found =
        em.createNamedQuery(ScoreStream.FIND, ScoreStream.class)
            .setParameter("gradeLinkId", gradeLinkId)
            .setParameter("userId", userId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    // A race with another first score of this stream fails on the unique key; the caller's
    // transaction runs again (WriteRaces) and finds this row.
    var stream = new ScoreStream(gradeLinkId, userId, now);
    em.persist(stream);
    em.flush();
    return stream;
  }

  private static ActivityProgress progress(String name) {
    return name == null
        ? null
        : Arrays.stream(ActivityProgress.values()).filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
