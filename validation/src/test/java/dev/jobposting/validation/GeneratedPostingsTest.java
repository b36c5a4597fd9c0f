package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.PropertyCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of validation over postings from the testkit's seeded generator. */
class GeneratedPostingsTest {

  private static final int CASES = 1_000;

  @Test
  void validationNeverThrowsAndIsDeterministic() {
    JobPostingValidator validator = Fixtures.VALIDATOR;
    PropertyCheck.forAll(CASES, posting -> {
      ValidationReport first = validator.validate(posting);
      ValidationReport second = validator.validate(posting);
      assertThat(second).isEqualTo(first);
      assertThat(second.toString()).isEqualTo(first.toString());
      assertThat(first.isPublishable()).isEqualTo(first.errors().isEmpty());
      assertThat(first.findings()).allSatisfy(finding ->
          assertThat(finding.message()).doesNotContain("{").doesNotContain("}"));
    });
  }

  @Test
  void findingsComeErrorsFirstAndInCatalogueOrder() {
    List<Rule> catalogue = JobPostingValidator.rules();
    PropertyCheck.forAll(CASES, posting -> {
      List<Finding> findings = Fixtures.VALIDATOR.validate(posting).findings();
      for (int i = 1; i < findings.size(); i++) {
        Finding before = findings.get(i - 1);
        Finding after = findings.get(i);
        int bySeverity = before.severity().compareTo(after.severity());
        assertThat(bySeverity).isLessThanOrEqualTo(0);
        if (bySeverity == 0) {
          assertThat(catalogue.indexOf(before.rule()))
              .isLessThanOrEqualTo(catalogue.indexOf(after.rule()));
        }
      }
    });
  }
}
