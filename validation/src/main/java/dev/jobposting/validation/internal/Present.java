package dev.jobposting.validation.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A property must be present: an {@code Optional} must hold a value, a collection must not be
 * empty. Attached to fluent getters through the programmatic mapping.
 */
@Constraint(validatedBy = PresentValidator.class)
@Target(METHOD)
@Retention(RUNTIME)
public @interface Present {

  /** {@return the rule id, such as {@code G-01}} */
  String rule();

  /** {@return the message key} */
  String message();

  /** {@return the profile's group} */
  Class<?>[] groups() default {};

  /** {@return the severity payload} */
  Class<? extends Payload>[] payload() default {};
}
