package dev.jobposting.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Optional;

/**
 * Validates {@link Present}: an {@code Optional} or a collection. The optional itself is checked,
 * not unwrapped by Hibernate Validator: extracting its value for every getter showed in profiles.
 */
public final class PresentValidator implements ConstraintValidator<Present, Object> {

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent();
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    return value != null;
  }
}
