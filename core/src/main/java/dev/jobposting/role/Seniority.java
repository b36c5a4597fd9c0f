package dev.jobposting.role;

/**
 * The level of the role. The first five are Cloud Talent's {@code JobLevel} values; HR Open's
 * career levels map as Student and Entry Level and Recent Graduate to {@link #ENTRY}, Mid-Career
 * and Experienced Non-Manager to {@link #EXPERIENCED}, Manager to {@link #MANAGER} and Senior
 * Executive to {@link #EXECUTIVE}.
 */
public enum Seniority {
  /** Entry level, less than about two years of experience. */
  ENTRY,
  /** Experienced individual contributor. */
  EXPERIENCED,
  /** Manages people. */
  MANAGER,
  /** Directs managers or a function. */
  DIRECTOR,
  /** Executive. */
  EXECUTIVE
}
