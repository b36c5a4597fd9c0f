package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvariantViolationExceptionTest {

  @Test
  void splitsPathIntoAttributeAndKeepsProblemApart() {
    InvariantViolationException e =
        new InvariantViolationException("PayRange.minimum", "exceeds maximum");

    assertThat(e.path()).isEqualTo("PayRange.minimum");
    assertThat(e.attribute()).isEqualTo("minimum");
    assertThat(e.problem()).isEqualTo("exceeds maximum");
    assertThat(e).hasMessage("PayRange.minimum: exceeds maximum")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attributeOfIndexedPathKeepsTheIndex() {
    InvariantViolationException e =
        new InvariantViolationException("Application.emails[2]", "is not an e-mail address");

    assertThat(e.attribute()).isEqualTo("emails[2]");
  }

  @Test
  void attributeOfPathWithoutDotIsThePath() {
    assertThat(new InvariantViolationException("title", "blank").attribute()).isEqualTo("title");
  }

  @Test
  void thrownByValueTypesCarriesPathAndProblem() {
    assertThatThrownBy(() -> RichText.plain(" "))
        .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
          assertThat(e.path()).isEqualTo("RichText.text");
          assertThat(e.attribute()).isEqualTo("text");
          assertThat(e.problem()).isEqualTo("must not be blank");
        });
  }

  @Test
  void rejectsNullPathOrProblem() {
    assertThatThrownBy(() -> new InvariantViolationException(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> new InvariantViolationException("A.b", null))
        .isInstanceOf(NullPointerException.class).hasMessage("problem");
  }
}
