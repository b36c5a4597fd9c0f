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
   * Finds the detail a rule attached to a violation.
   *
   * @param violation a violation of this module's constraints
   * @return the detail, or null for the presence constraints, which attach none
   */
  public static Detail of(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(Detail.class);
  }

  /**
   * Tells which rule found a violation: the one its detail names, else the presence constraint's.
   *
   * @param violation a violation of this module's constraints
   * @return the rule id, such as {@code PT-CO-01}
   */
  public static String ruleOf(ConstraintViolation<?> violation) {
    Detail detail = of(violation);
    return detail != null ? detail.rule()
        : (String) violation.getConstraintDescriptor().getAttributes().get("rule");
  }

  /**
   * Tells the path of a violation: as its rule wrote it, else its path nodes in words.
   *
   * @param violation a violation of this module's constraints
   * @return the path, such as {@code requirements[2].text}; empty for the posting
   */
  public static String pathOf(ConstraintViolation<?> violation) {
    Detail detail = of(violation);
    return detail != null ? detail.path() : violation.getPropertyPath().toString();
  }
}
