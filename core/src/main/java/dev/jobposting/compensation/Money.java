package dev.jobposting.compensation;

import dev.jobposting.internal.Checks;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in an ISO 4217 currency: a {@link BigDecimal}, never a {@code double}.
 *
 * <p>The amount is scaled to the currency's minor digits ({@code 85000} USD becomes {@code
 * 85000.00}), so that equal amounts are equal values. An amount with more non-zero fraction
 * digits than the currency has is rejected rather than rounded, as rounding would change it. A
 * currency without minor unit (such as gold, {@code XAU}) keeps the fewest fraction digits, at most
 * 15.
 *
 * <pre>{@code
 * Money pay = Money.of("85000", "USD");    // 85000.00 USD
 * Money.of("-1", "EUR");                   // throws: must not be negative
 * }</pre>
 */
@Value.Immutable
public abstract class Money implements WithMoney, Comparable<Money> {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Money() {}

  /** The largest number of integer digits an amount may have: above any real pay, below harm. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The most fraction digits for a currency without minor unit, such as gold: bounds the text. */
  private static final int MAX_FRACTION_DIGITS_WITHOUT_MINOR_UNIT = 15;

  /** {@return the amount, not negative, at the currency's scale} */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** {@return the currency} */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Creates an amount of money.
   *
   * @param amount the amount, not negative
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Creates an amount of money from texts.
   *
   * @param amount a decimal number such as {@code "85000"} or {@code "19.50"}
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @return the money
   * @throws dev.jobposting.InvariantViolationException when the amount or the code is invalid
   */
  public static Money of(String amount, String currencyCode) {
    return of(Amounts.parse("Money.amount", amount), Currencies.of("Money.currency", currencyCode));
  }

  /**
   * Compares amounts of the same currency.
   *
   * @param other money in the same currency
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    if (!currency().equals(other.currency())) {
      throw new IllegalArgumentException(
          "cannot compare " + currency() + " with " + other.currency());
    }
    return amount().compareTo(other.amount());
  }

  /** {@return the amount and the currency code, such as {@code 85000.00 USD}} */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }

  @Value.Check
  Money normalize() {
    Checks.require(amount().signum() >= 0, "Money.amount", () -> amount() + " must not be negative");
    Checks.require(amount().precision() - amount().scale() <= MAX_INTEGER_DIGITS,
        "Money.amount", "has more than " + MAX_INTEGER_DIGITS + " integer digits");
    int digits = currency().getDefaultFractionDigits();
    if (digits < 0) {
      return withFewestFractionDigits();
    }
    if (amount().scale() == digits) {
      return this;
    }
    BigDecimal scaled = amount().scale() < digits ? amount().setScale(digits) : stripTo(digits);
    return ImmutableMoney.of(scaled, currency());
  }

  private BigDecimal stripTo(int digits) {
    BigDecimal stripped = amount().stripTrailingZeros();
    // toString, not toPlainString: a hostile exponent would spell out a billion zeros.
    Checks.require(stripped.scale() <= digits, "Money.amount",
        () -> amount() + " has more fraction digits than " + currency() + " allows ("
            + digits + ")");
    return stripped.setScale(digits);
  }

  private Money withFewestFractionDigits() {
    BigDecimal stripped = amount().stripTrailingZeros();
    Checks.require(stripped.scale() <= MAX_FRACTION_DIGITS_WITHOUT_MINOR_UNIT, "Money.amount",
        () -> amount() + " has more than " + MAX_FRACTION_DIGITS_WITHOUT_MINOR_UNIT
            + " fraction digits");
    BigDecimal scaled = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    return scaled.equals(amount()) ? this : ImmutableMoney.of(scaled, currency());
  }
}
