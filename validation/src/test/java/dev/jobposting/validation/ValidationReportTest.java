package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The report: profiles, reference day, order, publishability and text. */
class ValidationReportTest {

  @Test
  void aReportSaysWhatItRanAndWhatItFound() {
    ValidationReport report = Fixtures.VALIDATOR.validate(SamplePostings.minimal(),
        Profile.GOOGLE_RECOMMENDED, Profile.PUBLISHABLE);
    assertThat(report.asOf()).isEqualTo(Fixtures.TODAY);
    assertThat(report.profiles()).containsExactly(Profile.PUBLISHABLE, Profile.GOOGLE_RECOMMENDED);
    assertThat(report.isPublishable()).isFalse();
    assertThat(report.errors()).extracting(Finding::ruleId)
        .containsExactly("P-01", "P-02", "P-03", "P-04", "P-05", "P-06");
    assertThat(report.warnings()).extracting(Finding::ruleId)
        .containsExactly("GR-02", "GR-03", "GR-04", "GR-05");
    assertThat(report.findings()).startsWith(report.errors().toArray(Finding[]::new));
    assertThat(report.toString())
        .startsWith("ValidationReport as of 2026-11-27 for [PUBLISHABLE, GOOGLE_RECOMMENDED]:"
            + " 6 error(s), 4 warning(s), not publishable")
        .contains("ERROR   P-06       datePosted: the posting date is required [Google Search"
            + " Central: Job posting structured data <https://developers.google.com/search/docs/"
            + "appearance/structured-data/job-posting>]")
        .contains("WARNING GR-04      identifiers: ");
  }

  @Test
  void warningsAloneKeepAPostingPublishable() {
    JobPosting posting = Fixtures.compliant().withIdentifiers(List.of());
    ValidationReport report = Fixtures.VALIDATOR.validate(posting);
    assertThat(report.ruleIds()).containsExactly("GR-04");
    assertThat(report.isPublishable()).isTrue();
  }

  @Test
  void theReferenceDayFollowsTheClocksZone() {
    Clock newYearInUtc = Clock.fixed(Instant.parse("2026-01-01T03:00:00Z"),
        ZoneId.of("America/Denver"));
    ValidationReport report = JobPostingValidator.create().withClock(newYearInUtc)
        .validate(SamplePostings.reference(), Profile.PAY_CA_ON);
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(report.findings()).as("Ontario's law starts on 2026-01-01").isEmpty();
    assertThat(JobPostingValidator.create().withClock(newYearInUtc.withZone(ZoneId.of("UTC")))
        .validate(SamplePostings.reference(), Profile.PAY_CA_ON).ruleIds()).contains("PT-ON-01");
  }

  @Test
  void noProfileMeansEveryProfile() {
    assertThat(Fixtures.VALIDATOR.validate(SamplePostings.minimal()).profiles())
        .isEqualTo(Set.of(Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED,
            Profile.GOOGLE_RECOMMENDED, Profile.PAY_TRANSPARENCY));
  }

  @Test
  void everyRuleHasASourceAndAUniqueId() {
    List<Rule> rules = JobPostingValidator.rules();
    assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
    assertThat(rules).allSatisfy(rule -> {
      assertThat(rule.source().url()).isPresent();
      assertThat(rule.summary()).isNotBlank();
    });
    assertThat(rules).filteredOn(r -> r.id().matches("PT-[A-Z]+-\\d\\d"))
        .as("every law's rule has its effective date").hasSizeGreaterThan(19)
        .allSatisfy(rule -> assertThat(rule.effectiveFrom()).isPresent());
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    List<JobPosting> postings = new ArrayList<>();
    PostingGenerator generator = PostingGenerator.withSeed(42);
    for (int i = 0; i < 200; i++) {
      postings.add(generator.next());
    }
    List<ValidationReport> sequential = new ArrayList<>();
    for (JobPosting posting : postings) {
      sequential.add(Fixtures.VALIDATOR.validate(posting));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> parallel = new ArrayList<>();
      for (JobPosting posting : postings) {
        parallel.add(pool.submit(() -> Fixtures.VALIDATOR.validate(posting)));
      }
      for (int i = 0; i < postings.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> Fixtures.VALIDATOR.validate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("posting");
    assertThatThrownBy(() -> Fixtures.VALIDATOR.asOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("day");
  }
}
