package dev.jobposting.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PayRangeTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void acceptsMinimumBelowMaximum() {
    PayRange range = PayRange.between(usd("90000"), usd("120000"), PayPeriod.YEAR);

    assertThat(range.minimum()).contains(usd("90000"));
    assertThat(range.maximum()).contains(usd("120000"));
    assertThat(range.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(range.isFixed()).isFalse();
    assertThat(range.isOpenEnded()).isFalse();
  }

  @Test
  void rejectsMinimumAboveMaximum() {
    assertThatThrownBy(() -> PayRange.between(usd("120000"), usd("90000"), PayPeriod.YEAR))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PayRange.minimum: 120000.00 USD exceeds maximum 90000.00 USD");
  }

  @Test
  void rejectsMinimumOneCentAboveMaximum() {
    assertThatThrownBy(() -> PayRange.between(usd("20.01"), usd("20"), PayPeriod.HOUR))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PayRange.minimum: 20.01 USD exceeds maximum 20.00 USD");
  }

  @Test
  void minimumEqualToMaximumIsFixed() {
    PayRange range = PayRange.between(usd("25"), usd("25.00"), PayPeriod.HOUR);

    assertThat(range.isFixed()).isTrue();
    assertThat(range.isOpenEnded()).isFalse();
    assertThat(range).isEqualTo(PayRange.exactly(usd("25"), PayPeriod.HOUR));
  }

  @Test
  void rejectsBoundsInDifferentCurrencies() {
    assertThatThrownBy(() -> PayRange.between(usd("1"), Money.of("2", "EUR"), PayPeriod.YEAR))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PayRange.maximum: currency EUR differs from the minimum's USD");
  }

  @Test
  void rejectsRangeWithoutBounds() {
    assertThatThrownBy(() -> PayRange.builder().period(PayPeriod.YEAR).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("PayRange.minimum: a pay range needs a minimum, a maximum or both");
  }

  @Test
  void rejectsMissingPeriodNamingIt() {
    assertThatThrownBy(() -> PayRange.builder().minimum(usd("1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void atLeastIsOpenEndedAbove() {
    PayRange range = PayRange.atLeast(usd("20"), PayPeriod.HOUR);

    assertThat(range.maximum()).isEmpty();
    assertThat(range.isOpenEnded()).isTrue();
    assertThat(range.isFixed()).isFalse();
    assertThat(range.currency()).isEqualTo(Currency.getInstance("USD"));
  }

  @Test
  void upToIsOpenEndedBelow() {
    PayRange range = PayRange.upTo(Money.of("90000", "EUR"), PayPeriod.YEAR);

    assertThat(range.minimum()).isEmpty();
    assertThat(range.isOpenEnded()).isTrue();
    assertThat(range.isFixed()).isFalse();
    assertThat(range.currency()).isEqualTo(Currency.getInstance("EUR"));
  }
}
