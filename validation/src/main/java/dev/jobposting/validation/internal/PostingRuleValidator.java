package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Rule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Validates {@link PostingRule}: runs the {@link Check} of each of its rules that is in effect on
 * the reference day, which comes from the validator's clock provider.
 */
public final class PostingRuleValidator implements ConstraintValidator<PostingRule, JobPosting> {

  private Rule[] rules;
  private Check[] checks;

  @Override
  public void initialize(PostingRule annotation) {
    String[] ids = annotation.rules();
    rules = new Rule[ids.length];
    checks = new Check[ids.length];
    for (int i = 0; i < ids.length; i++) {
      rules[i] = RuleBook.get().rule(ids[i]);
      checks[i] = RuleBook.get().check(ids[i]);
    }
  }

  @Override
  public boolean isValid(JobPosting posting, ConstraintValidatorContext context) {
    if (posting == null) {
      return true;
    }
    LocalDate asOf = ReferenceDayClock.dayOf(context.getClockProvider().getClock());
    Reporter reporter = new Reporter(context, asOf);
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].isInEffectOn(asOf)) {
        reporter.run(rules[i], checks[i], posting);
      }
    }
    return reporter.isEmpty();
  }
}
