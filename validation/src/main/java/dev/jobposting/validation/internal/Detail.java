package dev.jobposting.validation.internal;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * What a rule reported with one finding, carried as Hibernate Validator's dynamic payload: the
 * rule, since one constraint runs several rules; the property path as the rule wrote it, so that
 * reports need not render the violation's path nodes back to text; and the message parameters, so
 * that {@code @ValidJobPosting} can hand them to the application's own interpolator.
 *
 * @param rule the id of the rule that reported the finding
 * @param path the property path, such as {@code requirements[2].text}; empty for the posting
 * @param parameters parameter names and their values
 */
public record Detail(String rule, String path, Map<String, Object> parameters) {

  /**
   * Copies the parameters.
   *
   * @param rule the rule id
   * @param path the property path
   * @param parameters the parameters
   */
  public Detail {
    parameters = Map.copyOf(parameters);
  }

  /**
   * Finds what a violation reports: the detail its rule attached, or, for a presence constraint,
   * which attaches none, its rule and its path nodes in words.
   *
   * @param violation a violation of this module's constraints
   * @return the detail
   */
  public static Detail of(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Detail detail = hibernate.getDynamicPayload(Detail.class);
    return detail != null ? detail : new Detail(
        (String) violation.getConstraintDescriptor().getAttributes().get("rule"),
        violation.getPropertyPath().toString(), Map.of());
  }
}
