package dev.jobposting.compensation;

import java.util.Optional;

/**
 * The period a pay amount is for. Maps onto Google's {@code unitText} (HOUR, DAY, WEEK, MONTH,
 * YEAR) and Cloud Talent's {@code CompensationUnit}; a one-time amount has no Google value.
 */
public enum PayPeriod {
  /** Per hour. */
  HOUR("HOUR"),
  /** Per day. */
  DAY("DAY"),
  /** Per week. */
  WEEK("WEEK"),
  /** Per month. */
  MONTH("MONTH"),
  /** Per year. */
  YEAR("YEAR"),
  /** Once, such as a signing bonus. */
  ONE_TIME(null);

  private final String googleUnitText;

  PayPeriod(String googleUnitText) {
    this.googleUnitText = googleUnitText;
  }

  /** {@return Google's {@code unitText} value; empty for {@link #ONE_TIME}} */
  public Optional<String> googleUnitText() {
    return Optional.ofNullable(googleUnitText);
  }
}
