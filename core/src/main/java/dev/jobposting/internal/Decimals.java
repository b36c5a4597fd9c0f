package dev.jobposting.internal;

import java.math.BigDecimal;

/**
 * Brings decimals that are not money to one form, so that {@code 40} and {@code 40.0} hours are
 * the same value, and bounds their fraction digits so that no hostile exponent reaches a writer.
 */
public final class Decimals {

  private Decimals() {}

  /**
   * Strips trailing zeros, keeping at least scale 0, and rejects more fraction digits than allowed.
   * Call it only after the value's magnitude has been bounded.
   *
   * @param path {@code Type.attribute}
   * @param value the decimal
   * @param maxFractionDigits the most digits after the point
   * @return the value in its shortest plain form
   */
  public static BigDecimal normalize(String path, BigDecimal value, int maxFractionDigits) {
    BigDecimal stripped = value.stripTrailingZeros();
    Checks.require(stripped.scale() <= maxFractionDigits, path,
        () -> value + " has more than " + maxFractionDigits + " fraction digits");
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
