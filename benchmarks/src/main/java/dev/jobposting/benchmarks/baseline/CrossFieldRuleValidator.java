package dev.jobposting.benchmarks.baseline;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link CrossFieldRule} by its rule's predicate. */
public class CrossFieldRuleValidator implements ConstraintValidator<CrossFieldRule, PojoPosting> {

  private PostingRule rule;

  @Override
  public void initialize(CrossFieldRule annotation) {
    rule = annotation.value();
  }

  @Override
  public boolean isValid(PojoPosting posting, ConstraintValidatorContext context) {
    return posting == null || rule.test(posting);
  }
}
