package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An enum written as its constant's name.
 *
 * <p>Names are matched against the parser's own character buffer: turning each into a string
 * and hashing it to look it up cost a string per enum read and 4 % of a posting's read time.
 * Only the constants whose names are as long as the text are compared, one to three on average
 * for most of the model's enums: comparing every constant in turn took another 4 %.
 *
 * @param <E> the enum type
 */
final class EnumFormat<E extends Enum<E>> implements ValueFormat<E> {

  private final Class<E> type;
  private final E[] constants;
  private final char[][] names;
  /** The constants' indexes by the length of their names. */
  private final int[][] indexesByLength;
  private final SerializedString[] quoted;
  private final String expectation;

  EnumFormat(Class<E> type) {
    this.type = type;
    this.constants = type.getEnumConstants();
    this.names = Arrays.stream(constants).map(c -> c.name().toCharArray()).toArray(char[][]::new);
    this.indexesByLength = indexesByLength(names);
    // Quoted once, as Jackson's own enum serializer does, instead of escaping each name written.
    this.quoted = Arrays.stream(constants).map(c -> new SerializedString(c.name()))
        .toArray(SerializedString[]::new);
    this.expectation = Arrays.stream(constants).map(Enum::name)
        .collect(Collectors.joining(", ", "one of ", ""));
  }

  @Override
  public void write(E value, JsonGenerator generator) throws IOException {
    generator.writeString(quoted[value.ordinal()]);
  }

  @Override
  public E read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw context.wrongType(parser, type, expectation);
    }
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    if (length < indexesByLength.length) {
      for (int i : indexesByLength[length]) {
        if (Arrays.equals(names[i], 0, length, text, offset, offset + length)) {
          return constants[i];
        }
      }
    }
    throw context.notA(parser, type, parser.getText(), expectation);
  }

  private static int[][] indexesByLength(char[][] names) {
    int longest = Arrays.stream(names).mapToInt(name -> name.length).max().orElse(0);
    int[][] indexes = new int[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int wanted = length;
      indexes[length] = IntStream.range(0, names.length)
          .filter(i -> names[i].length == wanted).toArray();
    }
    return indexes;
  }

  @Override
  public String expectation() {
    return expectation;
  }
}
