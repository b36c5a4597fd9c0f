package dev.jobposting.workplace;

import dev.jobposting.internal.Checks;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Travel the job involves: a share of working time, or trips a year and their length, or both.
 *
 * <pre>{@code
 * Travel.builder().tripsPerYear(2).tripLength(Period.ofWeeks(2)).build(); // twice a year, 2 weeks
 * }</pre>
 */
@Value.Immutable
public abstract class Travel implements WithTravel {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Travel() {}

  /** {@return the share of working time spent travelling, 0 to 100 percent} */
  public abstract Optional<Integer> percentOfTime();

  /** {@return the most trips a year} */
  public abstract Optional<Integer> tripsPerYear();

  /** {@return the longest length of one trip} */
  public abstract Optional<Period> tripLength();

  /** {@return travel in words, such as "occasional travel to customer sites"} */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.require(percentOfTime().isPresent() || tripsPerYear().isPresent()
        || tripLength().isPresent() || description().isPresent(),
        "Travel.percentOfTime", "travel needs a share of time, trips, a trip length or a description");
    Checks.between("Travel.percentOfTime", percentOfTime(), 0, 100);
    Checks.between("Travel.tripsPerYear", tripsPerYear(), 0, 366);
    tripLength().ifPresent(p -> Checks.require(!p.isNegative() && !p.isZero(),
        "Travel.tripLength", () -> p + " must be positive"));
    Checks.text("Travel.description", description());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Travel}. */
  public static final class Builder extends ImmutableTravel.Builder {
    Builder() {}
  }
}
