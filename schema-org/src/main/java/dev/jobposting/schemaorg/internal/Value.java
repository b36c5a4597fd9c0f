package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value and where it was. The path is spelt out only when asked for: an import reads a few
 * hundred values and names the paths of a handful in its issues.
 */
final class Value {

  private final JsonNode node;
  private final String parent;
  private final String name;
  private final int index;

  /**
   * Creates a value.
   *
   * @param node the value
   * @param parent the path of the object holding it
   * @param name the property holding it
   * @param index its index in the property's array, or -1 when the property holds it alone
   */
  Value(JsonNode node, String parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** {@return the value} */
  JsonNode node() {
    return node;
  }

  /** {@return its path from the input's root} */
  String path() {
    return path(parent, name, index);
  }

  /**
   * Spells out a path.
   *
   * @param parent the path of the object
   * @param name a property of it
   * @param index an index in the property's array, or -1 for the property itself
   * @return the path
   */
  static String path(String parent, String name, int index) {
    String property = parent + "." + name;
    return index < 0 ? property : property + "[" + index + "]";
  }

  /** Shortens long values in messages so a hostile input cannot flood the issue list. */
  String shown() {
    String text = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
