package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobposting.JobPosting;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes validation with postings built from arbitrary input: validating never throws, gives the
 * same report twice, and leaves no message uninterpolated. In every build it runs the committed
 * seed inputs; {@code JAZZER_FUZZ=1} fuzzes for real (see the module README).
 */
class ValidationFuzzTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][\\w.]*\\}");

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
      assertThat(report.findings()).allSatisfy(f -> assertUninterpolatedNone(f.message(), posting));
    }
  }

  /**
   * A placeholder such as {@code {jurisdiction}} left in a message means interpolation failed,
   * unless the posting's own texts (which messages may quote) contain that very token.
   */
  private static void assertUninterpolatedNone(String message, JobPosting posting) {
    String texts = posting.toString();
    Matcher placeholder = PLACEHOLDER.matcher(message);
    while (placeholder.find()) {
      assertThat(texts).as("uninterpolated %s in: %s", placeholder.group(), message)
          .contains(placeholder.group());
    }
  }
}
