package dev.jobposting.examples;

import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Validates the reference posting with every profile, then fixes what the report finds, one step
 * at a time, until the posting is publishable.
 */
public final class ValidatingBeforePublishing {

  /** One change to a posting and why it is made. */
  record Step(String why, UnaryOperator<JobPosting> change) {}

  private ValidatingBeforePublishing() {}

  /**
   * Runs the example as of today.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, LocalDate.now());
  }

  /**
   * The changes that make the reference posting publishable on a day.
   *
   * @param today the day it is published
   * @return the steps, in order
   */
  static List<Step> steps(LocalDate today) {
    return List.of(
        new Step("say it is a full-time job (P-04)", posting -> posting.withEmployment(
            Employment.builder().addType(EmploymentType.FULL_TIME).build())),
        new Step("date it, and say until when it runs (P-06, G-01, GR-01)", posting -> posting
            .withDatePosted(today)
            .withValidThrough(today.plusDays(60))),
        new Step("state the pay as a range: the laws of every place it reaches ask for it"
            + " (PT-*-01)", posting -> posting.withCompensation(
                posting.compensation().orElseGet(() -> Compensation.builder().build())
                    .withBase(PayRange.between(Money.of("150000", "USD"),
                        Money.of("190000", "USD"), PayPeriod.YEAR)))),
        new Step("say that applications are rolling and when the window should close (PT-CO-04)",
            posting -> posting.withApplication(posting.application().orElseThrow()
                .withDeadline(ApplicationDeadline.ongoingUntil(today.plusDays(60))))),
        new Step("declare AI use in screening and that the vacancy exists (PT-ON-08, PT-ON-09)",
            posting -> posting.withLegal(posting.legal().orElseGet(
                    () -> LegalDisclosures.builder().build())
                .withAiUsedInScreening(false)
                .withExistingVacancy(true))),
        new Step("record the employer's headcount, so coverage need not be assumed (PT-*-00)",
            posting -> posting.withEmployer(posting.employer().orElseThrow().withHeadcount(1200))));
  }

  static JobPosting run(PrintStream out, LocalDate today) {
    JobPostingValidator validator = JobPostingValidator.create().asOf(today);
    JobPosting posting = SamplePostings.reference();
    ValidationReport report = validator.validate(posting);
    out.println(report);
    out.println();
    out.println("What to add to make it publishable:");
    int number = 1;
    for (Step step : steps(today)) {
      posting = step.change().apply(posting);
      report = validator.validate(posting);
      out.printf("  %d. %s -> %d error(s), %d warning(s)%n", number++, step.why(),
          report.errors().size(), report.warnings().size());
    }
    out.println();
    out.println(report);
    return posting;
  }
}
