package dev.jobposting.compensation;

import dev.jobposting.InvariantViolationException;
import java.util.Currency;
import java.util.Locale;

/** Looks up ISO 4217 codes with an error that names the attribute. */
final class Currencies {

  private Currencies() {}

  static Currency of(String path, String code) {
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvariantViolationException(path, "'" + code + "' is not an ISO 4217 currency code");
    }
  }
}
