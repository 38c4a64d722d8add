package es.conectaempleo.lti.gradesync.control;

import static es.conectaempleo.lti.InstantConverter.utc;

import es.conectaempleo.lti.gradesync.boundary.GradeEvent;
import es.conectaempleo.lti.gradesync.entity.GradeLink;
import es.conectaempleo.lti.gradesync.entity.ScoreOutboxEntry;
import es.conectaempleo.lti.gradesync.entity.ScoreStream;
import es.conectaempleo.lti.lti.ags.ActivityProgress;
import es.conectaempleo.lti.lti.ags.GradingProgress;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The durable outbox and its streams: queueing in the caller's transaction, and the short
 * transactions of the dispatcher around platform calls (claim a batch, record a batch). Streams are
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

  /**
   * Upserts where a placement's gradebook lives. When the launch moves its grades to another line
   * item (Moodle: a grade item replaced), every learner's grade is sent to it again.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEndpoint(
      long resourceLinkKey, long platformId, Long courseId, java.net.URI lineItems, java.net.URI lineItem, List<String> scopes, Instant now) {
    GradeLink link = link(resourceLinkKey);
    if (link == null) {
      link = new GradeLink(resourceLinkKey, platformId, now);
      link.point(platformId, courseId, lineItems, lineItem, scopes, now);
      em.persist(link);
    } else {
      java.net.URI before = link.lineItemUrl();
      link.point(platformId, courseId, lineItems, lineItem, scopes, now);
      if (before != null && !before.equals(link.lineItemUrl())) {
        resendGrades(link.id(), now);
      }
    }
  }

  /**
   * Queues each learner's best grade of the placement again, for a line item that replaces the one
   * they went to (a deleted column created again, a grade item replaced): without it only learners
   * still active would ever reach the new one, and the instructor page would call the others
   * delivered. Streams with a score on its way already are left alone: that score carries their
   * best. Streams are locked one by one in ascending order, as everywhere.
   *
   * @return how many grades were queued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int resendGrades(long gradeLinkId, Instant now) {
    List<Long> graded =
        em.createNamedQuery(ScoreStream.GRADED_OF_LINK, Long.class).setParameter("gradeLinkId", gradeLinkId).getResultList();
    int queued = 0;
    for (long streamId : graded) {
      ScoreStream stream = em.find(ScoreStream.class, streamId, LockModeType.PESSIMISTIC_WRITE);
      ScoreOutboxEntry newest =
          em.createNamedQuery(ScoreOutboxEntry.NEWEST_IN_STREAM, ScoreOutboxEntry.class)
              .setParameter("streamId", streamId)
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (stream == null || stream.bestScore() == null || newest == null || newest.isPending()) {
        continue;
      }
      em.persist(
          new ScoreOutboxEntry(
              streamId,
              newest.enrollmentId(),
              stream.bestScore(),
              ActivityProgress.COMPLETED.jsonValue(),
              GradingProgress.FULLY_GRADED.jsonValue(),
              now,
              now));
      queued++;
    }
    return queued;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public GradeLink link(long resourceLinkKey) {
    return em.createNamedQuery(GradeLink.FIND_BY_RESOURCE_LINK, GradeLink.class)
        .setParameter("resourceLinkKey", resourceLinkKey)
        .getResultStream()
        .findFirst()
        .orElse(null);
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
    return ids(rows);
  }

  /**
   * Takes the leases of the due streams nobody holds, under {@code lease} until {@code until}, and
   * prepares each stream's delivery: the newest pending score is stamped (if it has no timestamp
   * yet) and everything older it replaces is superseded. Streams with nothing to send are given
   * back. One transaction for the whole batch; streams are locked in ascending id order, and a
   * stream another transaction is writing is left for the next claim ({@link ScoreStream#lockFree}).
   *
   * @param due stream ids, from {@link #dueStreams}
   * @param lease a lease owner unique to this claim
   * @return the scores to send, at most one per stream, in stream order
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ScoreJob> claim(Collection<Long> due, String lease, Instant until, Instant now) {
    List<Long> ids = lockFree(due.stream().distinct().sorted().toList(), now);
    if (ids.isEmpty()) {
      return List.of();
    }
    var claim = em.createNativeQuery(ScoreStream.claim(ids.size()))
        .setParameter(1, lease)
        .setParameter(2, utc(until))
        .setParameter(3, utc(now));
    if (withIds(claim, 4, ids).executeUpdate() == 0) {
      return List.of();
    }
    List<ScoreStream> streams =
        em.createNamedQuery(ScoreStream.LEASED, ScoreStream.class)
            .setParameter("ids", ids)
            .setParameter("owner", lease)
            .getResultList();
    if (streams.isEmpty()) {
      return List.of();
    }
    List<Long> mine = streams.stream().map(ScoreStream::id).toList();
    Map<Long, ScoreOutboxEntry> newest = newestOpen(mine);
    Map<Long, GradeLink> links = new HashMap<>();
    em.createNamedQuery(GradeLink.WITH_IDS, GradeLink.class)
        .setParameter("ids", streams.stream().map(ScoreStream::gradeLinkId).distinct().toList())
        .getResultList()
        .forEach(l -> links.put(l.id(), l));
    Set<Long> submitted = gradedSent(newest);
    List<ScoreJob> jobs = new ArrayList<>();
    List<Long> idle = new ArrayList<>();
    for (ScoreStream stream : streams) {
      GradeLink link = links.get(stream.gradeLinkId());
      Optional<ScoreJob> job =
          link == null
              ? Optional.empty()
              : prepare(stream, newest.get(stream.id()), lease, until, link, now, !submitted.contains(stream.id()));
      job.ifPresentOrElse(jobs::add, () -> idle.add(stream.id()));
    }
    releaseInTransaction(idle, lease);
    return jobs;
  }

  /** The streams of these that are free to lease and not locked elsewhere, now locked by this transaction. */
  private List<Long> lockFree(List<Long> streams, Instant now) {
    if (streams.isEmpty()) {
      return List.of();
    }
    return ids(
        withIds(em.createNativeQuery(ScoreStream.lockFree(streams.size())).setParameter(1, utc(now)), 2, streams)
            .getResultList());
  }

  /** The ids of a native query's single numeric column (its Java type depends on the driver). */
  private static List<Long> ids(List<?> rows) {
    List<Long> ids = new ArrayList<>(rows.size());
    for (Object row : rows) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }

  /**
   * The streams, of those about to send a graded score, that already sent one: their next is a
   * correction of the learner's submission, not a new one. A graded score that was tried counts,
   * whatever came back: a timeout or a lost answer may hide one Canvas stored, and a second
   * submission would use up the assignment's attempts (then 422 for this grade and every later one).
   * One query, and only when a graded score is due.
   */
  private Set<Long> gradedSent(Map<Long, ScoreOutboxEntry> newest) {
    List<Long> grading =
        newest.values().stream().filter(e -> e.scoreGiven() != null).map(ScoreOutboxEntry::streamId).toList();
    if (grading.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createNamedQuery(ScoreOutboxEntry.GRADED_SENT_IN_STREAMS, Long.class)
            .setParameter("streamIds", grading)
            .getResultList());
  }

  /**
   * Coalesces the leased streams: only each one's newest open (pending or failed) score may still be
   * sent, every older open one is superseded ({@link Coalescing}), in one statement however many
   * piled up (after an outage, ten scores a learner). No score can join these streams meanwhile:
   * their rows are locked by the lease taken in this transaction, and a new score locks its stream
   * first.
   *
   * @return each stream's newest open score, by stream id
   */
  private Map<Long, ScoreOutboxEntry> newestOpen(List<Long> streams) {
    List<Long> newestIds =
        em.createNamedQuery(ScoreOutboxEntry.NEWEST_OPEN_IN_STREAMS, Long.class)
            .setParameter("streamIds", streams)
            .getResultList();
    Map<Long, ScoreOutboxEntry> newest = new HashMap<>();
    if (newestIds.isEmpty()) {
      return newest;
    }
    em.createNamedQuery(ScoreOutboxEntry.SUPERSEDE_OPEN_IN_STREAMS)
        .setParameter("streamIds", streams)
        .setParameter("keep", newestIds)
        .executeUpdate();
    em.createNamedQuery(ScoreOutboxEntry.WITH_IDS, ScoreOutboxEntry.class)
        .setParameter("ids", newestIds)
        .getResultList()
        .forEach(e -> newest.put(e.streamId(), e));
    return newest;
  }

  /**
   * Writes how the tries ended and gives their streams' leases back, in one transaction. An entry
   * that is no longer pending (an instructor's retry raced a late answer) keeps its state.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(List<Tried> tried) {
    if (tried.isEmpty()) {
      return;
    }
    // The streams first, in ascending order, as everywhere else.
    Map<String, List<Long>> byLease = new TreeMap<>();
    tried.forEach(t -> byLease.computeIfAbsent(t.job().lease(), k -> new ArrayList<>()).add(t.job().streamId()));
    byLease.forEach((lease, streams) -> releaseInTransaction(streams, lease));
    Map<Long, ScoreOutboxEntry> entries = new HashMap<>();
    em.createNamedQuery(ScoreOutboxEntry.WITH_IDS, ScoreOutboxEntry.class)
        .setParameter("ids", tried.stream().map(t -> t.job().entryId()).toList())
        .getResultList()
        .forEach(e -> entries.put(e.id(), e));
    for (Tried t : tried) {
      ScoreOutboxEntry entry = entries.get(t.job().entryId());
      if (entry != null && entry.isPending()) {
        written(entry, t.outcome(), t.at());
      }
    }
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
   * stream replaced it. The stream is locked before anything is read (see {@link #claim}).
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

  private void releaseInTransaction(List<Long> streams, String lease) {
    if (streams.isEmpty()) {
      return;
    }
    List<Long> ids = streams.stream().distinct().sorted().toList();
    withIds(em.createNativeQuery(ScoreStream.release(ids.size())).setParameter(1, lease), 2, ids).executeUpdate();
  }

  /** Binds the ids to the positional parameters of an {@code IN (?, ?, …)} list starting at {@code first}. */
  private static Query withIds(Query query, int first, List<Long> ids) {
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(first + i, ids.get(i));
    }
    return query;
  }

  /**
   * The delivery of a leased stream's newest open score, stamped if it has no timestamp yet; empty
   * when it is not due ({@link Coalescing#sendNow}) or there is none.
   */
  private static Optional<ScoreJob> prepare(
      ScoreStream stream,
      ScoreOutboxEntry entry,
      String lease,
      Instant until,
      GradeLink link,
      Instant now,
      boolean noGradeSentYet) {
    if (entry == null || !Coalescing.sendNow(entry.isPending(), entry.nextAttemptAt(), now)) {
      return Optional.empty();
    }
    boolean triedBefore = entry.stamp() != null;
    if (!triedBefore) {
      Instant stamp = ScoreStamps.next(now, stream.lastStamp());
      entry.stamp(stamp);
      stream.stamped(stamp);
    }
    return Optional.of(new ScoreJob(
        entry.id(),
        stream.id(),
        lease,
        until,
        link.id(),
        link.platformId(),
        link.lineItemUrl(),
        Set.copyOf(link.scopes()),
        stream.userId(),
        entry.scoreGiven(),
        entry.activityProgress(),
        entry.gradingProgress(),
        entry.stamp(),
        triedBefore,
        entry.attempts(),
        noGradeSentYet && entry.scoreGiven() != null));
  }

  private static void written(ScoreOutboxEntry entry, Outcome outcome, Instant now) {
    switch (outcome.verdict()) {
      case DELIVERED -> entry.markDelivered(outcome.httpStatus() == null ? 0 : outcome.httpStatus(), now);
      case FAILED -> entry.markFailed(outcome.httpStatus(), outcome.reason(), now);
      case DEFER -> {
        // Not sent: its next try gets a fresh timestamp, as an unsent score's must (Outcome#restamp).
        entry.defer(now.plus(outcome.retryIn()));
        entry.stamp(null);
      }
      default -> {
        entry.markRetry(outcome.httpStatus(), outcome.reason(), now.plus(outcome.retryIn()), now);
        if (outcome.restamp()) {
          entry.stamp(null);
        }
      }
    }
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
}
