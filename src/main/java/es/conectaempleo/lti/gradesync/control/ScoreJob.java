package es.conectaempleo.lti.gradesync.control;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * One outbox entry on its way to the platform, with everything the call needs, read in the
 * claiming transaction so the platform call runs outside any transaction and reads nothing from
 * the database on the way. Immutable.
 *
 * @param lease the lease owner the stream was claimed under; its release names it
 * @param leaseUntil when that lease ends: after it another node may deliver the stream
 * @param lineItem the line item scores go to; {@code null} while not resolved yet
 * @param scopes the AGS scopes the platform granted at the placement's last launch
 * @param scoreGiven 0-100; {@code null} for progress only
 * @param stamp the score's timestamp; never {@code null}
 * @param triedBefore an earlier try with this timestamp may have reached the platform
 * @param attempts tries before this one
 * @param newSubmission a graded score and no graded score of the stream reached the platform yet:
 *     this one is the learner's submission of the course (Canvas counts submissions as attempts)
 */
public record ScoreJob(
    long entryId,
    long streamId,
    String lease,
    Instant leaseUntil,
    long gradeLinkId,
    long platformId,
    URI lineItem,
    Set<String> scopes,
    String userId,
    BigDecimal scoreGiven,
    String activityProgress,
    String gradingProgress,
    Instant stamp,
    boolean triedBefore,
    int attempts,
    boolean newSubmission) {
  public ScoreJob {
    scopes = Set.copyOf(scopes);
  }
}
