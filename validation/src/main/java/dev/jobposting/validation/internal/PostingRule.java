package dev.jobposting.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of one profile and severity that look at a whole {@code JobPosting}: cross-field
 * rules, coverage tests and effective dates. Attached to the posting type through the programmatic
 * mapping, never written in code.
 *
 * <p>One constraint runs all the rules of a profile and severity, not one constraint per rule:
 * Hibernate Validator's work for each constraint it evaluates (its context, the initialized
 * validator's lookup, the path and group bookkeeping) cost more than most rules' own checks. Each
 * finding names its rule in its {@link Detail}.
 */
@Constraint(validatedBy = PostingRuleValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PostingRule {

  /** {@return the rule ids, such as {@code PT-CO-01}, in catalogue order} */
  String[] rules();

  /** {@return the message key, used only when a check reports without one} */
  String message() default "{jobposting.rule}";

  /** {@return the profile's group} */
  Class<?>[] groups() default {};

  /** {@return the severity payload} */
  Class<? extends Payload>[] payload() default {};
}
