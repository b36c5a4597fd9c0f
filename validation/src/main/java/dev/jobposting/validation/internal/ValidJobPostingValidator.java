package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.ValidJobPosting;
import dev.jobposting.validation.internal.RuleFinding.Parameter;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ValidJobPosting}: runs the chosen profiles and reports each finding in the
 * application's validation, with the message key and parameters so that the application's own
 * interpolator and locale apply.
 */
public final class ValidJobPostingValidator
    implements ConstraintValidator<ValidJobPosting, JobPosting> {

  private Set<Profile> profiles;
  private boolean includeWarnings;

  @Override
  public void initialize(ValidJobPosting annotation) {
    profiles = EnumSet.noneOf(Profile.class);
    profiles.addAll(Arrays.asList(annotation.profiles()));
    includeWarnings = annotation.includeWarnings();
  }

  @Override
  public boolean isValid(JobPosting posting, ConstraintValidatorContext context) {
    if (posting == null) {
      return true;
    }
    LocalDate asOf = LocalDate.now(context.getClockProvider().getClock());
    List<RuleFinding> findings = Engine.run(posting, asOf, profiles);
    boolean valid = true;
    for (RuleFinding finding : findings) {
      if (includeWarnings || finding.rule().rule().severity() == Severity.ERROR) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        report(finding, context);
      }
    }
    return valid;
  }

  /**
   * Reports a finding. Message parameters stay on the context once added, so a message may only
   * name parameters that its own finding gives; each of this module's messages does.
   */
  private static void report(RuleFinding finding, ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Parameter parameter : finding.parameters()) {
      hibernate.addMessageParameter(parameter.name(), parameter.value());
    }
    ViolationPaths.add(
        context.buildConstraintViolationWithTemplate(Messages.template(finding.key())),
        finding.path());
  }
}
