package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void keepsTextAndFormat() {
    assertThat(RichText.html("<p>Lead</p>").format()).isEqualTo(TextFormat.HTML);
    assertThat(RichText.plain("Lead").format()).isEqualTo(TextFormat.PLAIN);
    assertThat(RichText.of(" Lead ", TextFormat.PLAIN).text()).isEqualTo(" Lead ");
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> RichText.html(""))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("RichText.text: must not be blank");
  }

  @Test
  void rejectsWhiteSpaceText() {
    assertThatThrownBy(() -> RichText.plain(" \n\t "))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("RichText.text: must not be blank");
  }

  @Test
  void equalsByTextAndFormat() {
    assertThat(RichText.plain("a")).isEqualTo(RichText.of("a", TextFormat.PLAIN))
        .isNotEqualTo(RichText.html("a"));
  }
}
