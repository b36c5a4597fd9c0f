package dev.jobposting.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns what a {@link Check} finds into constraint violations with property paths, message keys
 * and message parameters. The parameters also travel as the violation's dynamic payload, so that
 * {@code @ValidJobPosting} can hand them to the application's own interpolator.
 */
public final class Reporter {

  /** Prefix of every message key of this module. */
  public static final String KEY_PREFIX = "jobposting.";

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private final ConstraintValidatorContext context;
  private final LocalDate asOf;
  private int reported;

  Reporter(ConstraintValidatorContext context, LocalDate asOf) {
    this.context = context;
    this.asOf = asOf;
  }

  /** {@return the reference day: what "today" means for expiry and effective dates} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Reports a finding.
   *
   * @param path the property path, such as {@code compensation.base} or {@code
   *     requirements[2].text}; empty for the posting itself
   * @param key the message key without the {@link #KEY_PREFIX}
   * @param parameters message parameters as name, value, name, value...
   */
  public void add(String path, String key, Object... parameters) {
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name-value pairs: " + key);
    }
    if (reported++ == 0) {
      context.disableDefaultConstraintViolation();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (int i = 0; i < parameters.length; i += 2) {
      values.put((String) parameters[i], String.valueOf(parameters[i + 1]));
      hibernate.addMessageParameter((String) parameters[i], String.valueOf(parameters[i + 1]));
    }
    hibernate.withDynamicPayload(new MessageParameters(values));
    addPath(context.buildConstraintViolationWithTemplate("{" + KEY_PREFIX + key + "}"), path);
  }

  /** {@return whether nothing was reported} */
  boolean isEmpty() {
    return reported == 0;
  }

  static void addPath(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    Object node = builder;
    Integer pendingIndex = null;
    for (String segment : path.split("\\.")) {
      Matcher matcher = SEGMENT.matcher(segment);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("malformed path segment '" + segment + "' in " + path);
      }
      NodeBuilderCustomizableContext property = property(node, matcher.group(1));
      node = pendingIndex == null ? property : property.inIterable().atIndex(pendingIndex);
      pendingIndex = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
    }
    if (pendingIndex != null) {
      throw new IllegalArgumentException("a path must end in a property, not an index: " + path);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext property(Object node, String name) {
    if (node instanceof ConstraintViolationBuilder) {
      return ((ConstraintViolationBuilder) node).addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }
}
