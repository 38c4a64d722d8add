package es.conectaempleo.lti.lti.ags;

import es.conectaempleo.lti.lti.JsonMembers;
import java.util.Map;

/**
 * A learner's current result on a line item, as the platform holds it. Immutable.
 *
 * <p>Moodle leaves out {@code resultScore} when the grade is empty, and also when it is 0.
 *
 * @param id the result URL; may be {@code null}
 * @param scoreOf the line item URL; may be {@code null}
 * @param userId the learner's {@code sub}; never {@code null}
 * @param resultScore may be {@code null}
 * @param resultMaximum may be {@code null}
 * @param comment may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#result-service">AGS 2.0 §3.3</a>
 */
public record Result(
    String id,
    String scoreOf,
    String userId,
    Double resultScore,
    Double resultMaximum,
    String comment) {

  /**
   * @return the result, or {@code null} when it names no user
   */
  static Result fromJson(Map<String, Object> json) {
    String userId = JsonMembers.string(json, "userId");
    if (userId == null) {
      return null;
    }
    return new Result(
        JsonMembers.string(json, "id"),
        JsonMembers.string(json, "scoreOf"),
        userId,
        JsonMembers.number(json, "resultScore"),
        JsonMembers.number(json, "resultMaximum"),
        JsonMembers.string(json, "comment"));
  }
}
