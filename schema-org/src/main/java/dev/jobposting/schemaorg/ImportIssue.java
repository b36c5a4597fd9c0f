package dev.jobposting.schemaorg;

import java.util.Objects;

/**
 * One thing the importer normalised, guessed or dropped, with where it was in the input.
 *
 * <p>The path starts at the input's root: {@code $[0].@graph[1].baseSalary.value.unitText}. For
 * an HTML page it is prefixed by the script element, as in {@code script[2]$.title}.
 *
 * @param path where the value was
 * @param kind what was done
 * @param message what was found and what became of it
 */
public record ImportIssue(String path, IssueKind kind, String message) {

  /**
   * Checks the parts.
   *
   * @param path where the value was
   * @param kind what was done
   * @param message what was found and what became of it
   */
  public ImportIssue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** {@return {@code PATH KIND: message}} */
  @Override
  public String toString() {
    return path + " " + kind + ": " + message;
  }
}
