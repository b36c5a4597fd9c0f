package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jobposting.InvariantViolationException;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PostingGenerator;
import dev.jobposting.testkit.SamplePostings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Takes postings' JSON and, for every value in it, replaces the value with each JSON type (string,
 * number, boolean, null, object, array) and removes object properties. The JSON Schema decides
 * each case: what it rejects must fail to read with a mapping exception whose path starts at the
 * changed value; what it accepts must read, unless it breaks a core invariant that spans several
 * properties (which the schema cannot say), and then the exception names a property of the same
 * object.
 */
class WrongTypeMatrixTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Map<String, Supplier<JsonNode>> REPLACEMENTS = Map.of(
      "string", () -> TextNode.valueOf("x"),
      "number", () -> IntNode.valueOf(1),
      "boolean", () -> BooleanNode.TRUE,
      "null", () -> NullNode.instance,
      "object", NODES::objectNode,
      "array", NODES::arrayNode);

  private final Map<String, Integer> outcomes = new TreeMap<>();

  @Test
  void everyValueReplacedByEveryJsonTypeOrRemovedFailsAsTheSchemaSays() {
    PostingGenerator generator = PostingGenerator.withSeed(42);
    List<JobPosting> postings = Stream.concat(
        SamplePostings.all().values().stream(),
        Stream.generate(generator::next).limit(12)).toList();

    for (JobPosting posting : postings) {
      JsonNode original = Json.tree(Json.write(posting));
      for (List<Object> path : paths(original, new ArrayList<>(), new ArrayList<>())) {
        for (Map.Entry<String, Supplier<JsonNode>> replacement : REPLACEMENTS.entrySet()) {
          check(original, path, replacement.getKey(), replacement.getValue().get());
        }
        if (path.get(path.size() - 1) instanceof String) {
          check(original, path, "removed", null);
        }
      }
    }

    System.out.println("WrongTypeMatrixTest outcomes: " + outcomes);
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThan(5_000);
    assertThat(outcomes).containsKeys("rejected by schema and reader", "accepted by both");
  }

  private void check(JsonNode original, List<Object> path, String change, JsonNode value) {
    JsonNode changed = original.deepCopy();
    apply(changed, path, value);
    String json = changed.toString();
    String dotted = dotted(path);
    String label = dotted + " " + change + ": " + json;
    boolean valid = Json.schemaErrors(changed).isEmpty();
    try {
      Json.read(json);
      assertThat(valid).as("the reader accepts what the schema rejects at %s", label).isTrue();
      count("accepted by both");
    } catch (ValueInstantiationException e) {
      assertThat(e.getCause()).as(label).isInstanceOf(InvariantViolationException.class);
      String errorPath = JsonPaths.of(e);
      assertThat(related(errorPath, dotted)).as("error at %s for %s", errorPath, label).isTrue();
      assertThat(e.getOriginalMessage()).as(label).startsWith(errorPath + ": ");
      count(valid ? "accepted by schema, invariant broken" : "rejected by schema and reader");
    } catch (MismatchedInputException e) {
      assertThat(valid).as("the reader rejects what the schema accepts at %s: %s", label,
          e.getOriginalMessage()).isFalse();
      String errorPath = JsonPaths.of(e);
      assertThat(errorPath).as(label).startsWith(dotted);
      assertThat(e.getOriginalMessage()).as(label).startsWith(errorPath + ": ");
      count("rejected by schema and reader");
    } catch (JsonMappingException e) {
      fail("undocumented mapping exception at " + label, e);
    } catch (JsonProcessingException e) {
      fail("unexpected syntax error at " + label, e);
    }
  }

  private void count(String outcome) {
    outcomes.merge(outcome, 1, Integer::sum);
  }

  /** Two paths are related when one lies in the object that holds the other. */
  private static boolean related(String errorPath, String changedPath) {
    return changedPath.startsWith(parent(errorPath)) || errorPath.startsWith(parent(changedPath));
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private static List<List<Object>> paths(JsonNode node, List<Object> prefix,
      List<List<Object>> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        List<Object> path = new ArrayList<>(prefix);
        path.add(field.getKey());
        into.add(path);
        paths(field.getValue(), path, into);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(i);
        into.add(path);
        paths(node.get(i), path, into);
      }
    }
    return into;
  }

  private static void apply(JsonNode root, List<Object> path, JsonNode value) {
    ContainerNode<?> parent = (ContainerNode<?>) root;
    for (Object segment : path.subList(0, path.size() - 1)) {
      parent = (ContainerNode<?>) (segment instanceof Integer
          ? parent.get((Integer) segment) : parent.get((String) segment));
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer) {
      ((ArrayNode) parent).set((Integer) last, value);
    } else if (value == null) {
      ((ObjectNode) parent).remove((String) last);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
  }

  private static String dotted(List<Object> path) {
    StringBuilder dotted = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        dotted.append('[').append(segment).append(']');
      } else {
        dotted.append(dotted.length() > 0 ? "." : "").append(segment);
      }
    }
    return dotted.toString();
  }
}
