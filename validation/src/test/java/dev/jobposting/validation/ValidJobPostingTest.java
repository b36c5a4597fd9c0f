package dev.jobposting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.organization.Employer;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidJobPosting} in an application's own validator, without Expression Language (so the
 * application picks {@link ParameterMessageInterpolator}); the validator comes from {@code
 * ServiceLoader}.
 */
class ValidJobPostingTest {

  static final class Draft {
    @ValidJobPosting
    final JobPosting posting;

    Draft(JobPosting posting) {
      this.posting = posting;
    }
  }

  static final class Publication {
    @ValidJobPosting(profiles = {Profile.PUBLISHABLE, Profile.PAY_TRANSPARENCY},
        includeWarnings = true)
    final JobPosting posting;

    Publication(JobPosting posting) {
      this.posting = posting;
    }
  }

  static final class Review {
    @ValidJobPosting(profiles = {Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED,
        Profile.GOOGLE_RECOMMENDED, Profile.PAY_TRANSPARENCY}, includeWarnings = true)
    final JobPosting posting;

    Review(JobPosting posting) {
      this.posting = posting;
    }
  }

  private static ValidatorFactory factory;

  @BeforeAll
  static void buildFactory() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH),
            Locale.ENGLISH, ctx -> Locale.ENGLISH, false))
        .clockProvider(() -> Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC))
        .buildValidatorFactory();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  private static <T> Set<String> pathsAndMessages(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toSet());
  }

  @Test
  void errorsOfTheDefaultProfileBecomeViolationsWithPaths() {
    Validator validator = factory.getValidator();
    assertThat(pathsAndMessages(validator.validate(new Draft(SamplePostings.reference()))))
        .containsExactlyInAnyOrder(
            "posting.employment: at least one employment type is required",
            "posting.datePosted: the posting date is required");
    assertThat(validator.validate(new Draft(Fixtures.compliant()))).isEmpty();
    assertThat(validator.validate(new Draft(null))).isEmpty();
  }

  @Test
  void chosenProfilesRunAndWarningsCanBeIncluded() {
    Set<String> found = pathsAndMessages(
        factory.getValidator().validate(new Publication(SamplePostings.reference())));
    assertThat(found)
        .contains("posting.compensation.base: Colorado requires the pay with a minimum and a"
            + " maximum in the posting")
        .contains("posting.employer.headcount: the employer's total headcount is unknown;"
            + " California applies from 15 employees, so the posting is treated as covered")
        .contains("posting.compensation.base: Slovakia requires the pay in the posting or before"
            + " the interview; give the range or declare payDisclosedBeforeInterview");
  }

  /**
   * Reports write their messages themselves, and the application's interpolator writes these: the
   * same paths and messages for every profile, over generated postings and over values that
   * interpolation could read as syntax.
   */
  @Test
  void reportsTheSamePathsAndMessagesAsTheLibrarysOwnValidator() {
    PropertyCheck.forAll(300, ValidJobPostingTest::assertReportedAsByTheLibrary);
    String name = "Acme {title} ${1+1} \\{x\\} C:\\\\dir }";
    assertReportedAsByTheLibrary(SamplePostings.reference()
        .withTitle(name + " backend engineer!")
        .withEmployer(Employer.builder().name(name).build()));
  }

  private static void assertReportedAsByTheLibrary(JobPosting posting) {
    JobPostingValidator library = JobPostingValidator.create()
        .asOf(LocalDate.of(2026, 11, 27)).withLocale(Locale.ENGLISH);
    Set<String> expected = library.validate(posting).findings().stream()
        .map(f -> (f.path().isEmpty() ? "posting" : "posting." + f.path()) + ": " + f.message())
        .collect(Collectors.toSet());
    assertThat(pathsAndMessages(factory.getValidator().validate(new Review(posting))))
        .isEqualTo(expected);
  }

  @Test
  void theReferenceDayComesFromTheFactorysClock() {
    Validator before = factory.usingContext()
        .clockProvider(() -> Clock.fixed(Instant.parse("2019-06-01T00:00:00Z"), ZoneOffset.UTC))
        .getValidator();
    Set<String> found = pathsAndMessages(before.validate(new Publication(
        SamplePostings.reference().withDatePosted(java.time.LocalDate.of(2019, 5, 1))
            .withEmployment(Fixtures.compliant().employment().orElseThrow()))));
    assertThat(found).isEmpty();
  }
}
