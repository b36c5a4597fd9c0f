package dev.jobposting.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Turns a finding's path, such as {@code requirements[2].text}, into the property nodes of a
 * Bean Validation violation, for {@code @ValidJobPosting}.
 */
final class ViolationPaths {

  /** No index follows a property. */
  private static final int NO_INDEX = -1;

  private ViolationPaths() {}

  /**
   * Adds the nodes of a path to a violation, then the violation.
   *
   * @param builder the violation being built
   * @param path the path; empty for the posting itself
   * @throws IllegalArgumentException when the path is not properties with optional indexes
   */
  static void add(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    Object node = builder;
    int pendingIndex = NO_INDEX;
    int from = 0;
    // Every segment, the last included, must name a property: "a." and "a..b" are malformed.
    while (from <= path.length()) {
      int end = path.indexOf('.', from);
      end = end < 0 ? path.length() : end;
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
