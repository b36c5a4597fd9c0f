package dev.jobposting.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Validates {@link Present}: an unwrapped optional value, or a collection. */
public final class PresentValidator implements ConstraintValidator<Present, Object> {

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    return value != null;
  }
}
