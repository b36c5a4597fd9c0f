package dev.jobposting.validation.internal;

import java.util.Map;

/**
 * The message parameters of one finding, carried as Hibernate Validator's dynamic payload.
 *
 * @param values parameter names and their values, in the order given
 */
public record MessageParameters(Map<String, Object> values) {

  /**
   * Copies the values.
   *
   * @param values the parameters
   */
  public MessageParameters {
    values = Map.copyOf(values);
  }
}
