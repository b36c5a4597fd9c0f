package dev.jobposting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void keepsSchemeAndValue() {
    Identifier id = Identifier.of("requisition", "REQ-1");

    assertThat(id.scheme()).isEqualTo("requisition");
    assertThat(id.value()).isEqualTo("REQ-1");
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertThat(Identifier.of(" requisition ", "\tREQ-1\n"))
        .isEqualTo(Identifier.of("requisition", "REQ-1"));
  }

  @Test
  void rejectsBlankScheme() {
    assertThatThrownBy(() -> Identifier.of("  ", "REQ-1"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Identifier.scheme: must not be blank");
  }

  @Test
  void rejectsBlankValue() {
    assertThatThrownBy(() -> Identifier.of("requisition", ""))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Identifier.value: must not be blank");
  }
}
