package dev.jobposting.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Validates a {@code JobPosting} field, parameter or return value against profiles, inside an
 * application's own Bean Validation. Each finding becomes an ordinary constraint violation whose
 * path continues into the posting, such as {@code posting.compensation.base}.
 *
 * <p>Hibernate Validator finds the validator through {@code ServiceLoader}; a plain {@code
 * Validation.buildDefaultValidatorFactory()} needs no configuration. The reference day is today by
 * the factory's {@code ClockProvider}.
 *
 * <pre>{@code
 * record PublishRequest(@ValidJobPosting(profiles = {Profile.PUBLISHABLE, Profile.PAY_TRANSPARENCY})
 *                       JobPosting posting) {}
 *
 * Set<ConstraintViolation<PublishRequest>> violations = validator.validate(request);
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidJobPosting {

  /** {@return the message used when no finding has its own; findings always do} */
  String message() default "{dev.jobposting.validation.ValidJobPosting.message}";

  /** {@return the application's validation groups this constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return the profiles to run} */
  Profile[] profiles() default {Profile.PUBLISHABLE};

  /** {@return whether warnings become violations too; by default only errors do} */
  boolean includeWarnings() default false;
}
