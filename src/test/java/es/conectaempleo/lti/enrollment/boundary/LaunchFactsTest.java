package es.conectaempleo.lti.enrollment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchFactsTest {

  private static LaunchFacts facts(String name, String email, String locale, String contextTitle, String linkTitle) {
    return new LaunchFacts(1, 2, "sub-1", name, name, name, email, locale, "ctx-1", contextTitle, contextTitle,
        "link-1", linkTitle, null, true, es.conectaempleo.lti.enrollment.entity.LinkGrading.UNGRADED);
  }

  @Test
  void testDescriptionsCutToWhatTheRegistryKeeps() {
    var facts = facts("n".repeat(300), "e".repeat(300) + "@example.org", "es-" + "x".repeat(50), "t".repeat(256),
        "l".repeat(1000));

    assertThat(facts.name()).hasSize(255);
    assertThat(facts.givenName()).hasSize(255);
    assertThat(facts.familyName()).hasSize(255);
    assertThat(facts.email()).hasSize(255);
    assertThat(facts.locale()).hasSize(35).startsWith("es-");
    assertThat(facts.contextLabel()).hasSize(255);
    assertThat(facts.contextTitle()).hasSize(255);
    assertThat(facts.resourceLinkTitle()).hasSize(255);
    assertThat(facts.contextId()).isEqualTo("ctx-1");
  }

  @Test
  void testShortAndAbsentDescriptionsKept() {
    var facts = facts("Ana García", null, "es_mx", "Programación", null);

    assertThat(facts.name()).isEqualTo("Ana García");
    assertThat(facts.email()).isNull();
    assertThat(facts.locale()).isEqualTo("es_mx");
    assertThat(facts.contextTitle()).isEqualTo("Programación");
    assertThat(facts.resourceLinkTitle()).isNull();
  }
}
