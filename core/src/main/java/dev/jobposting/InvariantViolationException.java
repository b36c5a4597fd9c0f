package dev.jobposting;

import java.util.Objects;

/**
 * Thrown when a value would break one of its invariants: the rules that hold for every value that
 * exists, such as a non-blank title or a pay minimum not above its maximum.
 *
 * <p>The message names the attribute path and the rule, for example {@code PayRange.minimum:
 * 120000.00 USD exceeds maximum 90000.00 USD}. Completeness ("ready to publish") is never an
 * invariant; see the validation module for that.
 */
public final class InvariantViolationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The attribute path, such as {@code PayRange.minimum}. */
  private final String path;

  /** What is wrong, without the path. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the attribute path, the value type's simple name first ({@code PayRange.minimum})
   * @param problem what is wrong, in words
   */
  public InvariantViolationException(String path, String problem) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"));
    this.path = path;
    this.problem = problem;
  }

  /** {@return the attribute path, such as {@code PayRange.minimum}} */
  public String path() {
    return path;
  }

  /** {@return the attribute name alone: the last segment of {@link #path()}} */
  public String attribute() {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** {@return what is wrong, without the path} */
  public String problem() {
    return problem;
  }
}
