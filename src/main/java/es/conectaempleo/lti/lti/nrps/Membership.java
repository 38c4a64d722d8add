package es.conectaempleo.lti.lti.nrps;

import es.conectaempleo.lti.lti.claims.Roles;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member of a context as NRPS lists it. Names and email appear only when the platform's privacy
 * settings share them. Immutable.
 *
 * @param userId the member's {@code sub} in launches; never {@code null}
 * @param status never {@code null}
 * @param roles role URIs or simple names; never {@code null}
 * @param name may be {@code null}
 * @param givenName may be {@code null}
 * @param familyName may be {@code null}
 * @param middleName may be {@code null}
 * @param email may be {@code null}
 * @param lisPersonSourcedId the SIS id (Moodle: the user's idnumber); may be {@code null}
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#membership-container-media-type">NRPS
 *     2.0 §2.2</a>
 */
public record Membership(
    String userId,
    MemberStatus status,
    List<String> roles,
    String name,
    String givenName,
    String familyName,
    String middleName,
    String email,
    String lisPersonSourcedId) {

  public Membership {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(status, "status");
    roles = List.copyOf(roles);
  }

  /** The roles, read as in a launch (full URIs and simple names both count). */
  public Roles roleSet() {
    return Roles.of(roles);
  }

  /**
   * @return the member, or {@code null} when it has no {@code user_id}
   */
  static Membership fromJson(Map<String, Object> json) {
    String userId = string(json, "user_id");
    if (userId == null) {
      return null;
    }
    List<String> roles =
        json.get("roles") instanceof List<?> list
            ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
            : List.of();
    return new Membership(
        userId,
        MemberStatus.fromJson(string(json, "status")),
        roles,
        string(json, "name"),
        string(json, "given_name"),
        string(json, "family_name"),
        string(json, "middle_name"),
        string(json, "email"),
        string(json, "lis_person_sourcedid"));
  }

  private static String string(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (value instanceof Number number) {
      // Moodle's user ids can arrive as JSON numbers.
      return String.valueOf(number.longValue());
    }
    return value instanceof String s && !s.isEmpty() ? s : null;
  }
}
