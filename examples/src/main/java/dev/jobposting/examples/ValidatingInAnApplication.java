package dev.jobposting.examples;

import dev.jobposting.JobPosting;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.ValidJobPosting;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.Comparator;

/**
 * An application's own object with a {@code JobPosting} field, checked by the application's plain
 * Bean Validation: the findings arrive as ordinary constraint violations with paths.
 */
public final class ValidatingInAnApplication {

  /**
   * What the application receives when a recruiter presses "publish".
   *
   * @param recruiter who asks
   * @param posting what to publish, checked against the chosen profiles
   */
  public record PublishRequest(
      String recruiter,
      @ValidJobPosting(profiles = {Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED})
      JobPosting posting) {}

  private ValidatingInAnApplication() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      PublishRequest request = new PublishRequest("sam", SamplePostings.reference());
      validator.validate(request).stream()
          .sorted(Comparator.comparing((ConstraintViolation<PublishRequest> v) ->
              v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage))
          .forEach(v -> out.println(v.getPropertyPath() + ": " + v.getMessage()));
    }
  }
}
