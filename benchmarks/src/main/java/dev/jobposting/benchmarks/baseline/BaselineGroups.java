package dev.jobposting.benchmarks.baseline;

/** The baseline's validation groups, one per profile it mirrors. */
public final class BaselineGroups {

  private BaselineGroups() {}

  /** The rules of {@code Profile.PUBLISHABLE}. */
  public interface Publishable {}

  /** The rules of {@code Profile.GOOGLE_REQUIRED}. */
  public interface GoogleRequired {}
}
