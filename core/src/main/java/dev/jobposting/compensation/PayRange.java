package dev.jobposting.compensation;

import dev.jobposting.internal.Checks;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amount of pay per period: a fixed amount (minimum equals maximum), a range, or an open-ended
 * range with only one bound. Both bounds share one currency, and the minimum never exceeds the
 * maximum.
 *
 * <pre>{@code
 * PayRange.between(Money.of("120000", "USD"), Money.of("150000", "USD"), PayPeriod.YEAR);
 * PayRange.exactly(Money.of("25", "EUR"), PayPeriod.HOUR);
 * PayRange.atLeast(Money.of("20", "USD"), PayPeriod.HOUR); // open-ended: some laws reject it
 * }</pre>
 */
@Value.Immutable
public abstract class PayRange implements WithPayRange {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  PayRange() {}

  /** {@return the lowest amount; absent for "up to" ranges} */
  public abstract Optional<Money> minimum();

  /** {@return the highest amount; absent for "from" ranges} */
  public abstract Optional<Money> maximum();

  /** {@return the period the amounts are for} */
  public abstract PayPeriod period();

  /**
   * A range from a minimum to a maximum.
   *
   * @param minimum the lowest amount
   * @param maximum the highest amount, in the same currency, not below {@code minimum}
   * @param period the period
   * @return the range
   */
  public static PayRange between(Money minimum, Money maximum, PayPeriod period) {
    return builder().minimum(minimum).maximum(maximum).period(period).build();
  }

  /**
   * A fixed amount.
   *
   * @param amount the amount
   * @param period the period
   * @return a range whose minimum and maximum are {@code amount}
   */
  public static PayRange exactly(Money amount, PayPeriod period) {
    return between(amount, amount, period);
  }

  /**
   * An open-ended range with only a minimum ("from 20 USD an hour").
   *
   * @param minimum the lowest amount
   * @param period the period
   * @return the range
   */
  public static PayRange atLeast(Money minimum, PayPeriod period) {
    return builder().minimum(minimum).period(period).build();
  }

  /**
   * An open-ended range with only a maximum ("up to 90000 USD a year").
   *
   * @param maximum the highest amount
   * @param period the period
   * @return the range
   */
  public static PayRange upTo(Money maximum, PayPeriod period) {
    return builder().maximum(maximum).period(period).build();
  }

  /** {@return the currency of the bounds} */
  public Currency currency() {
    return minimum().or(this::maximum).orElseThrow().currency();
  }

  /** {@return whether minimum and maximum are present and equal} */
  public boolean isFixed() {
    return minimum().isPresent() && minimum().equals(maximum());
  }

  /** {@return whether one of the bounds is missing} */
  public boolean isOpenEnded() {
    return minimum().isEmpty() || maximum().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.require(minimum().isPresent() || maximum().isPresent(),
        "PayRange.minimum", "a pay range needs a minimum, a maximum or both");
    if (minimum().isPresent() && maximum().isPresent()) {
      Money min = minimum().get();
      Money max = maximum().get();
      Checks.require(min.currency().equals(max.currency()), "PayRange.maximum",
          () -> "currency " + max.currency() + " differs from the minimum's " + min.currency());
      Checks.require(min.compareTo(max) <= 0, "PayRange.minimum",
          () -> min + " exceeds maximum " + max);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayRange}; prefer the static factories. */
  public static final class Builder extends ImmutablePayRange.Builder {
    Builder() {}
  }
}
