package dev.jobposting.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import org.junit.jupiter.api.Test;

class BenefitTest {

  @Test
  void acceptsValueWithPeriod() {
    Benefit learning = Benefit.builder()
        .category(BenefitCategory.LEARNING)
        .text("Learning budget")
        .value(Money.of("2000", "USD"))
        .period(PayPeriod.YEAR)
        .build();

    assertThat(learning.value()).contains(Money.of("2000.00", "USD"));
    assertThat(learning.period()).contains(PayPeriod.YEAR);
  }

  @Test
  void acceptsValueWithoutPeriod() {
    assertThat(Benefit.of(BenefitCategory.OTHER, "Laptop").withValue(Money.of("1500", "EUR"))
        .period()).isEmpty();
  }

  @Test
  void rejectsPeriodWithoutValue() {
    assertThatThrownBy(() -> Benefit.builder().category(BenefitCategory.LEARNING)
            .text("Learning budget").period(PayPeriod.YEAR).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Benefit.period: needs a value to apply to");
  }

  @Test
  void stripsSurroundingWhiteSpaceFromText() {
    assertThat(Benefit.of(BenefitCategory.DENTAL, " Dental plan\n").text())
        .isEqualTo("Dental plan");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> Benefit.of(BenefitCategory.DENTAL, " "))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Benefit.text: must not be blank");
  }

  @Test
  void rejectsMissingCategoryNamingIt() {
    assertThatThrownBy(() -> Benefit.builder().text("Dental plan").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("category");
  }
}
