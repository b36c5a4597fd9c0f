package dev.jobposting.requirement;

/** Whether a requirement must be met or is only preferred. */
public enum Necessity {
  /** Must be met. */
  REQUIRED,
  /** A plus, not a condition. */
  PREFERRED
}
