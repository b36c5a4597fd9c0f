package dev.jobposting.benefit;

import java.util.Optional;

/**
 * A kind of benefit. Includes Cloud Talent's eleven {@code JobBenefit} values (see {@link
 * #cloudTalentValue()}) and the kinds job postings commonly list beyond them.
 */
public enum BenefitCategory {
  /** Health or medical insurance. */
  HEALTH("MEDICAL"),
  /** Dental insurance. */
  DENTAL("DENTAL"),
  /** Vision insurance. */
  VISION("VISION"),
  /** Life insurance. */
  LIFE_INSURANCE("LIFE_INSURANCE"),
  /** A pension or retirement plan. */
  RETIREMENT("RETIREMENT_PLAN"),
  /** Paid holidays and vacation. */
  PAID_TIME_OFF("VACATION"),
  /** Paid sick days. */
  SICK_LEAVE("SICK_DAYS"),
  /** Parental leave. */
  PARENTAL_LEAVE("PARENTAL_LEAVE"),
  /** Child care. */
  CHILD_CARE("CHILD_CARE"),
  /** Benefits for domestic partners. */
  DOMESTIC_PARTNER("DOMESTIC_PARTNER"),
  /** Flexible working hours. */
  FLEXIBLE_HOURS("FLEXIBLE_HOURS"),
  /** Remote working. */
  REMOTE_WORK(null),
  /** A learning and development budget or programme. */
  LEARNING(null),
  /** Shares or options offered as a benefit. */
  EQUITY(null),
  /** Wellbeing and employee assistance programmes. */
  WELLBEING(null),
  /** Travel, such as company trips or travel perks. */
  TRAVEL(null),
  /** Recognition and rewards. */
  RECOGNITION(null),
  /** A regular review of pay. */
  PAY_REVIEW(null),
  /** Meals, commuting and other everyday allowances. */
  ALLOWANCES(null),
  /** Anything else; the benefit's text says what. */
  OTHER(null);

  private final String cloudTalentValue;

  BenefitCategory(String cloudTalentValue) {
    this.cloudTalentValue = cloudTalentValue;
  }

  /** {@return Cloud Talent's {@code JobBenefit} value, where it has one} */
  public Optional<String> cloudTalentValue() {
    return Optional.ofNullable(cloudTalentValue);
  }
}
