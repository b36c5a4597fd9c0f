package dev.jobposting.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A rule that looks at a whole {@code JobPosting}: cross-field rules, coverage tests and
 * effective dates. Attached to the posting type through the programmatic mapping, never written in
 * code.
 */
@Constraint(validatedBy = PostingRuleValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PostingRule {

  /** {@return the rule id, such as {@code PT-CO-01}} */
  String rule();

  /** {@return the message key, used only when a check reports without one} */
  String message() default "{jobposting.rule}";

  /** {@return the profile's group} */
  Class<?>[] groups() default {};

  /** {@return the severity payload} */
  Class<? extends Payload>[] payload() default {};
}
