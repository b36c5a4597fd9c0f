package dev.jobposting.benchmarks.baseline;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A class-level constraint that checks one rule spanning several fields of a posting. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldRuleValidator.class)
@Repeatable(CrossFieldRule.List.class)
public @interface CrossFieldRule {

  /** {@return the rule} */
  PostingRule value();

  /** {@return the message} */
  String message() default "{value} is broken";

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** Several rules on one class. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {

    /** {@return the rules} */
    CrossFieldRule[] value();
  }
}
