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
 * The state of one read: the options and the idle builders. It makes every error, as a {@link
 * ReadFailure} that names the path, in dotted form ({@code compensation.base.minimum}) in the
 * message and as Jackson references in {@link JsonMappingException#getPath()}.
 *
 * <p>A read that succeeds keeps no path: a failure collects the properties and elements it
 * leaves on its way up, and the deserializer turns it into the mapping exception at the top.
 * Keeping a path up to date cost about 5 % of a posting's read time, for the rare read that
 * fails. One read at a time.
 */
public final class ReadContext {

  private static final int MAX_QUOTED_LENGTH = 40;

  /** How many reads a context serves; see {@link #spent()}. */
  private static final int READS_PER_CONTEXT = 64;

  /** Core names attributes {@code name} or {@code name[index]}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)(?:\\[(\\d{1,9})\\])?");

  private final ReadOptions options;

  // Idle builders by ObjectFormat id: each type's builder is emptied after a value is built and
  // serves the next value of that type, in this read or a later one (nine benefits, one builder).
  private Object[] idleBuilders = new Object[0];

  private int reads;

  /**
   * Creates the state for reads with these options.
   *
   * @param options the module's options
   */
  public ReadContext(ReadOptions options) {
    this.options = options;
  }

  ReadOptions options() {
    return options;
  }

  /**
   * Counts a read that this context serves.
   *
   * @see #spent()
   */
  void countRead() {
    reads++;
  }

  /**
   * Tells whether this context has served its 64 reads and should be replaced. A context kept for
   * long is promoted to the old generation, and G1 fences every reference stored into an old
   * object: each value given to a builder and each list element added. A new context every 64
   * reads keeps the builders young in a busy reader, at about 28 bytes per read (the builders,
   * spread over the reads); the read took x0.965 the time.
   */
  boolean spent() {
    return reads >= READS_PER_CONTEXT;
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

  ReadFailure wrongType(JsonParser parser, Class<?> target, String expected) {
    String problem = "expected " + expected + ", got " + describe(parser.currentToken());
    return new ReadFailure(
        path -> MismatchedInputException.from(parser, target, message(path, problem)));
  }

  ReadFailure invalid(JsonParser parser, Class<?> target, String text, String problem) {
    return new ReadFailure(path -> InvalidFormatException.from(parser, message(path, problem),
        text, target));
  }

  /** A text that is not what a string format expects: {@code 'x' is not an ISO 8601 date}. */
  ReadFailure notA(JsonParser parser, Class<?> target, String text, String expectation) {
    return invalid(parser, target, text, quote(text) + " is not " + expectation);
  }

  ReadFailure missing(JsonParser parser, Class<?> owner, String property) {
    return new ReadFailure(path -> MismatchedInputException.from(parser, owner,
        message(path, "is required but missing"))).under(owner, property);
  }

  ReadFailure duplicate(JsonParser parser, Class<?> owner) {
    return new ReadFailure(path -> MismatchedInputException.from(parser, owner,
        message(path, "appears more than once")));
  }

  ReadFailure unknown(JsonParser parser, Class<?> owner, String property,
      Collection<Object> known) {
    return new ReadFailure(path -> new UnrecognizedPropertyException(parser,
        message(path, "is not a property of " + owner.getSimpleName()
            + " (use JobPostingModule.withIgnoreUnknownProperties() to skip unknown properties)"),
        parser.currentLocation(), owner, property, known));
  }

  ReadFailure invariant(JsonParser parser, Class<?> owner, Set<String> properties,
      InvariantViolationException violation) {
    ReadFailure failure = new ReadFailure(path -> ValueInstantiationException.from(parser,
        message(path, violation.problem()), TypeFactory.defaultInstance().constructType(owner),
        violation));
    Matcher attribute = ATTRIBUTE.matcher(violation.attribute());
    if (attribute.matches() && properties.contains(attribute.group(1))) {
      if (attribute.group(2) != null) {
        failure.under(Integer.parseInt(attribute.group(2)));
      }
      failure.under(owner, attribute.group(1));
    }
    return failure;
  }

  ReadFailure incomplete(JsonParser parser, Class<?> owner, IllegalStateException e) {
    return new ReadFailure(path -> MismatchedInputException.from(parser, owner,
        message(path, "cannot build " + owner.getSimpleName() + ": " + e.getMessage())));
  }

  /** A stream limit hit while reading, as a failure that will name the path. */
  ReadFailure limit(JsonParser parser, StreamConstraintsException limit) {
    return new ReadFailure(path -> JsonMappingException.from(parser,
        message(path, limit.getOriginalMessage()), limit));
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

  private static String message(String path, String problem) {
    return path.isEmpty() ? problem : path + ": " + problem;
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
