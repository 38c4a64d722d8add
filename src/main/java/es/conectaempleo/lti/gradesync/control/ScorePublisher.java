package es.conectaempleo.lti.gradesync.control;

import es.conectaempleo.lti.keys.boundary.ToolKeys;
import es.conectaempleo.lti.lti.PlatformConfig;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.ags.ActivityProgress;
import es.conectaempleo.lti.lti.ags.AgsClient;
import es.conectaempleo.lti.lti.ags.GradingProgress;
import es.conectaempleo.lti.lti.ags.Score;
import es.conectaempleo.lti.lti.claims.AgsScopes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import es.conectaempleo.lti.lti.token.ServiceTokens;
import es.conectaempleo.lti.registration.boundary.PlatformLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an outbox entry into an AGS score POST ({@code application/vnd.ims.lis.v1.score+json}) and
 * its answer into an {@link Outcome}. The token asks for the claim's AGS scopes the tool uses, so one
 * cached token per platform serves line items and scores; a 401 gets one fresh token and one more
 * try. A 404 for a line item the tool found or created (a teacher deleted the column) makes it look
 * for one again, once. A try that ends before the score's POST (no token, no line item yet) asks
 * for a fresh timestamp: only a score that went out keeps its timestamp, so that a 409 for it means
 * it arrived. Runs outside any transaction.
 */
@ApplicationScoped
public class ScorePublisher {
  private static final Set<String> USED_SCOPES =
      Set.of(AgsScopes.SCORE, AgsScopes.LINEITEM, AgsScopes.LINEITEM_READONLY);

  @Inject ServiceTokens tokens;

  @Inject AgsClient ags;

  @Inject ToolKeys keys;

  @Inject PlatformLookup platforms;

  @Inject LineItemResolution lineItems;

  /** The platform a job's scores go to; empty when it is no longer registered. */
  public Optional<PlatformConfig> platform(long platformId) {
    return platforms.findById(platformId).map(p -> p.config());
  }

  /**
   * @param platform from {@link #platform}; {@code null} when it is no longer registered
   * @param backoff the retry policy; never {@code null}
   */
  public Outcome publish(ScoreJob job, PlatformConfig platform, Backoff backoff) {
    if (platform == null) {
      return Outcome.failed(null, "The LMS is no longer registered with the tool");
    }
    Set<String> scopes = new TreeSet<>(job.scopes());
    scopes.retainAll(USED_SCOPES);
    if (!scopes.contains(AgsScopes.SCORE)) {
      return Outcome.failed(null, "The LMS did not let the tool send scores (scope score)");
    }
    Score score;
    try {
      score = score(job);
    } catch (IllegalArgumentException e) {
      return Outcome.failed(null, "Score not sendable: " + e.getMessage());
    }
    boolean refreshed = false;
    URI known = job.lineItem();
    boolean lookedAgain = false;
    while (true) {
      ServiceToken token;
      try {
        token = tokens.token(platform, keys.signingKey(), scopes);
      } catch (ServiceCallException e) {
        return tokenRefused(e.failure(), job, backoff);
      }
      URI lineItem;
      try {
        lineItem = known != null ? known : lineItems.lineItem(job.gradeLinkId(), token);
      } catch (NoLineItemException e) {
        return Outcome.failed(null, e.getMessage());
      } catch (ServiceCallException e) {
        if (e.failure().isUnauthorized() && !refreshed) {
          tokens.invalidate(token);
          refreshed = true;
          continue;
        }
        return e.isPermanent() ? failed(e.failure()) : retry(e.failure(), job, backoff, true);
      }
      try {
        return Outcome.delivered(ags.postScore(lineItem, score, token).status());
      } catch (ServiceCallException e) {
        if (e.failure().hasStatus(404) && !lookedAgain && lineItems.forgetGone(job.gradeLinkId(), lineItem)) {
          // The column the tool found or created is gone (a teacher deleted it): look again once.
          known = null;
          lookedAgain = true;
          continue;
        }
        switch (Verdict.of(e.failure(), job.triedBefore(), refreshed)) {
          case REFRESH_TOKEN -> {
            tokens.invalidate(token);
            refreshed = true;
          }
          case DELIVERED -> {
            return Outcome.delivered(e.failure().status().orElse(409));
          }
          case FAILED -> {
            return failed(e.failure());
          }
          default -> {
            return retry(e.failure(), job, backoff, e.isConflict());
          }
        }
      }
    }
  }

  /**
   * The platform would not give the tool an access token. That is no verdict on this score, and no
   * score of the platform can go out until it changes: Moodle answers 400 to every refusal (also to
   * a key set it could not fetch just then, or an assertion from a clock a second ahead), Canvas
   * refuses while an admin fixes a developer key. So the platform's scores all wait, with backoff,
   * and go out once the token endpoint agrees; none ends failed for an instructor to retry by hand.
   * The score did not go out: it gets a fresh timestamp.
   */
  private static Outcome tokenRefused(ServiceFailure failure, ScoreJob job, Backoff backoff) {
    return Outcome.throttled(
        status(failure),
        "The LMS did not give the tool an access token: " + reason(failure),
        backoff.delay(job.attempts() + 1, failure.retryAfter()),
        true);
  }

  static Score score(ScoreJob job) {
    if (job.scoreGiven() != null) {
      Score graded = Score.graded(job.userId(), job.scoreGiven().doubleValue(), ScoreRules.SCORE_MAXIMUM, job.stamp());
      return job.newSubmission() ? graded : graded.revisingTheSubmission();
    }
    return Score.progress(
        job.userId(),
        Arrays.stream(ActivityProgress.values())
            .filter(p -> p.jsonValue().equals(job.activityProgress()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("activityProgress " + job.activityProgress())),
        Arrays.stream(GradingProgress.values())
            .filter(p -> p.jsonValue().equals(job.gradingProgress()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("gradingProgress " + job.gradingProgress())),
        job.stamp());
  }

  private static Outcome failed(ServiceFailure failure) {
    return Outcome.failed(status(failure), reason(failure));
  }

  private static Outcome retry(ServiceFailure failure, ScoreJob job, Backoff backoff, boolean restamp) {
    var delay = backoff.delay(job.attempts() + 1, failure.retryAfter());
    Integer status = status(failure);
    boolean platformWide =
        failure.isRateLimited() || (status != null && status == 503 && failure.retryAfter().isPresent());
    return platformWide
        ? Outcome.throttled(status, reason(failure), delay, restamp)
        : Outcome.retry(status, reason(failure), delay, restamp);
  }

  private static Integer status(ServiceFailure failure) {
    return failure.status().isPresent() ? failure.status().getAsInt() : null;
  }

  /** What the instructor reads: what happened and the platform's own message. */
  static String reason(ServiceFailure failure) {
    String body = failure.body().strip();
    return body.isEmpty() ? failure.detail() : failure.detail() + ": " + body;
  }
}
