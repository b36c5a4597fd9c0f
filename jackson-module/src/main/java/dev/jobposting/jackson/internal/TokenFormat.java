package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A value written as a JSON number or boolean: checks the token's type, then converts it.
 *
 * @param <V> the type
 */
final class TokenFormat<V> implements ValueFormat<V> {

  /** Converts the current token, whose type has been checked. */
  @FunctionalInterface
  interface Reader<V> {
    V read(JsonParser parser, ReadContext context) throws IOException;
  }

  /** Writes a value. */
  @FunctionalInterface
  interface Writer<V> {
    void write(JsonGenerator generator, V value) throws IOException;
  }

  private final Class<V> type;
  private final String expectation;
  private final Set<JsonToken> tokens;
  private final Reader<V> reader;
  private final Writer<V> writer;

  TokenFormat(Class<V> type, String expectation, Set<JsonToken> tokens, Reader<V> reader,
      Writer<V> writer) {
    this.type = type;
    this.expectation = expectation;
    this.tokens = EnumSet.copyOf(tokens);
    this.reader = reader;
    this.writer = writer;
  }

  @Override
  public void write(V value, JsonGenerator generator) throws IOException {
    writer.write(generator, value);
  }

  @Override
  public V read(JsonParser parser, ReadContext context) throws IOException {
    if (!tokens.contains(parser.currentToken())) {
      throw context.wrongType(parser, type, expectation);
    }
    return reader.read(parser, context);
  }

  @Override
  public String expectation() {
    return expectation;
  }
}
