package dev.jobposting.requirement;

/** A level of the Common European Framework of Reference for Languages (CEFR). */
public enum LanguageLevel {
  /** Beginner. */
  A1,
  /** Elementary. */
  A2,
  /** Intermediate. */
  B1,
  /** Upper intermediate. */
  B2,
  /** Advanced. */
  C1,
  /** Proficient. */
  C2
}
