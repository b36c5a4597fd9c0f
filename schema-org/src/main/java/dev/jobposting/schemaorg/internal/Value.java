package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value and where it was.
 *
 * @param node the value
 * @param path its path from the input's root
 */
record Value(JsonNode node, String path) {

  /** Shortens long values in messages so a hostile input cannot flood the issue list. */
  String shown() {
    String text = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
