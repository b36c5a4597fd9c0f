package dev.jobposting.validation;

import static dev.jobposting.validation.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.SamplePostings;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference posting (fully remote, open worldwide, no pay range, no posting date) gets exactly
 * the findings its rules imply.
 */
class ReferencePostingTest {

  private static final String[] EVERY_PAY_JURISDICTION = {"CO", "CA", "NY", "NYC", "WA", "IL",
      "MD", "MA", "HI", "MN", "VT", "NJ", "BC", "ON", "IT", "SK", "LT", "MT", "PL"};

  @Test
  void reportsWhatEveryProfileImplies() {
    ValidationReport report = JobPostingValidator.create().asOf(LocalDate.of(2026, 11, 27))
        .validate(SamplePostings.reference());

    Set<String> expected = new HashSet<>(Set.of(
        // Publishable: no employment type, no posting date.
        "P-04@employment", "P-06@datePosted",
        // Google requires the posting date. The itemised content is not in the description, but
        // the export folds it in, so nothing is reported about it.
        "G-01@datePosted",
        // Google recommends these.
        "GR-02@employment", "GR-03@compensation.base", "GR-04@identifiers",
        "GR-05@application.directApply", "GR-06@employer.sameAs", "GR-06@employer.logo",
        // Colorado also wants the deadline; Ontario the AI and vacancy declarations.
        "PT-CO-04@application.deadline",
        "PT-ON-08@legal.aiUsedInScreening", "PT-ON-09@legal.existingVacancy",
        // Canonical's headcount is not recorded: coverage is assumed wherever a law has a
        // threshold (Maryland, British Columbia and the EU states have none).
        "PT-CO-00@employer.regionalHeadcounts",
        "PT-CA-00@employer.headcount", "PT-CA-00@employer.regionalHeadcounts",
        "PT-NY-00@employer.headcount", "PT-NYC-00@employer.headcount",
        "PT-WA-00@employer.headcount", "PT-IL-00@employer.headcount",
        "PT-MA-00@employer.regionalHeadcounts", "PT-HI-00@employer.headcount",
        "PT-MN-00@employer.regionalHeadcounts", "PT-VT-00@employer.headcount",
        "PT-NJ-00@employer.headcount", "PT-ON-00@employer.regionalHeadcounts"));
    // Open worldwide, it reaches every jurisdiction, and each requires the pay range.
    for (String jurisdiction : EVERY_PAY_JURISDICTION) {
      expected.add("PT-" + jurisdiction + "-01@compensation.base");
    }

    assertThat(keys(report)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report.isPublishable()).isFalse();
    assertThat(report.warnings().stream().map(Finding::ruleId)
        .filter(id -> id.endsWith("-01")).collect(Collectors.toSet()))
        .as("pay before the interview is allowed there")
        .containsExactlyInAnyOrder("PT-SK-01", "PT-MT-01", "PT-PL-01");
  }

  @Test
  void earlierOnlyTheLawsThenInForceApply() {
    ValidationReport report = JobPostingValidator.create().asOf(LocalDate.of(2025, 6, 1))
        .validate(SamplePostings.reference(), Profile.PAY_TRANSPARENCY);
    assertThat(report.findings().stream().map(Finding::ruleId).filter(id -> id.endsWith("-01")))
        .containsExactlyInAnyOrder("PT-CO-01", "PT-CA-01", "PT-NY-01", "PT-NYC-01", "PT-WA-01",
            "PT-IL-01", "PT-MD-01", "PT-HI-01", "PT-MN-01", "PT-NJ-01", "PT-BC-01",
            "PT-LT-01");
    assertThat(report.ruleIds()).contains("PT-CO-04").doesNotContain("PT-ON-08", "PT-VT-00");
  }
}
