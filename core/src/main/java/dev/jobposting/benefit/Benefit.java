package dev.jobposting.benefit;

import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One benefit: its category, its text, and optionally what it is worth per period.
 *
 * <pre>{@code
 * Benefit.builder()
 *     .category(BenefitCategory.LEARNING)
 *     .text("Personal learning and development budget")
 *     .value(Money.of("2000", "USD"))
 *     .period(PayPeriod.YEAR)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Benefit implements WithBenefit {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Benefit() {}

  /** {@return the category} */
  public abstract BenefitCategory category();

  /** {@return the benefit in words} */
  public abstract String text();

  /** {@return what it is worth, when stated} */
  public abstract Optional<Money> value();

  /** {@return the period the value is for; only with a value} */
  public abstract Optional<PayPeriod> period();

  /**
   * A benefit in words.
   *
   * @param category the category
   * @param text the benefit
   * @return the benefit
   */
  public static Benefit of(BenefitCategory category, String text) {
    return builder().category(category).text(text).build();
  }

  @Value.Check
  Benefit normalize() {
    String text = Checks.text("Benefit.text", text());
    if (!text.equals(text())) {
      return withText(text);
    }
    Checks.require(period().isEmpty() || value().isPresent(), "Benefit.period",
        "needs a value to apply to");
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Benefit}. */
  public static final class Builder extends ImmutableBenefit.Builder {
    Builder() {}
  }
}
