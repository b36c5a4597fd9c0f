package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How one type is written to and read from JSON, independent of any mapper configuration.
 *
 * @param <V> the type
 */
public interface ValueFormat<V> {

  /**
   * Writes a value.
   *
   * @param value the value, never null
   * @param generator where to write
   * @throws IOException when writing fails
   */
  void write(V value, JsonGenerator generator) throws IOException;

  /**
   * Reads a value whose first token is the parser's current token.
   *
   * @param parser positioned on the value's first token
   * @param context the options and the idle builders; builds the errors
   * @return the value, never null
   * @throws IOException a {@code ReadFailure} when the input does not fit, which the properties
   *     and elements above add themselves to; a {@code StreamConstraintsException} when the input
   *     breaks a stream limit, which the property or element above turns into a failure; the
   *     parser's own exceptions when the input is not JSON. Only {@link FormatDeserializer}
   *     reads a value at the top, and turns what reaches it into Jackson's exceptions
   */
  V read(JsonParser parser, ReadContext context) throws IOException;

  /** {@return what the format expects, for error messages: "a string", "a PayRange object"} */
  String expectation();
}
