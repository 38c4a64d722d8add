package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page language from launch locales (Moodle {@code es_mx}, Canvas BCP 47 {@code es-MX}) and from
 * {@code Accept-Language} (RFC 9110 §12.5.4, quality values of §12.4.2).
 */
class LanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "EN", "En", "en-GB", "en_US", "en-gb", "EN_AU", " en-US ", "en-"})
  void testFromTagEnglish(String tag) {
    assertThat(Language.fromTag(tag)).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "ES", "es_mx", "es-MX", "es_es", "es-419", "ca", "eu", "gl", "pt", "pt_br", "fr-CA"})
  void testFromTagSpanish(String tag) {
    assertThat(Language.fromTag(tag)).isEqualTo(Language.ES);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-", "_en", "eng", "english", "e", "123", "*"})
  void testFromTagOtherwiseSpanish(String tag) {
    assertThat(Language.fromTag(tag)).isEqualTo(Language.ES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en-GB,en;q=0.9,es;q=0.8",
        "en-US,en;q=0.5",
        "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
        "de, en;q=0.3",
        "en",
        " EN-gb ; q=0.8 , de;q=0.2",
        "es;q=0.5, en;q=0.9",
        "es;q=0, en;q=0.1",
        "en;q=0.8, es;q=0.8",
        "en, es"
      })
  void testFromAcceptLanguageEnglish(String header) {
    assertThat(Language.fromAcceptLanguage(header)).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "es-ES,es;q=0.9,en;q=0.8",
        "es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7",
        "fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7",
        "pt-BR,pt;q=0.9",
        "en;q=0.5, es;q=0.9",
        "en;q=0, es;q=0.1",
        "en;q=0",
        "en;q=0.000",
        "es, en",
        "es;Q=0.9, en;q=0.5",
        "*",
        "de, *;q=0.5"
      })
  void testFromAcceptLanguageSpanish(String header) {
    assertThat(Language.fromAcceptLanguage(header)).isEqualTo(Language.ES);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", ",", ";q=0.9", ";", "q=1"})
  void testFromAcceptLanguageMalformedIsSpanish(String header) {
    assertThat(Language.fromAcceptLanguage(header)).isEqualTo(Language.ES);
  }

  @Test
  void testTagAndLocale() {
    assertThat(Language.ES.tag()).isEqualTo("es");
    assertThat(Language.EN.tag()).isEqualTo("en");
    assertThat(Language.ES.locale()).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(Language.EN.locale().getLanguage()).isEqualTo("en");
  }
}
