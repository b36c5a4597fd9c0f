package dev.jobposting.employment;

import dev.jobposting.internal.Checks;
import dev.jobposting.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The terms of employment: types, working hours, start, duration and number of openings.
 *
 * <pre>{@code
 * Employment.builder()
 *     .addType(EmploymentType.FULL_TIME)
 *     .hoursPerWeek(new BigDecimal("40"))
 *     .immediateStart(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Employment implements WithEmployment {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Employment() {}

  private static final BigDecimal HOURS_IN_WEEK = BigDecimal.valueOf(168);

  /** {@return the employment types, in declaration order} */
  public abstract Set<EmploymentType> types();

  /**
   * Names of types outside {@link EmploymentType}, as given; their presence adds {@link
   * EmploymentType#OTHER} to {@link #types()}.
   *
   * @return the names, in the order given
   */
  public abstract List<String> otherTypes();

  /** {@return working hours or shifts in words, such as "Mon-Fri, 9am-5pm"} */
  public abstract Optional<String> workHours();

  /** {@return the weekly hours, above 0 and at most 168, with at most two decimals} */
  public abstract Optional<BigDecimal> hoursPerWeek();

  /** {@return the start date, when fixed} */
  public abstract Optional<LocalDate> startDate();

  /** {@return whether the job starts as soon as possible; excludes a start date} */
  @Value.Default
  public boolean immediateStart() {
    return false;
  }

  /** {@return the length of a fixed-term engagement} */
  public abstract Optional<Period> duration();

  /** {@return how many people are hired, at least one} */
  public abstract Optional<Integer> openings();

  @Value.Check
  Employment normalize() {
    if (!otherTypes().isEmpty() && !types().contains(EmploymentType.OTHER)) {
      return builder().from(this).addType(EmploymentType.OTHER).build();
    }
    Checks.texts("Employment.otherTypes", otherTypes());
    Checks.distinct("Employment.otherTypes", otherTypes());
    Checks.text("Employment.workHours", workHours());
    if (hoursPerWeek().isPresent()) {
      BigDecimal hours = hoursPerWeek().get();
      Checks.require(hours.signum() > 0 && hours.compareTo(HOURS_IN_WEEK) <= 0,
          "Employment.hoursPerWeek", () -> hours + " is outside (0, 168]");
      BigDecimal normalized = Decimals.normalize("Employment.hoursPerWeek", hours, 2);
      if (!normalized.equals(hours)) {
        return withHoursPerWeek(normalized);
      }
    }
    Checks.require(!(immediateStart() && startDate().isPresent()), "Employment.startDate",
        "cannot be set together with immediateStart");
    duration().ifPresent(d -> Checks.require(!d.isNegative() && !d.isZero(),
        "Employment.duration", () -> d + " must be positive"));
    Checks.between("Employment.openings", openings(), 1, Integer.MAX_VALUE);
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Employment}. */
  public static final class Builder extends ImmutableEmployment.Builder {
    Builder() {}
  }
}
