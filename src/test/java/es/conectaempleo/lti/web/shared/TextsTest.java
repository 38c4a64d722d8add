package es.conectaempleo.lti.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import es.conectaempleo.lti.Language;
import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void testFormatNumbersAsMessageFormatDoes() {
    for (Language language : Language.values()) {
      Texts texts = Texts.of(language);
      String pattern = texts.get("course.progress.value");
      Object[] arguments = {1234, 5, 7, 12};
      assertThat(texts.format("course.progress.value", arguments))
          .isEqualTo(new MessageFormat(pattern, language.locale()).format(arguments));
    }
    assertThat(Texts.of(Language.EN).format("course.progress.value", 1234, 5, 7, 12)).startsWith("1,234");
  }

  @Test
  void testFormatKeepsNamedFormats() {
    assertThat(Texts.of(Language.EN).format("quiz.previous", 1, 80)).startsWith("You have tried once.");
    assertThat(Texts.of(Language.EN).format("quiz.previous", 3, 80))
        .startsWith("You have tried 3 times. Your best score is 80");
  }

  @Test
  void testFormatStrings() {
    assertThat(Texts.of(Language.ES).format("course.greeting", "Ana")).isEqualTo("Hola, Ana.");
  }
}
