package dev.jobposting.validation.internal;

import java.util.Map;

/**
 * What a rule reported with one finding, carried as Hibernate Validator's dynamic payload: the
 * property path as the rule wrote it, so that reports need not render the violation's path nodes
 * back to text, and the message parameters, so that {@code @ValidJobPosting} can hand them to the
 * application's own interpolator.
 *
 * @param path the property path, such as {@code requirements[2].text}; empty for the posting
 * @param parameters parameter names and their values
 */
public record Detail(String path, Map<String, Object> parameters) {

  /**
   * Copies the parameters.
   *
   * @param path the property path
   * @param parameters the parameters
   */
  public Detail {
    parameters = Map.copyOf(parameters);
  }
}
