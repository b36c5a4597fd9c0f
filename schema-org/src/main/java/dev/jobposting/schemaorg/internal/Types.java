package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code @type}, which may be a string or an array, a compact IRI or a full IRI. */
final class Types {

  private Types() {}

  static boolean has(JsonNode node, String type) {
    JsonNode types = node.get(Vocabulary.TYPE);
    if (types == null) {
      return false;
    }
    if (types.isArray()) {
      for (JsonNode t : types) {
        if (matches(t, type)) {
          return true;
        }
      }
      return false;
    }
    return matches(types, type);
  }

  static boolean hasAny(JsonNode node) {
    JsonNode types = node.get(Vocabulary.TYPE);
    return types != null && (types.isTextual() || types.isArray() && !types.isEmpty());
  }

  private static boolean matches(JsonNode candidate, String type) {
    if (!candidate.isTextual()) {
      return false;
    }
    String text = candidate.textValue().strip();
    int cut = Math.max(text.lastIndexOf('/'), Math.max(text.lastIndexOf(':'), text.lastIndexOf('#')));
    return text.substring(cut + 1).equalsIgnoreCase(type);
  }
}
