package dev.jobposting.validation;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.Headcount;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** Postings that pass every profile, and helpers to read reports in tests. */
public final class Fixtures {

  /** The reference day of most tests: every law in the catalogue is in effect. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** A validator fixed on {@link #TODAY}. */
  public static final JobPostingValidator VALIDATOR = JobPostingValidator.create().asOf(TODAY);

  private Fixtures() {}

  /**
   * The testkit's full posting, with a description in paragraphs and an employer whose headcounts
   * meet every threshold: it passes every profile on {@link #TODAY}. The description leaves the
   * responsibilities, requirements, benefits and hours to their own fields, as the export folds
   * them into the published description.
   */
  public static JobPosting compliant() {
    JobPosting full = SamplePostings.full();
    Employer employer = Employer.builder().from(full.employer().orElseThrow())
        .headcount(500)
        .regionalHeadcounts(Set.of())
        .addRegionalHeadcounts(headcount("US-CO", 120), headcount("US-CA", 50),
            headcount("US-MA", 30), headcount("US-MN", 40), headcount("CA-ON", 30))
        .build();
    return full.withDescription(RichText.html("<p>Build and run the services behind our job"
        + " marketplace.</p><p>You join the team that owns search and matching.</p>"))
        .withEmployer(employer);
  }

  /**
   * The compliant posting, on site at one address.
   *
   * @param address the work location
   * @return the posting
   */
  public static JobPosting at(PostalAddress address) {
    return compliant().withWorkplace(Workplace.onSite(address));
  }

  /**
   * An address in a subdivision.
   *
   * @param subdivision such as {@code US-CO}
   * @param locality the city
   * @return the address
   */
  public static PostalAddress address(String subdivision, String locality) {
    SubdivisionCode code = SubdivisionCode.of(subdivision);
    return PostalAddress.builder().locality(locality).subdivision(code).country(code.country())
        .build();
  }

  /**
   * An address somewhere in a country.
   *
   * @param country such as {@code IT}
   * @return the address
   */
  public static PostalAddress inCountry(String country) {
    return PostalAddress.builder().country(CountryCode.of(country)).build();
  }

  /** {@return the findings as {@code ruleId@path}} */
  public static Set<String> keys(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId() + "@" + f.path())
        .collect(Collectors.toSet());
  }

  /** {@return the paths of one rule's findings} */
  public static Set<String> paths(ValidationReport report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .map(Finding::path).collect(Collectors.toSet());
  }

  static Headcount headcount(String area, int employees) {
    return Headcount.of(AdministrativeArea.subdivision(area), employees);
  }
}
