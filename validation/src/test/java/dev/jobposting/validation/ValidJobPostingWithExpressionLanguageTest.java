package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidJobPosting} in a plain {@code Validation.buildDefaultValidatorFactory()}, as an
 * application with an Expression Language implementation has it: no configuration at all. This
 * class runs in its own Surefire execution, the only one with EL on the class path.
 */
class ValidJobPostingWithExpressionLanguageTest {

  /** An application service whose parameter is validated. */
  public static class PublishingService {
    /**
     * Publishes a posting.
     *
     * @param posting the posting
     */
    public void publish(@ValidJobPosting(profiles = Profile.PAY_US_CO) JobPosting posting) {
      throw new UnsupportedOperationException("only its parameter is validated");
    }
  }

  static final class Draft {
    @ValidJobPosting
    final JobPosting posting;

    Draft(JobPosting posting) {
      this.posting = posting;
    }
  }

  private static ValidatorFactory factory;
  private static Locale previous;

  @BeforeAll
  static void buildFactory() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
    Locale.setDefault(previous);
  }

  @Test
  void fieldsAreValidatedWithNoConfiguration() {
    Set<String> found = factory.getValidator().validate(new Draft(SamplePostings.reference()))
        .stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toSet());
    assertThat(found).containsExactlyInAnyOrder(
        "posting.employment: at least one employment type is required",
        "posting.datePosted: the posting date is required");
  }

  @Test
  void parametersAreValidatedWithMessageParameters() throws NoSuchMethodException {
    Method publish = PublishingService.class.getMethod("publish", JobPosting.class);
    Set<ConstraintViolation<PublishingService>> violations = factory.getValidator()
        .forExecutables().validateParameters(new PublishingService(), publish,
            new Object[] {SamplePostings.reference()});
    assertThat(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()))
        .containsExactlyInAnyOrder(
            "publish.posting.compensation.base: Colorado requires the pay with a minimum and a"
                + " maximum in the posting",
            "publish.posting.application.deadline: Colorado requires the application deadline,"
                + " or a statement that applications are rolling");
  }
}
