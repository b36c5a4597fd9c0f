package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.CONTEXT;
import static dev.jobposting.schemaorg.internal.Vocabulary.ID;
import static dev.jobposting.schemaorg.internal.Vocabulary.TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON-LD object being read: hands out its properties, resolves references by {@code @id}, and
 * on {@link #finish()} reports every property nobody took, so nothing is dropped silently.
 */
final class Obj {

  private final ObjectNode node;
  private final String path;
  private final Context context;
  /**
   * The names read (those the object has) and skipped: a list, as the readers ask for a few dozen
   * names at most, and a hash set per object was about 7 % of the bytes an import allocated.
   */
  private final List<String> taken = new ArrayList<>();

  Obj(ObjectNode node, String path, Context context) {
    this.node = node;
    this.path = path;
    this.context = context;
  }

  String path() {
    return path;
  }

  Context context() {
    return context;
  }

  Issues issues() {
    return context.issues();
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  boolean isType(String type) {
    return Types.has(node, type);
  }

  /** All values of a property, in a list not to be changed; arrays are spread, nulls reported. */
  List<Value> all(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return List.of();
    }
    taken.add(name);
    if (!value.isArray()) {
      return droppedAsNull(value, name, -1) ? List.of() : List.of(value(value, name, -1));
    }
    List<Value> values = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!droppedAsNull(element, name, i)) {
        values.add(value(element, name, i));
      }
    }
    return values;
  }

  /** The one value of a property; further values of an array are reported as dropped. */
  Optional<Value> one(String name) {
    List<Value> values = all(name);
    for (int i = 1; i < values.size(); i++) {
      issues().dropped(values.get(i).path(),
          "'" + name + "' takes one value; this further value was left out");
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Marks a property as read without reading it. */
  void skip(String name) {
    taken.add(name);
  }

  Optional<Obj> object(Value value) {
    return context.object(value);
  }

  void finish() {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!taken.contains(name) && !name.equals(CONTEXT) && !name.equals(TYPE)
          && !name.equals(ID) && !field.getValue().isNull()) {
        issues().dropped(path + "." + name, "property '" + Context.shorten(name)
            + "' is not mapped to the model");
      }
    }
  }

  private boolean droppedAsNull(JsonNode value, String name, int index) {
    if (value.isNull() || value.isMissingNode()) {
      issues().dropped(Value.path(path, name, index), "null value ignored");
      return true;
    }
    return false;
  }

  private Value value(JsonNode value, String name, int index) {
    return new Value(context.resolve(value), path, name, index);
  }
}
