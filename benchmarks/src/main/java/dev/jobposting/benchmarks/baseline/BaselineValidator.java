package dev.jobposting.benchmarks.baseline;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Plain Hibernate Validator, configured as a team would for {@link PojoPosting}. */
public final class BaselineValidator {

  private BaselineValidator() {}

  /**
   * Builds a validator whose "today" is a fixed day, as the library's {@code asOf(day)}.
   *
   * @param day the reference day
   * @return the validator
   */
  public static Validator create(LocalDate day) {
    Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> clock)
        .buildValidatorFactory()
        .getValidator();
  }
}
