package dev.jobposting.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class CompensationTest {

  @Test
  void acceptsNotesAndComponents() {
    Compensation pay = Compensation.builder()
        .base(PayRange.exactly(Money.of("25", "EUR"), PayPeriod.HOUR))
        .basis(PayBasis.HOURLY)
        .addComponent(CompensationComponent.of(ComponentType.TIPS, "Shared tips"))
        .addNote("Paid monthly.")
        .build();

    assertThat(pay.components()).hasSize(1);
    assertThat(pay.notes()).containsExactly("Paid monthly.");
  }

  @Test
  void rejectsBlankNote() {
    assertThatThrownBy(() -> Compensation.builder().addNotes("Paid monthly.", "").build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Compensation.notes[1]: must not be blank");
  }
}
