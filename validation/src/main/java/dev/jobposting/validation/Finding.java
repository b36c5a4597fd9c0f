package dev.jobposting.validation;

import java.util.Objects;

/**
 * One thing a rule found in a posting: the rule, the property path it concerns (such as {@code
 * compensation.base} or {@code requirements[2].educationLevel}; empty for the posting as a whole)
 * and the message, in the validator's locale.
 *
 * @param rule the rule that found it
 * @param path the property path, empty for the whole posting
 * @param message what is wrong and what to do, interpolated
 */
public record Finding(Rule rule, String path, String message) {

  /**
   * Checks that no part is missing.
   *
   * @param rule the rule
   * @param path the path
   * @param message the message
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@return the rule's id, such as {@code PT-CO-01}} */
  public String ruleId() {
    return rule.id();
  }

  /** {@return the rule's severity} */
  public Severity severity() {
    return rule.severity();
  }

  /** {@return the law or documentation behind the rule} */
  public Source source() {
    return rule.source();
  }

  /** {@return one line: severity, rule id, path, message and source} */
  @Override
  public String toString() {
    return String.format("%-7s %-10s %s: %s [%s]", rule.severity(), rule.id(),
        path.isEmpty() ? "(posting)" : path, message, rule.source());
  }
}
