package dev.jobposting.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.InvariantViolationException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MoneyTest {

  @Test
  void scalesWholeAmountToCurrencyDigits() {
    Money money = Money.of("85000", "USD");

    assertThat(money.amount()).isEqualTo(new BigDecimal("85000.00"));
    assertThat(money).hasToString("85000.00 USD");
  }

  @Test
  void dropsTrailingZerosBeyondCurrencyDigits() {
    assertThat(Money.of("1.500", "USD").amount()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void rejectsFractionDigitsTheCurrencyLacks() {
    assertThatThrownBy(() -> Money.of("1.505", "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1.505 has more fraction digits than USD allows (2)");
  }

  @Test
  void yenHasNoFractionDigits() {
    assertThat(Money.of("1000.0", "JPY").amount()).isEqualTo(new BigDecimal("1000"));
    assertThatThrownBy(() -> Money.of("1000.5", "JPY"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1000.5 has more fraction digits than JPY allows (0)");
  }

  @Test
  void bahrainiDinarHasThreeFractionDigits() {
    assertThat(Money.of("1.5", "BHD").amount()).isEqualTo(new BigDecimal("1.500"));
    assertThat(Money.of("1.125", "BHD").amount()).isEqualTo(new BigDecimal("1.125"));
    assertThatThrownBy(() -> Money.of("1.1255", "BHD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1.1255 has more fraction digits than BHD allows (3)");
  }

  @Test
  void scalesExponentNotation() {
    assertThat(Money.of("8.5E+4", "USD").amount()).isEqualTo(new BigDecimal("85000.00"));
  }

  @Test
  void equalAmountsWrittenDifferentlyAreEqualValues() {
    Money a = Money.of("85000", "EUR");
    Money b = Money.of(new BigDecimal("85000.000"), Currency.getInstance("EUR"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void acceptsZero() {
    assertThat(Money.of("0", "USD").amount()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void rejectsNegativeAmount() {
    assertThatThrownBy(() -> Money.of("-1", "EUR"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: -1 must not be negative");
  }

  @Test
  void acceptsFifteenIntegerDigits() {
    assertThat(Money.of("999999999999999.99", "USD").amount())
        .isEqualTo(new BigDecimal("999999999999999.99"));
  }

  @Test
  void rejectsSixteenIntegerDigits() {
    assertThatThrownBy(() -> Money.of("1000000000000000", "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: has more than 15 integer digits");
  }

  @Test
  void rejectsHugeExponent() {
    assertThatThrownBy(() -> Money.of("1E+999999999", "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: has more than 15 integer digits");
  }

  @Test
  @Timeout(5)
  void rejectsTinyExponentWithoutWritingItOut() {
    assertThatThrownBy(() -> Money.of("1E-999999999", "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1E-999999999 has more fraction digits than USD allows (2)");
  }

  @Test
  void currencyWithoutMinorUnitKeepsTheFewestFractionDigits() {
    assertThat(Money.of("1.50", "XAU").amount()).isEqualTo(new BigDecimal("1.5"));
    assertThat(Money.of("100", "XAU")).hasToString("100 XAU");
    assertThat(Money.of("1E+2", "XAU")).isEqualTo(Money.of("100.0", "XAU"))
        .hasSameHashCodeAs(Money.of("100.0", "XAU"));
  }

  @Test
  void currencyWithoutMinorUnitAcceptsFifteenFractionDigits() {
    assertThat(Money.of("0.000000000000001", "XAU").amount().scale()).isEqualTo(15);
  }

  @Test
  @Timeout(5)
  void currencyWithoutMinorUnitRejectsMoreThanFifteenFractionDigits() {
    assertThatThrownBy(() -> Money.of("0.0000000000000001", "XAU"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1E-16 has more than 15 fraction digits");
    assertThatThrownBy(() -> Money.of("1E-999999999", "XAU"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: 1E-999999999 has more than 15 fraction digits");
  }

  @Test
  void rejectsOverlongText() {
    assertThatThrownBy(() -> Money.of("1".repeat(65), "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: is longer than 64 characters");
  }

  @Test
  void rejectsTextThatIsNoNumber() {
    assertThatThrownBy(() -> Money.of("85k", "USD"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.amount: '85k' is not a decimal number");
  }

  @Test
  void stripsWhiteSpaceAroundAmountAndCode() {
    assertThat(Money.of(" 19.5 ", " eur ")).isEqualTo(Money.of("19.50", "EUR"));
  }

  @Test
  void rejectsUnknownCurrencyCode() {
    assertThatThrownBy(() -> Money.of("1", "XYZ"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.currency: 'XYZ' is not an ISO 4217 currency code");
  }

  @Test
  void rejectsCurrencyNameInsteadOfCode() {
    assertThatThrownBy(() -> Money.of("1", "dollar"))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("Money.currency: 'dollar' is not an ISO 4217 currency code");
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    assertThat(Money.of("10", "USD")).isLessThan(Money.of("10.01", "USD"));
    assertThat(Money.of("10", "USD").compareTo(Money.of("10.00", "USD"))).isZero();
  }

  @Test
  void refusesToCompareDifferentCurrencies() {
    assertThatThrownBy(() -> Money.of("10", "USD").compareTo(Money.of("10", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare USD with EUR");
  }
}
