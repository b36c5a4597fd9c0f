package dev.jobposting.examples;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.io.PrintStream;
import java.time.LocalDate;

/** Builds a posting in code, copies it with a change, and shows an invariant at work. */
public final class BuildingAPosting {

  private BuildingAPosting() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static JobPosting posting() {
    return JobPosting.builder()
        .title("Senior Backend Engineer")
        .description(RichText.html("<p>Build the services behind our job board.</p>"))
        .employer(Employer.builder().name("Trailhead Jobs").headcount(180).build())
        .employment(Employment.builder().addType(EmploymentType.FULL_TIME).build())
        .workplace(Workplace.builder()
            .mode(WorkMode.HYBRID)
            .addLocation(PostalAddress.builder()
                .locality("Denver")
                .subdivision(SubdivisionCode.of("US-CO"))
                .country(CountryCode.of("US"))
                .build())
            .onSiteDaysPerWeek(2)
            .build())
        .compensation(Compensation.builder()
            .base(PayRange.between(Money.of("135000", "USD"), Money.of("165000", "USD"),
                PayPeriod.YEAR))
            .build())
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.EXPERIENCE)
            .text("Experience with one or more of Java, Kotlin or Scala")
            .addAlternatives("Java", "Kotlin", "Scala")
            .monthsOfExperience(36)
            .build())
        .addBenefit(Benefit.of(BenefitCategory.HEALTH, "Medical, dental and vision insurance"))
        .datePosted(LocalDate.of(2026, 11, 27))
        .build();
  }

  static void run(PrintStream out) {
    JobPosting posting = posting();
    out.println("Built: " + posting.title() + " at " + posting.employer().orElseThrow().name());
    out.println("Pays: " + posting.compensation().flatMap(Compensation::base).orElseThrow().minimum()
        .orElseThrow() + " to " + posting.compensation().flatMap(Compensation::base).orElseThrow()
        .maximum().orElseThrow() + " a year");

    JobPosting staff = posting.withTitle("Staff Backend Engineer");
    out.println("Copy: " + staff.title() + "; the original is still " + posting.title());

    try {
      PayRange.between(Money.of("120000", "USD"), Money.of("90000", "USD"), PayPeriod.YEAR);
    } catch (InvariantViolationException e) {
      out.println("Rejected: " + e.getMessage());
    }
  }
}
