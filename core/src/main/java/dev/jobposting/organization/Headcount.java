package dev.jobposting.organization;

import dev.jobposting.internal.Checks;
import dev.jobposting.place.AdministrativeArea;
import org.immutables.value.Value;

/**
 * How many people an employer employs in one area. Pay-transparency laws count employees per
 * state or province (4 in New York City, 15 in California and Washington, 25 in Ontario).
 *
 * <pre>{@code
 * Headcount.of(AdministrativeArea.subdivision("US-CO"), 12);
 * }</pre>
 */
@Value.Immutable
public abstract class Headcount implements WithHeadcount {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Headcount() {}

  /** {@return the area counted: a country or a subdivision, never the whole world} */
  @Value.Parameter
  public abstract AdministrativeArea area();

  /** {@return the number of employees in the area} */
  @Value.Parameter
  public abstract int employees();

  /**
   * Creates a headcount.
   *
   * @param area a country or subdivision
   * @param employees zero or more
   * @return the headcount
   */
  public static Headcount of(AdministrativeArea area, int employees) {
    return ImmutableHeadcount.of(area, employees);
  }

  @Value.Check
  void check() {
    Checks.require(!area().isWorldwide(), "Headcount.area",
        "must be a country or subdivision; the worldwide total is Employer.headcount");
    Checks.require(employees() >= 0, "Headcount.employees", employees() + " must not be negative");
  }
}
