package dev.jobposting.jackson;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits NDJSON characters into lines (ending in LF or CRLF) without ever holding more than one
 * line, and not even that when the line is longer than a limit, and counts them.
 *
 * <p>The current line lives in one array that is reused from line to line: building a new string
 * per line, and growing it as it filled, was a fifth of the bytes a feed read allocated.
 */
final class LineReader implements NdjsonLines {

  private static final int FIRST_LINE_CAPACITY = 4096;

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long number;
  private char[] line = new char[FIRST_LINE_CAPACITY];
  private int length;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public boolean next() throws IOException {
    length = 0;
    boolean tooLong = false;
    while (true) {
      if (position == limit && !fill()) {
        if (length == 0 && !tooLong) {
          return false;
        }
        finish(tooLong);
        return true;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (!tooLong) {
        append(start, position);
        if (length > maxLength + 1L) {
          tooLong = true;
          length = 0;
        }
      }
      if (position < limit) {
        position++;
        finish(tooLong);
        return true;
      }
    }
  }

  @Override
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public <T> T read(ObjectReader reader) throws IOException {
    return reader.readValue(new CharArrayReader(line, 0, length));
  }

  private void append(int from, int to) {
    int count = to - from;
    int needed = length + count;
    if (needed > line.length) {
      // Doubling, but not beyond the limit plus the one character that proves a line too long;
      // in long arithmetic, since the limit may be as large as Integer.MAX_VALUE.
      long doubled = Math.max(2L * line.length, needed);
      line = Arrays.copyOf(line, (int) Math.min(doubled, Math.max(maxLength + 2L, needed)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  private void finish(boolean tooLong) {
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (tooLong || length > maxLength) {
      length = 0;
      throw RecordErrors.of(FeedFormat.NDJSON, number, tooLong(), true);
    }
  }

  private String tooLong() {
    return "the line is longer than " + maxLength + " characters";
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
