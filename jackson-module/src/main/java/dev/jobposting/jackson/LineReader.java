package dev.jobposting.jackson;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits NDJSON into lines (ending in LF or CRLF) without ever holding more than one line, and not
 * even that when the line is longer than a limit or not UTF-8, and counts them.
 */
final class LineReader implements Closeable {

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long number;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** {@return the number of the line last read, from 1} */
  long number() {
    return number;
  }

  /**
   * Reads the next line, without its line break.
   *
   * @return the line, or null at the end of the input
   * @throws FeedRecordException when the line is longer than the limit or, read through a {@link
   *     StrictUtf8Reader}, is not UTF-8; it is skipped
   * @throws IOException when reading fails
   */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    String problem = null;
    while (true) {
      if (position == limit) {
        try {
          if (!fill()) {
            return line.length() == 0 && problem == null ? null : finish(line, problem);
          }
        } catch (StrictUtf8Reader.NotUtf8 e) {
          problem = problem == null ? e.getMessage() : problem;
          line.setLength(0);
          continue;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (problem == null) {
        line.append(buffer, start, position - start);
        if (line.length() > maxLength + 1) {
          problem = tooLong();
          line.setLength(0);
        }
      }
      if (position < limit) {
        position++;
        return finish(line, problem);
      }
    }
  }

  private String finish(StringBuilder line, String problem) {
    number++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    if (problem == null && end > maxLength) {
      problem = tooLong();
    }
    if (problem != null) {
      throw RecordErrors.of(FeedFormat.NDJSON, number, problem, true);
    }
    return line.substring(0, end);
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
