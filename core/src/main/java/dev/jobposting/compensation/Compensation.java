package dev.jobposting.compensation;

import dev.jobposting.WebAddress;
import dev.jobposting.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the job pays: the base pay, its basis, further components and notes.
 *
 * <pre>{@code
 * Compensation pay = Compensation.builder()
 *     .base(PayRange.between(Money.of("120000", "USD"), Money.of("150000", "USD"), PayPeriod.YEAR))
 *     .basis(PayBasis.SALARIED)
 *     .addComponent(CompensationComponent.of(ComponentType.BONUS, "Annual bonus"))
 *     .addNote("Base pay depends on location and experience.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Compensation implements WithCompensation {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Compensation() {}

  /** {@return the base pay, when stated} */
  public abstract Optional<PayRange> base();

  /** {@return how the pay is earned, when stated} */
  public abstract Optional<PayBasis> basis();

  /** {@return pay beyond the base pay, in the order given} */
  public abstract List<CompensationComponent> components();

  /** {@return free notes on pay, such as "varies by location"} */
  public abstract List<String> notes();

  /** {@return a public page describing pay and benefits (Illinois accepts such a link)} */
  public abstract Optional<WebAddress> detailsUrl();

  @Value.Check
  void check() {
    Checks.texts("Compensation.notes", notes());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Compensation}. */
  public static final class Builder extends ImmutableCompensation.Builder {
    Builder() {}
  }
}
