package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Rule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Validates {@link PostingRule}: skips the rule before its effective date, otherwise runs its
 * {@link Check} on the posting. The reference day comes from the validator's clock provider.
 */
public final class PostingRuleValidator implements ConstraintValidator<PostingRule, JobPosting> {

  private Rule rule;
  private Check check;

  @Override
  public void initialize(PostingRule annotation) {
    rule = RuleBook.get().rule(annotation.rule());
    check = RuleBook.get().check(annotation.rule());
  }

  @Override
  public boolean isValid(JobPosting posting, ConstraintValidatorContext context) {
    if (posting == null) {
      return true;
    }
    LocalDate asOf = ReferenceDayClock.dayOf(context.getClockProvider().getClock());
    if (!rule.isInEffectOn(asOf)) {
      return true;
    }
    Reporter reporter = new Reporter(context, asOf);
    check.run(posting, reporter);
    return reporter.isEmpty();
  }
}
