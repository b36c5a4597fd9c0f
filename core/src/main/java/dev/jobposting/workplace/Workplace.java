package dev.jobposting.workplace;

import dev.jobposting.internal.Checks;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the work happens: the mode, the work locations, the areas remote applicants may live in,
 * the location the role reports to, hybrid on-site days, travel and relocation.
 *
 * <p>Invariants keep remote work free of contradictions: applicant locations only for {@link
 * WorkMode#REMOTE}, on-site days only for {@link WorkMode#HYBRID}, and "worldwide" never beside
 * other areas.
 *
 * <pre>{@code
 * Workplace.remote(AdministrativeArea.worldwide());
 * Workplace.onSite(PostalAddress.inCountry("DE"));
 * }</pre>
 */
@Value.Immutable
public abstract class Workplace implements WithWorkplace {

  /** Only the generated implementation extends this type, so that every value is immutable. */
  Workplace() {}

  /** {@return the work mode} */
  public abstract WorkMode mode();

  /** {@return the places people report to for work} */
  public abstract List<PostalAddress> locations();

  /** {@return for remote work, where applicants may live and work from} */
  public abstract List<AdministrativeArea> applicantLocations();

  /** {@return the office or site the role reports to, when it is not a work location} */
  public abstract Optional<PostalAddress> reportsTo();

  /** {@return for hybrid work, the days a week on site, 1 to 6} */
  public abstract Optional<Integer> onSiteDaysPerWeek();

  /** {@return travel the job involves} */
  public abstract Optional<Travel> travel();

  /** {@return whether help with relocation is offered, when stated} */
  public abstract Optional<Boolean> relocationAssistance();

  /**
   * Fully remote work from the given areas.
   *
   * @param applicantLocations where applicants may work from
   * @return the workplace
   */
  public static Workplace remote(AdministrativeArea... applicantLocations) {
    return builder().mode(WorkMode.REMOTE).addApplicantLocations(applicantLocations).build();
  }

  /**
   * On-site work at the given locations.
   *
   * @param locations the work locations
   * @return the workplace
   */
  public static Workplace onSite(PostalAddress... locations) {
    return builder().mode(WorkMode.ON_SITE).addLocations(locations).build();
  }

  /** {@return whether remote applicants may be anywhere in the world} */
  public boolean isOpenWorldwide() {
    return mode() == WorkMode.REMOTE
        && applicantLocations().stream().anyMatch(AdministrativeArea::isWorldwide);
  }

  @Value.Check
  void check() {
    Checks.require(applicantLocations().isEmpty() || mode() == WorkMode.REMOTE,
        "Workplace.applicantLocations", () -> "apply only to REMOTE work, not " + mode());
    Checks.require(onSiteDaysPerWeek().isEmpty() || mode() == WorkMode.HYBRID,
        "Workplace.onSiteDaysPerWeek", () -> "apply only to HYBRID work, not " + mode());
    Checks.between("Workplace.onSiteDaysPerWeek", onSiteDaysPerWeek(), 1, 6);
    Checks.distinct("Workplace.locations", locations());
    Checks.distinct("Workplace.applicantLocations", applicantLocations());
    Checks.require(applicantLocations().size() == 1
        || applicantLocations().stream().noneMatch(AdministrativeArea::isWorldwide),
        "Workplace.applicantLocations", "worldwide cannot be combined with other areas");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Workplace}. */
  public static final class Builder extends ImmutableWorkplace.Builder {
    Builder() {}
  }
}
