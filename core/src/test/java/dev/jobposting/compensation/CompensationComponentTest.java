package dev.jobposting.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import org.junit.jupiter.api.Test;

class CompensationComponentTest {

  @Test
  void acceptsTypeWithoutDescription() {
    CompensationComponent equity = CompensationComponent.builder()
        .type(ComponentType.EQUITY).build();

    assertThat(equity.description()).isEmpty();
    assertThat(equity.amount()).isEmpty();
  }

  @Test
  void acceptsOtherWithDescription() {
    assertThat(CompensationComponent.of(ComponentType.OTHER, "Company car").description())
        .contains("Company car");
  }

  @Test
  void rejectsOtherWithoutDescription() {
    assertThatThrownBy(() -> CompensationComponent.builder().type(ComponentType.OTHER).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("CompensationComponent.description: is required when the type is OTHER");
  }

  @Test
  void rejectsBlankDescription() {
    assertThatThrownBy(() -> CompensationComponent.of(ComponentType.BONUS, " "))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("CompensationComponent.description: must not be blank when present");
  }

  @Test
  void rejectsMissingTypeNamingIt() {
    assertThatThrownBy(() -> CompensationComponent.builder().description("Bonus").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type");
  }
}
