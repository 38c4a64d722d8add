package es.conectaempleo.simulator;

/**
 * A person of a simulated platform. Immutable; the {@code with*} methods return changed copies.
 *
 * @param sub the id_token subject: Moodle's numeric user id, Canvas's LTI user UUID
 * @param loginHint what the platform sends as {@code login_hint}: Moodle the user id, Canvas an
 *     opaque 40-hex id (also its LTI 1.1 user id)
 * @param locale as the platform writes it: Moodle {@code es_mx}, Canvas {@code es-MX}
 */
public record LmsUser(
    String sub,
    String loginHint,
    String givenName,
    String familyName,
    String email,
    LmsRole role,
    String locale,
    String username) {

  public String name() {
    return givenName + " " + familyName;
  }

  public LmsUser withLocale(String locale) {
    return new LmsUser(sub, loginHint, givenName, familyName, email, role, locale, username);
  }

  public LmsUser withRole(LmsRole role) {
    return new LmsUser(sub, loginHint, givenName, familyName, email, role, locale, username);
  }
}
