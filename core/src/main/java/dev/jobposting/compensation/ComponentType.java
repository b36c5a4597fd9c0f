package dev.jobposting.compensation;

/**
 * A kind of pay beyond the base pay. The names follow Cloud Talent's {@code CompensationType}
 * (BONUS, SIGNING_BONUS, EQUITY, PROFIT_SHARING, COMMISSIONS as {@link #COMMISSION}, TIPS,
 * OTHER_COMPENSATION_TYPE as {@link #OTHER}), plus overtime and allowances.
 */
public enum ComponentType {
  /** A bonus. */
  BONUS,
  /** A bonus paid on signing. */
  SIGNING_BONUS,
  /** Commission or sales incentives. */
  COMMISSION,
  /** Shares, options or other equity. */
  EQUITY,
  /** Profit sharing. */
  PROFIT_SHARING,
  /** Tips. */
  TIPS,
  /** Overtime pay. */
  OVERTIME,
  /** An allowance, such as for housing or meals. */
  ALLOWANCE,
  /** Anything else; its description says what. */
  OTHER
}
