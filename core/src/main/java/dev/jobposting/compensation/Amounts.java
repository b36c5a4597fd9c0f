package dev.jobposting.compensation;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.internal.Checks;
import java.math.BigDecimal;

/** Parses decimal texts without letting a hostile exponent or length cost time or memory. */
final class Amounts {

  private static final int MAX_TEXT_LENGTH = 64;

  private Amounts() {}

  static BigDecimal parse(String path, String text) {
    String trimmed = text.strip();
    Checks.require(trimmed.length() <= MAX_TEXT_LENGTH, path, "is longer than "
        + MAX_TEXT_LENGTH + " characters");
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new InvariantViolationException(path, "'" + text + "' is not a decimal number");
    }
  }
}
