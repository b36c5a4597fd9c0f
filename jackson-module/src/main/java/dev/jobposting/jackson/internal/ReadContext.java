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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one read: the options, the idle builders, and on failure the path from the value
 * being read (usually a posting) down to where it failed. It builds every error, so that each
 * names the path, in dotted form ({@code compensation.base.minimum}) in the message and as Jackson
 * references in {@link JsonMappingException#getPath()}.
 *
 * <p>A read that succeeds keeps no path: the errors are {@link ReadFailure}s, which collect the
 * properties and elements they leave on their way up, and {@link #error(ReadFailure)} builds the
 * mapping exception at the top. Keeping a path up to date cost about 5 % of a posting's read
 * time, for the rare read that fails. One read at a time.
 */
public final class ReadContext {

  private static final int MAX_QUOTED_LENGTH = 40;

  /** Core names attributes {@code name} or {@code name[index]}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)(?:\\[(\\d{1,9})\\])?");

  private final ReadOptions options;

  /** The path of the failure being built, outermost first; empty while reading. */
  private final List<Object> segments = new ArrayList<>();
  private final List<Class<?>> owners = new ArrayList<>();

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

  ReadOptions options() {
    return options;
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

  /**
   * Builds the mapping exception of a failure that reached the top of the read, naming the path
   * it collected on its way up.
   *
   * @param failure the failure
   * @return the exception to throw
   */
  JsonMappingException error(ReadFailure failure) {
    segments.clear();
    owners.clear();
    failure.enterPath(this);
    JsonMappingException error = failure.error(this);
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      if (segment instanceof Integer) {
        error.prependPath(owners.get(i), (Integer) segment);
      } else {
        error.prependPath(owners.get(i), (String) segment);
      }
    }
    segments.clear();
    owners.clear();
    return error;
  }

  void enter(Class<?> owner, Object segment) {
    owners.add(owner);
    segments.add(segment);
  }

  /** {@return the dotted path, such as {@code requirements[2].text}; empty at the top} */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
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

  ReadFailure wrongType(JsonParser parser, Class<?> target, String expected) {
    String problem = "expected " + expected + ", got " + describe(parser.currentToken());
    return new ReadFailure(
        context -> MismatchedInputException.from(parser, target, context.message(problem)));
  }

  ReadFailure invalid(JsonParser parser, Class<?> target, String text, String problem) {
    return new ReadFailure(context -> InvalidFormatException.from(parser,
        context.message(problem), text, target));
  }

  /** A text that is not what a string format expects: {@code 'x' is not an ISO 8601 date}. */
  ReadFailure notA(JsonParser parser, Class<?> target, String text, String expectation) {
    return invalid(parser, target, text, quote(text) + " is not " + expectation);
  }

  ReadFailure missing(JsonParser parser, Class<?> owner, String property) {
    return new ReadFailure(context -> {
      context.enter(owner, property);
      return MismatchedInputException.from(parser, owner,
          context.message("is required but missing"));
    });
  }

  ReadFailure duplicate(JsonParser parser, Class<?> owner) {
    return new ReadFailure(context -> MismatchedInputException.from(parser, owner,
        context.message("appears more than once")));
  }

  ReadFailure unknown(JsonParser parser, Class<?> owner, String property,
      Collection<Object> known) {
    return new ReadFailure(context -> new UnrecognizedPropertyException(parser,
        context.message("is not a property of " + owner.getSimpleName()
            + " (use JobPostingModule.withIgnoreUnknownProperties() to skip unknown properties)"),
        parser.currentLocation(), owner, property, known));
  }

  ReadFailure invariant(JsonParser parser, Class<?> owner, Set<String> properties,
      InvariantViolationException violation) {
    return new ReadFailure(context -> {
      Matcher attribute = ATTRIBUTE.matcher(violation.attribute());
      if (attribute.matches() && properties.contains(attribute.group(1))) {
        context.enter(owner, attribute.group(1));
        if (attribute.group(2) != null) {
          context.enter(List.class, Integer.parseInt(attribute.group(2)));
        }
      }
      return ValueInstantiationException.from(parser, context.message(violation.problem()),
          TypeFactory.defaultInstance().constructType(owner), violation);
    });
  }

  ReadFailure incomplete(JsonParser parser, Class<?> owner, IllegalStateException e) {
    return new ReadFailure(context -> MismatchedInputException.from(parser, owner,
        context.message("cannot build " + owner.getSimpleName() + ": " + e.getMessage())));
  }

  /** A stream limit hit while reading, as a failure that will name the path. */
  ReadFailure limit(JsonParser parser, StreamConstraintsException limit) {
    return new ReadFailure(context -> JsonMappingException.from(parser,
        context.message(limit.getOriginalMessage()), limit));
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
