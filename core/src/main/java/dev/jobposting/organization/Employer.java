package dev.jobposting.organization;

import dev.jobposting.WebAddress;
import dev.jobposting.internal.Checks;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organisation that hires. Headcounts are optional, but pay-transparency coverage depends on
 * them; validation treats an unknown headcount as covered.
 *
 * <pre>{@code
 * Employer canonical = Employer.builder()
 *     .name("Canonical")
 *     .website(WebAddress.of("https://canonical.com"))
 *     .headcount(1200)
 *     .addRegionalHeadcount(Headcount.of(AdministrativeArea.subdivision("US-CO"), 8))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Employer implements WithEmployer {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Employer() {}

  /** {@return the name people know it by: the company, not a branch or site} */
  public abstract String name();

  /** {@return the registered legal name, when different} */
  public abstract Optional<String> legalName();

  /** {@return the company's website} */
  public abstract Optional<WebAddress> website();

  /** {@return the address of the company's logo image} */
  public abstract Optional<WebAddress> logo();

  /** {@return a text about the employer, its mission and how it works} */
  public abstract Optional<String> about();

  /** {@return pages that identify the employer, such as its Wikipedia or LinkedIn page} */
  public abstract List<WebAddress> sameAs();

  /** {@return the headquarters' address} */
  public abstract Optional<PostalAddress> headquarters();

  /** {@return the industry, in words} */
  public abstract Optional<String> industry();

  /** {@return the total number of employees, when known} */
  public abstract Optional<Integer> headcount();

  /** {@return employees per country or subdivision, for legal thresholds} */
  public abstract List<Headcount> regionalHeadcounts();

  /** {@return whether the employer's name must not be shown (a confidential search)} */
  @Value.Default
  public boolean confidential() {
    return false;
  }

  /**
   * The headcount recorded for exactly this area.
   *
   * @param area a country or subdivision
   * @return the number of employees there, when recorded
   */
  public Optional<Integer> headcountIn(AdministrativeArea area) {
    return regionalHeadcounts().stream()
        .filter(h -> h.area().equals(area))
        .map(Headcount::employees)
        .findFirst();
  }

  /**
   * A minimal employer.
   *
   * @param name the employer's name
   * @return the employer
   */
  public static Employer of(String name) {
    return builder().name(name).build();
  }

  @Value.Check
  Employer normalize() {
    String name = Checks.text("Employer.name", name());
    if (!name.equals(name())) {
      return withName(name);
    }
    Checks.text("Employer.legalName", legalName());
    Checks.text("Employer.about", about());
    Checks.text("Employer.industry", industry());
    Checks.distinct("Employer.sameAs", sameAs());
    Checks.between("Employer.headcount", headcount(), 0, Integer.MAX_VALUE);
    Checks.distinctBy("Employer.regionalHeadcounts", regionalHeadcounts(), Headcount::area);
    headcount().ifPresent(total -> regionalHeadcounts().forEach(h -> Checks.require(
        h.employees() <= total, "Employer.regionalHeadcounts",
        () -> h.employees() + " employees in " + h.area() + " exceed the total of " + total)));
    return this;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Employer}. */
  public static final class Builder extends ImmutableEmployer.Builder {
    Builder() {}
  }
}
