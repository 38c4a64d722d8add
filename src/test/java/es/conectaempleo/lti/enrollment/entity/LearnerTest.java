package es.conectaempleo.lti.enrollment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A learner's profile as launches send it: refreshed, never erased by a launch that omits it. */
class LearnerTest {
  private static final Instant T0 = Instant.parse("2025-03-10T09:15:00Z");
  private static final Instant T1 = Instant.parse("2025-03-11T09:15:00Z");
  private static final Instant T2 = Instant.parse("2025-03-12T09:15:00Z");

  private static Learner withProfile() {
    var learner = new Learner(7L, "5", T0);
    learner.updateProfile("José Luis Pérez", "José Luis", "Pérez", "jlperez@example.org", "es_mx", T0);
    return learner;
  }

  @Test
  void testNewLearner() {
    var learner = new Learner(7L, "535fa085-f22b-4655-f48c-d5a36a9215f6", T0);

    assertThat(learner.platformId()).isEqualTo(7L);
    assertThat(learner.subject()).isEqualTo("535fa085-f22b-4655-f48c-d5a36a9215f6");
    assertThat(learner.displayName()).isNull();
    assertThat(learner.email()).isNull();
    assertThat(learner.locale()).isNull();
  }

  @Test
  void testUpdateProfile() {
    var learner = new Learner(7L, "5", T0);

    boolean changed =
        learner.updateProfile("José Luis Pérez", "José Luis", "Pérez", "jlperez@example.org", "es_mx", T1);

    assertThat(changed).isTrue();
    assertThat(learner.displayName()).isEqualTo("José Luis Pérez");
    assertThat(learner.email()).isEqualTo("jlperez@example.org");
    assertThat(learner.locale()).isEqualTo("es_mx");
  }

  @Test
  void testUpdateProfileUnchanged() {
    var learner = withProfile();

    assertThat(learner.updateProfile("José Luis Pérez", "José Luis", "Pérez", "jlperez@example.org", "es_mx", T1))
        .isFalse();
  }

  /** The LMS admin stopped sharing names and email: what an earlier launch sent stays. */
  @Test
  void testUpdateProfileAbsentValuesKeepOldOnes() {
    var learner = withProfile();

    boolean changed = learner.updateProfile(null, null, null, null, null, T1);

    assertThat(changed).isFalse();
    assertThat(learner.displayName()).isEqualTo("José Luis Pérez");
    assertThat(learner.email()).isEqualTo("jlperez@example.org");
    assertThat(learner.locale()).isEqualTo("es_mx");
  }

  @Test
  void testUpdateProfileOneValueChanged() {
    var email = withProfile();
    var locale = withProfile();
    var name = withProfile();
    var givenName = withProfile();
    var familyName = withProfile();

    assertThat(email.updateProfile(null, null, null, "jose.perez@example.org", null, T1)).isTrue();
    assertThat(locale.updateProfile(null, null, null, null, "en", T1)).isTrue();
    assertThat(name.updateProfile("José L. Pérez", null, null, null, null, T1)).isTrue();
    assertThat(givenName.updateProfile(null, "José", null, null, null, T1)).isTrue();
    assertThat(familyName.updateProfile(null, null, "Pérez García", null, null, T1)).isTrue();

    assertThat(email.email()).isEqualTo("jose.perez@example.org");
    assertThat(email.displayName()).isEqualTo("José Luis Pérez");
    assertThat(locale.locale()).isEqualTo("en");
    assertThat(locale.email()).isEqualTo("jlperez@example.org");
    assertThat(name.displayName()).isEqualTo("José L. Pérez");
  }

  @Test
  void testUpdateProfileAgainAfterChange() {
    var learner = withProfile();
    learner.updateProfile(null, null, null, "jose.perez@example.org", null, T1);

    assertThat(learner.updateProfile(null, null, null, "jose.perez@example.org", null, T2)).isFalse();
  }

  @Test
  void testDisplayName() {
    var full = new Learner(7L, "1", T0);
    full.updateProfile("Lucía Fernández", "Lucía", "Fernández", null, null, T0);
    var parts = new Learner(7L, "2", T0);
    parts.updateProfile(null, "Lucía", "Fernández", null, null, T0);
    var given = new Learner(7L, "3", T0);
    given.updateProfile(null, "Lucía", null, null, null, T0);
    var family = new Learner(7L, "4", T0);
    family.updateProfile(null, null, "Fernández", null, null, T0);
    var emailOnly = new Learner(7L, "5", T0);
    emailOnly.updateProfile(null, null, null, "lucia@example.edu", null, T0);

    assertThat(full.displayName()).isEqualTo("Lucía Fernández");
    assertThat(parts.displayName()).isEqualTo("Lucía Fernández");
    assertThat(given.displayName()).isEqualTo("Lucía");
    assertThat(family.displayName()).isEqualTo("Fernández");
    assertThat(emailOnly.displayName()).isNull();
  }
}
