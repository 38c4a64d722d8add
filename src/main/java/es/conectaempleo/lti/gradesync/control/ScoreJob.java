package es.conectaempleo.lti.gradesync.control;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One outbox entry on its way to the platform, read in the claiming transaction so the platform
 * call runs outside any transaction. Immutable.
 *
 * @param scoreGiven 0-100; {@code null} for progress only
 * @param stamp the score's timestamp; never {@code null}
 * @param triedBefore an earlier try with this timestamp may have reached the platform
 * @param attempts tries before this one
 */
public record ScoreJob(
    long entryId,
    long streamId,
    long gradeLinkId,
    long platformId,
    String userId,
    BigDecimal scoreGiven,
    String activityProgress,
    String gradingProgress,
    Instant stamp,
    boolean triedBefore,
    int attempts) {}
