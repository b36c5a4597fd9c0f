package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.internal.RuleBook.CheckedRule;
import dev.jobposting.validation.internal.RuleFinding.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects what the {@link Check}s of the rules find in one posting, on one reference day. */
public final class Reporter {

  private final LocalDate asOf;
  private final List<RuleFinding> findings = new ArrayList<>();
  private CheckedRule rule;

  Reporter(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Runs a rule's checks, reporting their findings as the rule's.
   *
   * @param rule the rule and its checks
   * @param posting the posting
   */
  void run(CheckedRule rule, JobPosting posting) {
    this.rule = rule;
    for (Check check : rule.checks()) {
      check.run(posting, this);
    }
  }

  /** {@return the reference day: what "today" means for expiry and effective dates} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Reports a finding of the rule that is running.
   *
   * @param path the property path, such as {@code compensation.base} or {@code
   *     requirements[2].text}; empty for the posting itself
   * @param key the message key without the {@link Messages#KEY_PREFIX}
   * @param parameters message parameters as name, value, name, value...; values are written with
   *     {@code String.valueOf}
   */
  public void add(String path, String key, Object... parameters) {
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name-value pairs: " + key);
    }
    Parameter[] pairs = new Parameter[parameters.length / 2];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = new Parameter((String) parameters[2 * i], String.valueOf(parameters[2 * i + 1]));
    }
    findings.add(new RuleFinding(rule, path, key, List.of(pairs)));
  }

  /** {@return what the checks found, in the order they reported it} */
  List<RuleFinding> findings() {
    return findings;
  }
}
