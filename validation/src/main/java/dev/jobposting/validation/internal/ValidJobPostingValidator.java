package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.ValidJobPosting;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ValidJobPosting}: runs the chosen profiles and re-reports each finding in the
 * application's validation, with the message key and parameters so that the application's own
 * interpolator and locale apply.
 */
public final class ValidJobPostingValidator
    implements ConstraintValidator<ValidJobPosting, JobPosting> {

  private Class<?>[] groups;
  private boolean includeWarnings;

  @Override
  public void initialize(ValidJobPosting annotation) {
    groups = Arrays.stream(annotation.profiles()).map(Profile::group).toArray(Class<?>[]::new);
    includeWarnings = annotation.includeWarnings();
  }

  @Override
  public boolean isValid(JobPosting posting, ConstraintValidatorContext context) {
    if (posting == null) {
      return true;
    }
    LocalDate asOf = LocalDate.now(context.getClockProvider().getClock());
    List<Reported> findings = Engine.get().validate(posting, asOf, Locale.ROOT, groups).stream()
        .filter(v -> includeWarnings
            || Severity.of(v.getConstraintDescriptor().getPayload()) == Severity.ERROR)
        .map(v -> new Reported(v, Detail.of(v)))
        .sorted(Comparator.comparing((Reported r) -> r.detail().path())
            .thenComparing(r -> r.violation().getMessage()))
        .collect(Collectors.toList());
    if (findings.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Reported finding : findings) {
      for (Map.Entry<String, Object> parameter : finding.detail().parameters().entrySet()) {
        hibernate.addMessageParameter(parameter.getKey(), parameter.getValue());
      }
      Reporter.addPath(context.buildConstraintViolationWithTemplate(
          finding.violation().getMessageTemplate()), finding.detail().path());
    }
    return false;
  }

  /** A violation of the engine with its detail, read once. */
  private record Reported(ConstraintViolation<JobPosting> violation, Detail detail) {}
}
