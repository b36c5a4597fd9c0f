package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobposting.JobPosting;
import java.time.DateTimeException;

/**
 * Fuzzes validation with postings built from arbitrary input: validating never throws, gives the
 * same report twice, and leaves no message uninterpolated. In every build it runs the committed
 * seed inputs; {@code JAZZER_FUZZ=1} fuzzes for real (see the module README).
 */
class ValidationFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void validationNeverThrows(FuzzedDataProvider data) {
    JobPosting posting;
    try {
      posting = FuzzedPostings.from(data);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException invalid) {
      return;
    }
    for (String date : new String[] {"2020-01-01", "2026-11-27"}) {
      JobPostingValidator validator = JobPostingValidator.create()
          .asOf(java.time.LocalDate.parse(date));
      ValidationReport report = validator.validate(posting);
      assertThat(validator.validate(posting)).isEqualTo(report);
      assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("{"));
    }
  }
}
