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
   * @param context the path read so far and the options; builds the errors
   * @return the value, never null
   * @throws IOException a Jackson exception naming the path when the input does not fit
   */
  V read(JsonParser parser, ReadContext context) throws IOException;

  /** {@return what the format expects, for error messages: "a string", "a PayRange object"} */
  String expectation();
}
