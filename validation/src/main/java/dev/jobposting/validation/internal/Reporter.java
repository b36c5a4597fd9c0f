package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Rule;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Turns what the {@link Check}s of one constraint find into constraint violations with property
 * paths, message keys and message parameters. The rule, the path and the parameters also travel as
 * the violation's dynamic payload, a {@link Detail}.
 */
public final class Reporter {

  /** Prefix of every message key of this module. */
  public static final String KEY_PREFIX = "jobposting.";

  /** No index follows a property. */
  private static final int NO_INDEX = -1;

  /** Message templates by key: {@code {jobposting.<key>}}. */
  private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

  private final ConstraintValidatorContext context;
  private final LocalDate asOf;
  private String rule = "";
  private int reported;
  /** Which rule reported each key at each path; kept only while assertions are enabled. */
  private Map<String, String> reporters;

  Reporter(ConstraintValidatorContext context, LocalDate asOf) {
    this.context = context;
    this.asOf = asOf;
  }

  /**
   * Runs a rule's check, reporting its findings as the rule's.
   *
   * @param rule the rule
   * @param check its check
   * @param posting the posting
   */
  void run(Rule rule, Check check, JobPosting posting) {
    this.rule = rule.id();
    check.run(posting, this);
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
    assert isFirstReport(path, key);
    if (reported++ == 0) {
      context.disableDefaultConstraintViolation();
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    @SuppressWarnings("unchecked")
    Map.Entry<String, Object>[] values = new Map.Entry[parameters.length / 2];
    for (int i = 0; i < parameters.length; i += 2) {
      String name = (String) parameters[i];
      String value = String.valueOf(parameters[i + 1]);
      values[i / 2] = Map.entry(name, value);
      hibernate.addMessageParameter(name, escaped(value), MessageParameterEscaping.NONE);
    }
    hibernate.withDynamicPayload(new Detail(rule, path, Map.ofEntries(values)));
    addPath(context.buildConstraintViolationWithTemplate(template(key)), path);
  }

  /**
   * {@return the message template of a key, built once per key}
   *
   * @param key the message key without the {@link #KEY_PREFIX}
   */
  static String template(String key) {
    return TEMPLATES.computeIfAbsent(key, k -> "{" + KEY_PREFIX + k + "}");
  }

  /**
   * {@return a parameter value escaped as Hibernate Validator escapes message parameters} A
   * backslash goes before each backslash, <code>{</code>, <code>}</code> and {@code $}, so that
   * interpolation shows the value as it is. Hibernate Validator does this with a regular expression
   * per parameter, a tenth of the time of a validation with every pay-transparency profile; most
   * values need no escaping, and a scan finds that out.
   *
   * @param value the parameter value
   */
  static String escaped(String value) {
    int i = 0;
    while (i < value.length() && !isInterpolationSyntax(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 4).append(value, 0, i);
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isInterpolationSyntax(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isInterpolationSyntax(char c) {
    return c == '\\' || c == '{' || c == '}' || c == '$';
  }

  /**
   * Checks, when assertions are enabled (as in every test run), that no other rule of this
   * constraint reported the same key at the same path: Hibernate Validator merges the equal
   * violations of one constraint, and the findings of two rules would become one. Today each key
   * belongs to one rule within a profile and severity (the shared pay-transparency keys name
   * their jurisdiction, which is a profile of its own); a new rule must keep it so. Message
   * parameters also stay on the constraint's context once added, so a template must name only the
   * parameters its own report passes.
   */
  private boolean isFirstReport(String path, String key) {
    if (reporters == null) {
      reporters = new HashMap<>();
    }
    String other = reporters.putIfAbsent(key + " at " + path, rule);
    if (other != null && !other.equals(rule)) {
      throw new IllegalStateException("rules " + other + " and " + rule + " both report "
          + key + " at '" + path + "'; give one of them a key of its own");
    }
    return true;
  }

  /** {@return whether nothing was reported} */
  boolean isEmpty() {
    return reported == 0;
  }

  /**
   * Adds the nodes of a path, such as {@code requirements[2].text}, to a violation and adds it.
   * Parsed by hand: a pattern and a split per finding showed in the profile of validation.
   */
  static void addPath(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    Object node = builder;
    int pendingIndex = NO_INDEX;
    int from = 0;
    int length = lengthWithoutTrailingDots(path);
    while (from < length) {
      int end = path.indexOf('.', from);
      end = end < 0 || end > length ? length : end;
      int name = from;
      while (name < end && isAsciiLetter(path.charAt(name))) {
        name++;
      }
      int index = name == end ? NO_INDEX : index(path, name, end);
      if (name == from || name < end && index == NO_INDEX) {
        throw new IllegalArgumentException("malformed path segment '"
            + path.substring(from, end) + "' in " + path);
      }
      NodeBuilderCustomizableContext property = property(node, path.substring(from, name));
      node = pendingIndex == NO_INDEX ? property : property.inIterable().atIndex(pendingIndex);
      pendingIndex = index;
      from = end + 1;
    }
    if (pendingIndex != NO_INDEX) {
      throw new IllegalArgumentException("a path must end in a property, not an index: " + path);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  /** Trailing dots end no segment, as with {@code String.split}. */
  private static int lengthWithoutTrailingDots(String path) {
    int length = path.length();
    while (length > 0 && path.charAt(length - 1) == '.') {
      length--;
    }
    return length;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** {@return the index in {@code [digits]} from {@code open} to {@code end}, else NO_INDEX} */
  private static int index(String path, int open, int end) {
    if (end - open < 3 || path.charAt(open) != '[' || path.charAt(end - 1) != ']') {
      return NO_INDEX;
    }
    for (int i = open + 1; i < end - 1; i++) {
      if (path.charAt(i) < '0' || path.charAt(i) > '9') {
        return NO_INDEX;
      }
    }
    return Integer.parseInt(path, open + 1, end - 1, 10);
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
