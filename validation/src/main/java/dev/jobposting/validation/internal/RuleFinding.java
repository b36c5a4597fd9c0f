package dev.jobposting.validation.internal;

import dev.jobposting.validation.internal.RuleBook.CheckedRule;
import java.util.List;

/**
 * A finding as a check reports it, before its message is written: the rule, the property path,
 * the message key and the message parameters. Reports write the message in their locale;
 * {@code @ValidJobPosting} hands the key and parameters to the application's interpolator.
 *
 * @param rule the rule that found it, with its place in the catalogue
 * @param path the property path, such as {@code requirements[2].text}; empty for the posting
 * @param key the message key without {@link Messages#KEY_PREFIX}, such as {@code P-03.remote}
 * @param parameters the message parameters, in the order the check gave them
 */
public record RuleFinding(CheckedRule rule, String path, String key, List<Parameter> parameters) {

  /**
   * A message parameter.
   *
   * @param name the name, as in <code>{name}</code> in a message
   * @param value the value as text
   */
  public record Parameter(String name, String value) {}
}
