package dev.jobposting.validation;

/** How serious a finding is. Only {@link #ERROR} stops a posting from being publishable. */
public enum Severity {
  /** The posting breaks a requirement; it must not be published as it is. */
  ERROR,
  /** The posting works but misses a recommendation, or a rule had to assume something. */
  WARNING
}
