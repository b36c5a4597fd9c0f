package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.InvariantViolationException;
import dev.jobposting.WebAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every reader of one input shares: the issue list, the nodes by {@code @id}, and lenient
 * readers of texts, numbers, booleans and addresses of pages that report what they changed.
 */
final class Context {

  private static final Pattern SCHEMELESS_HOST =
      Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+([/?#].*)?");
  private static final int MAX_ENTITY_ROUNDS = 3;

  private final Issues issues;
  private final JsonNode root;
  /** The document's objects by {@code @id}: indexed on the first reference, as most have none. */
  private Map<String, ObjectNode> ids;

  Context(Issues issues, JsonNode root) {
    this.issues = issues;
    this.root = root;
  }

  Issues issues() {
    return issues;
  }

  /** Follows a reference ({@code {"@id": "..."}} and nothing else) to the node it names. */
  JsonNode resolve(JsonNode value) {
    if (value.isObject() && value.size() == 1 && value.has(Vocabulary.ID)
        && value.get(Vocabulary.ID).isTextual()) {
      if (ids == null) {
        ids = new HashMap<>();
        index(root, ids);
      }
      ObjectNode target = ids.get(value.get(Vocabulary.ID).textValue());
      if (target != null) {
        return target;
      }
    }
    return value;
  }

  private static void index(JsonNode node, Map<String, ObjectNode> ids) {
    if (node.isObject()) {
      JsonNode id = node.get(Vocabulary.ID);
      if (id != null && id.isTextual() && node.size() > 1) {
        ids.putIfAbsent(id.textValue(), (ObjectNode) node);
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        index(child, ids);
      }
    }
  }

  Optional<Obj> object(Value value) {
    if (value.node().isObject()) {
      return Optional.of(new Obj((ObjectNode) value.node(), value.path(), this));
    }
    return Optional.empty();
  }

  /** Shortens names in messages. */
  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** A text: strings as they are, numbers and booleans as their text, {@code name} or {@code @value} of objects. */
  Optional<String> text(Value value) {
    JsonNode node = value.node();
    String text;
    if (node.isTextual()) {
      text = node.textValue();
    } else if (node.isNumber() || node.isBoolean()) {
      text = node.asText();
      issues.normalised(value.path(), "took " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + " " + value.shown() + " as text");
    } else if (node.isObject() && textMember(node) != null) {
      String member = textMember(node);
      issues.normalised(value.path(), "took the object's '" + member + "' as the text");
      return text(new Value(node.get(member), value.path(), member, -1));
    } else {
      issues.dropped(value.path(), "expected a text, found " + value.shown());
      return Optional.empty();
    }
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      issues.dropped(value.path(), "empty text ignored");
      return Optional.empty();
    }
    return Optional.of(stripped);
  }

  private static String textMember(JsonNode node) {
    for (String member : List.of("@value", "name", "text", Vocabulary.DESCRIPTION)) {
      JsonNode candidate = node.get(member);
      if (candidate != null && (candidate.isValueNode() && !candidate.isNull())) {
        return member;
      }
    }
    return null;
  }

  /** A text in which character references are decoded and markup is reduced to its words. */
  Optional<String> plainText(Value value) {
    return text(value).flatMap(text -> {
      Optional<String> plain = Texts.plain(text);
      if (plain.isEmpty()) {
        issues.dropped(value.path(), "no text left once markup was removed from " + value.shown());
      } else if (!plain.get().equals(text)) {
        issues.normalised(value.path(), "decoded character references or removed markup");
      }
      return plain;
    });
  }

  /**
   * Texts that a page may give as one HTML list: one text per paragraph or list item. Written
   * without lambdas that capture the value, here and in {@link Texts#items}: the JIT allocated
   * them through a slow runtime call, once or twice per text of an import.
   */
  List<String> plainTexts(Value value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> items = Texts.items(text.get());
    if (items.isEmpty()) {
      issues.dropped(value.path(), "no text left once markup was removed from " + value.shown());
    } else if (items.size() > 1) {
      issues.normalised(value.path(), "split HTML into " + items.size() + " texts");
    } else if (!items.get(0).equals(text.get())) {
      issues.normalised(value.path(), "decoded character references or removed markup");
    }
    return items;
  }

  /** The texts of several values, each read as {@link #plainTexts(Value)} reads one, in order. */
  List<String> plainTexts(List<Value> values) {
    List<String> texts = new ArrayList<>();
    for (Value value : values) {
      texts.addAll(plainTexts(value));
    }
    return texts;
  }

  Optional<Boolean> bool(Value value) {
    JsonNode node = value.node();
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue());
    }
    if (node.isTextual() || node.isNumber()) {
      String text = node.asText().strip().toLowerCase(Locale.ROOT);
      Boolean result = switch (text) {
        case "true", "yes", "1", "y", "ja", "oui", "si", "sí", "sim", "https://schema.org/true",
            "http://schema.org/true" -> Boolean.TRUE;
        case "false", "no", "0", "n", "nein", "non", "não", "nao", "https://schema.org/false",
            "http://schema.org/false" -> Boolean.FALSE;
        default -> null;
      };
      if (result != null) {
        issues.normalised(value.path(), "took " + value.shown() + " as " + result);
        return Optional.of(result);
      }
    }
    issues.dropped(value.path(), "expected true or false, found " + value.shown());
    return Optional.empty();
  }

  /** A whole number from a number or a numeric text. */
  Optional<Integer> integer(Value value, int min, int max) {
    Optional<BigDecimal> number = Numbers.read(value, this);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal n = number.get();
    if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      issues.dropped(value.path(), "expected a whole number from " + min + " to " + max
          + ", found " + value.shown());
      return Optional.empty();
    }
    return Optional.of(n.intValueExact());
  }

  /**
   * The address of a page; addresses without a scheme get {@code https://}. What is no web
   * address (relative, or another scheme such as {@code mailto:}) is dropped with an issue.
   */
  Optional<WebAddress> webAddress(Value value) {
    Optional<String> text = value.node().isObject() && value.node().has(Vocabulary.URL)
        ? text(new Value(value.node().get(Vocabulary.URL), value.path(), Vocabulary.URL, -1))
        : text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String address = text.get().replace(" ", "%20");
    if (address.startsWith("//")) {
      // Protocol-relative, as pages often give their logos: the page was most likely https.
      address = "https:" + address;
      issues.guessed(value.path(), "added https: to " + value.shown());
    } else if (!address.contains(":") && SCHEMELESS_HOST.matcher(address).matches()) {
      address = "https://" + address;
      issues.guessed(value.path(), "added https:// to " + value.shown());
    }
    try {
      return Optional.of(WebAddress.of(address));
    } catch (InvariantViolationException e) {
      issues.dropped(value.path(), e.problem());
      return Optional.empty();
    }
  }
}
