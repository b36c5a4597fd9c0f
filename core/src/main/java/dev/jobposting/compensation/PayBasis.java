package dev.jobposting.compensation;

/**
 * How the pay is earned. Some laws ask for a different statement by basis, such as New York's for
 * commission-only pay and Vermont's for tipped work.
 */
public enum PayBasis {
  /** A salary. */
  SALARIED,
  /** An hourly wage. */
  HOURLY,
  /** Salary plus commission. */
  SALARIED_PLUS_COMMISSION,
  /** Commission only. */
  COMMISSION_ONLY,
  /** A wage plus tips. */
  TIPPED,
  /** Per piece or task. */
  PIECE_RATE,
  /** Another basis, described in the compensation notes. */
  OTHER
}
