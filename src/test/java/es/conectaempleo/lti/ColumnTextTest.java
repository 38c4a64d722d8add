package es.conectaempleo.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

  @Test
  void testNeverCutsASurrogatePairInHalf() {
    String emoji = "\uD83C\uDF93"; // graduation cap, two UTF-16 units
    String title = "a".repeat(254) + emoji;

    assertThat(ColumnText.fit(title, 255)).isEqualTo("a".repeat(254));
    assertThat(ColumnText.fit("a".repeat(253) + emoji, 255)).isEqualTo("a".repeat(253) + emoji);
  }

  @Test
  void testShortAndAbsentTextKept() {
    assertThat(ColumnText.fit(null, 5)).isNull();
    assertThat(ColumnText.fit("Ana", 5)).isEqualTo("Ana");
    assertThat(ColumnText.fit("Ana García", 5)).isEqualTo("Ana G");
  }
}
