package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Function;

/**
 * A value written as a JSON string: dates, periods, codes, language tags, URIs, enum names and
 * plain text. The one place where text from the input becomes a typed value.
 *
 * @param <V> the type
 */
final class StringFormat<V> implements ValueFormat<V> {

  /** Turns text into a value; any exception means the text is not valid for the type. */
  @FunctionalInterface
  interface Parser<V> {
    V parse(String text) throws Exception;
  }

  private final Class<V> type;
  private final String expectation;
  private final Parser<V> parser;
  private final TokenFormat.Writer<V> writer;

  StringFormat(Class<V> type, String expectation, Parser<V> parser, Function<V, String> printer) {
    this(type, expectation, parser,
        (generator, value) -> generator.writeString(printer.apply(value)));
  }

  /** A format whose values write themselves, such as enum constants quoted once in advance. */
  StringFormat(Class<V> type, String expectation, Parser<V> parser,
      TokenFormat.Writer<V> writer) {
    this.type = type;
    this.expectation = expectation;
    this.parser = parser;
    this.writer = writer;
  }

  @Override
  public void write(V value, JsonGenerator generator) throws IOException {
    writer.write(generator, value);
  }

  @Override
  public V read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw context.wrongType(parser, type, expectation);
    }
    String text = parser.getText();
    V value;
    try {
      value = this.parser.parse(text);
    } catch (Exception e) {
      throw context.invalid(parser, type, text,
          ReadContext.quote(text) + " is not " + expectation);
    }
    return value;
  }

  @Override
  public String expectation() {
    return expectation;
  }
}
