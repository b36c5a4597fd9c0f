package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.jobposting.InvariantViolationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one read: the options, and the path from the value being read (usually a posting)
 * down to the current property. It builds every error, so that each names the path, in dotted form
 * ({@code compensation.base.minimum}) in the message and as Jackson references in {@link
 * JsonMappingException#getPath()}.
 *
 * <p>A segment is left on the path when reading below it fails, so that an error surfacing later
 * (such as a stream limit) still knows where it happened. After {@link #start()} the context
 * serves the next read, with the builders the earlier reads emptied; one read at a time.
 */
public final class ReadContext {

  private static final int MAX_QUOTED_LENGTH = 40;

  /** Core names attributes {@code name} or {@code name[index]}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)(?:\\[(\\d{1,9})\\])?");

  private static final int INITIAL_DEPTH = 8;

  private final ReadOptions options;

  // Two plain arrays used as stacks: every property read enters and leaves the path, and lists'
  // bookkeeping (bounds checks, modification counts, clearing) was 8 % of a posting's read time.
  // Each read takes new ones: see start().
  private Object[] segments;
  private Class<?>[] owners;
  private int depth;

  // Idle builders by ObjectFormat id: each type's builder is emptied after a value is built and
  // serves the next value of that type, in this read or a later one (nine benefits, one builder).
  private Object[] idleBuilders = new Object[0];

  /**
   * Creates the state for reads with these options.
   *
   * @param options the module's options
   */
  public ReadContext(ReadOptions options) {
    this.options = options;
  }

  /**
   * Makes the context ready for a read: an empty path, the idle builders kept. The path's arrays
   * are new: the path stores two references for each property read, and G1 makes each reference
   * stored into an object that has grown old pay a memory fence. Arrays kept from read to read
   * cost about 6 % of a posting's read time; new ones cost 96 bytes.
   */
  void start() {
    depth = 0;
    segments = new Object[INITIAL_DEPTH];
    owners = new Class<?>[INITIAL_DEPTH];
  }

  ReadOptions options() {
    return options;
  }

  void enter(Class<?> owner, String property) {
    push(owner, property);
  }

  void enter(Class<?> owner, int index) {
    push(owner, index);
  }

  void leave() {
    depth--;
  }

  /** {@return the idle builder of the format with this id, or a new one if none is idle} */
  @SuppressWarnings("unchecked")
  <B> B takeBuilder(int format, Supplier<B> create) {
    if (format < idleBuilders.length) {
      Object idle = idleBuilders[format];
      if (idle != null) {
        idleBuilders[format] = null;
        return (B) idle;
      }
    }
    return create.get();
  }

  /** Keeps an emptied builder for the next value the format with this id reads. */
  void returnBuilder(int format, Object builder) {
    if (format >= idleBuilders.length) {
      idleBuilders = Arrays.copyOf(idleBuilders, Math.max(format + 1, 2 * idleBuilders.length));
    }
    idleBuilders[format] = builder;
  }

  private void push(Class<?> owner, Object segment) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
      owners = Arrays.copyOf(owners, depth * 2);
    }
    owners[depth] = owner;
    segments[depth++] = segment;
  }

  /** {@return the dotted path, such as {@code requirements[2].text}; empty at the top} */
  public String path() {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      Object segment = segments[i];
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.toString();
  }

  JsonMappingException wrongType(JsonParser parser, Class<?> target, String expected) {
    String problem = "expected " + expected + ", got " + describe(parser.currentToken());
    return located(MismatchedInputException.from(parser, target, message(problem)));
  }

  JsonMappingException invalid(JsonParser parser, Class<?> target, String text, String problem) {
    return located(InvalidFormatException.from(parser, message(problem), text, target));
  }

  /** A text that is not what a string format expects: {@code 'x' is not an ISO 8601 date}. */
  JsonMappingException notA(JsonParser parser, Class<?> target, String text, String expectation) {
    return invalid(parser, target, text, quote(text) + " is not " + expectation);
  }

  JsonMappingException missing(JsonParser parser, Class<?> owner, String property) {
    enter(owner, property);
    return located(MismatchedInputException.from(parser, owner,
        message("is required but missing")));
  }

  JsonMappingException duplicate(JsonParser parser, Class<?> owner) {
    return located(MismatchedInputException.from(parser, owner,
        message("appears more than once")));
  }

  JsonMappingException unknown(JsonParser parser, Class<?> owner, String property,
      Collection<Object> known) {
    String text = message("is not a property of " + owner.getSimpleName()
        + " (use JobPostingModule.withIgnoreUnknownProperties() to skip unknown properties)");
    return located(new UnrecognizedPropertyException(parser, text, parser.currentLocation(),
        owner, property, known));
  }

  JsonMappingException invariant(JsonParser parser, Class<?> owner, Set<String> properties,
      InvariantViolationException violation) {
    Matcher attribute = ATTRIBUTE.matcher(violation.attribute());
    if (attribute.matches() && properties.contains(attribute.group(1))) {
      enter(owner, attribute.group(1));
      if (attribute.group(2) != null) {
        enter(List.class, Integer.parseInt(attribute.group(2)));
      }
    }
    return located(ValueInstantiationException.from(parser, message(violation.problem()),
        TypeFactory.defaultInstance().constructType(owner), violation));
  }

  JsonMappingException incomplete(JsonParser parser, Class<?> owner, IllegalStateException e) {
    return located(MismatchedInputException.from(parser, owner,
        message("cannot build " + owner.getSimpleName() + ": " + e.getMessage())));
  }

  /**
   * Turns a stream limit hit while reading into a mapping error that names the path.
   *
   * @param parser the parser
   * @param limit the limit Jackson's parser reported
   * @return the error to throw
   */
  public JsonMappingException limit(JsonParser parser, StreamConstraintsException limit) {
    return located(JsonMappingException.from(parser, message(limit.getOriginalMessage()), limit));
  }

  /**
   * Quotes a text from the input for a message, shortened so that hostile input cannot make
   * messages huge.
   *
   * @param text the input text
   * @return the quoted, possibly shortened text
   */
  static String quote(String text) {
    return text.length() <= MAX_QUOTED_LENGTH
        ? "'" + text + "'"
        : "'" + text.substring(0, MAX_QUOTED_LENGTH) + "...' (" + text.length() + " characters)";
  }

  private String message(String problem) {
    String path = path();
    return path.isEmpty() ? problem : path + ": " + problem;
  }

  private <E extends JsonMappingException> E located(E error) {
    for (int i = depth - 1; i >= 0; i--) {
      Object segment = segments[i];
      if (segment instanceof Integer) {
        error.prependPath(owners[i], (Integer) segment);
      } else {
        error.prependPath(owners[i], (String) segment);
      }
    }
    return error;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
      case FIELD_NAME:
      case END_OBJECT:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "an embedded value";
    }
  }
}
