package dev.jobposting.validation.internal;

/**
 * Something a pay-transparency law asks a posting to contain. The number is the suffix of the
 * rule id, the same in every jurisdiction: {@code PT-CO-02} and {@code PT-WA-02} both ask for
 * benefits. Suffix {@code 00} is the warning that coverage was assumed; a {@code W} after the
 * number marks a warning that the duty could not be checked.
 */
enum Duty {
  /** Pay with a minimum and a maximum. */
  PAY_RANGE(1),
  /** A general description of benefits. */
  BENEFITS(2),
  /** A description of other compensation. */
  OTHER_COMPENSATION(3),
  /** The application deadline, or that applications are rolling. */
  DEADLINE(4),
  /** How to apply. */
  HOW_TO_APPLY(5),
  /** The job description. */
  JOB_DESCRIPTION(6),
  /** A range no wider than the law allows. */
  RANGE_WIDTH(7),
  /** A declaration about AI in screening. */
  AI_DECLARATION(8),
  /** A declaration about an existing vacancy. */
  VACANCY_DECLARATION(9),
  /** No requirement of Canadian experience. */
  NO_CANADIAN_EXPERIENCE(10),
  /** That a tipped job is tipped; its base pay is then the wage excluding tips. */
  TIPPED_DISCLOSURE(11);

  private final int number;

  Duty(int number) {
    this.number = number;
  }

  String ruleId(Jurisdiction jurisdiction) {
    return String.format("PT-%s-%02d", jurisdiction.code(), number);
  }
}
