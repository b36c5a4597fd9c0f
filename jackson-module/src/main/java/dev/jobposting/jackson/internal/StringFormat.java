package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Function;

/**
 * A value written as a JSON string: dates, periods, codes, language tags, web addresses, enum
 * names and plain text. The one place where text from the input becomes a typed value.
 *
 * @param <V> the type
 */
final class StringFormat<V> implements ValueFormat<V> {

  /** Turns text into a value; any exception means the text is not valid for the type. */
  @FunctionalInterface
  interface Parser<V> {
    V parse(String text) throws Exception;
  }

  /**
   * Takes plain text as it is. {@link #read} recognises it and skips the call: with every parser
   * behind the one call, each call went through the JVM's dispatch stub, and plain text is most
   * of the strings a posting holds.
   */
  private static final Parser<String> AS_IS = text -> text;

  /** The format of plain text, read and written as it is. */
  static final StringFormat<String> PLAIN_TEXT =
      new StringFormat<>(String.class, "a string", AS_IS, Function.identity());

  private final Class<V> type;
  private final String expectation;
  private final Parser<V> parser;
  private final Function<V, String> printer;

  StringFormat(Class<V> type, String expectation, Parser<V> parser, Function<V, String> printer) {
    this.type = type;
    this.expectation = expectation;
    this.parser = parser;
    this.printer = printer;
  }

  @Override
  public void write(V value, JsonGenerator generator) throws IOException {
    generator.writeString(printer.apply(value));
  }

  @Override
  public V read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw context.wrongType(parser, type, expectation);
    }
    String text = parser.getText();
    if (this.parser == AS_IS) {
      return type.cast(text);
    }
    V value;
    try {
      value = this.parser.parse(text);
    } catch (Exception e) {
      throw context.notA(parser, type, text, expectation);
    }
    return value;
  }

  @Override
  public String expectation() {
    return expectation;
  }
}
