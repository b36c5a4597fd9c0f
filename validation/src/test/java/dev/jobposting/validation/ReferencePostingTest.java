package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.SamplePostings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferencePostingTest {

  @Test
  void smoke() {
    ValidationReport report = JobPostingValidator.create().asOf(LocalDate.of(2026, 11, 27))
        .validate(SamplePostings.reference());
    System.out.println(report);
    System.out.println(JobPostingValidator.create().asOf(LocalDate.of(2026, 11, 27))
        .validate(SamplePostings.full()));
    assertThat(report.findings()).isNotEmpty();
  }
}
