package dev.jobposting.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits NDJSON bytes into lines (ending in LF or CRLF), checks that each is UTF-8, and hands the
 * good ones to Jackson's byte parser as they are: decoding a feed to characters before parsing it
 * was a fifth of reading it. It never holds more than one line, and not even that when the line is
 * longer than a limit or not UTF-8. Lines read as they always have: the limit in characters (UTF-16
 * units), bad bytes delimited as the JDK's strict decoder delimits them, and the messages of
 * Jackson's character parser.
 */
final class Utf8LineReader implements NdjsonLines {

  private static final int FIRST_LINE_CAPACITY = 4096;

  /** The longest array some JVMs allocate. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private final InputStream in;
  private final int maxLength;
  /**
   * The most bytes a line is given: three for each UTF-16 unit of the limit (no character takes
   * more), a CR, and a character cut off at the end, so that a line is known to be too long before
   * its bytes outgrow this.
   */
  private final int lineCapacity;
  /** Whether {@link #lineCapacity} is only the largest array, smaller than the limit needs. */
  private final boolean capacityBelowLimit;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private long number;
  private byte[] line;
  private int length;
  /** How many bytes of the line are whole characters, and how many UTF-16 units they make. */
  private int checked;
  private long characters;
  /** The first problem of the current line; the rest of a bad line is dropped unread. */
  private String problem;

  Utf8LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    long needed = 3L * maxLength + 8;
    this.capacityBelowLimit = needed > MAX_ARRAY_LENGTH;
    this.lineCapacity = (int) Math.min(needed, MAX_ARRAY_LENGTH);
    this.line = new byte[Math.min(FIRST_LINE_CAPACITY, lineCapacity)];
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public boolean next() throws IOException {
    length = 0;
    checked = 0;
    characters = 0;
    problem = null;
    boolean started = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!started) {
          return false;
        }
        finish();
        return true;
      }
      started = true;
      int end = ByteScan.lineFeed(buffer, position, limit);
      if (problem == null) {
        append(position, end);
        check(false);
      }
      if (end < limit) {
        position = end + 1;
        finish();
        return true;
      }
      position = end;
    }
  }

  @Override
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        // White space beyond ASCII, such as U+3000, leaves a line blank as well.
        return new String(line, 0, length, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(line[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@inheritDoc} The line goes to Jackson's character parser, decoded, when it starts with a zero
   * byte or a byte order mark (the byte parser would take the first for UTF-16 or UTF-32 and drop
   * the second, where the line is UTF-8 and both are characters), and when it is bad: the byte
   * parser words some errors differently, and reports a bare token such as {@code é} as "Invalid
   * UTF-8 start byte 0xa9". Bad lines then read with the messages they have always had.
   */
  @Override
  public <T> T read(ObjectReader reader) throws IOException {
    if (!startsAmbiguously()) {
      try {
        return reader.readValue(line, 0, length);
      } catch (JsonProcessingException e) {
        // Read again below, for the character parser's message.
      }
    }
    return reader.readValue(new String(line, 0, length, StandardCharsets.UTF_8));
  }

  private boolean startsAmbiguously() {
    for (int i = 0; i < Math.min(4, length); i++) {
      if (line[i] == 0) {
        return true;
      }
    }
    return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF;
  }

  /**
   * Adds bytes to the line, up to its capacity: the bytes beyond it make the line too long, which
   * the check finds unless an earlier byte is bad.
   */
  private void append(int from, int to) {
    int count = Math.min(to - from, lineCapacity - length);
    if (count < to - from && capacityBelowLimit) {
      problem = "the line is longer than " + MAX_ARRAY_LENGTH + " bytes, more than an array holds";
      return;
    }
    int needed = length + count;
    if (needed > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(lineCapacity, Math.max(2L * line.length,
          needed)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  /**
   * Checks the bytes added since the last check, character by character, up to the first problem.
   * A character cut off at the end waits for the next bytes unless the line has ended.
   */
  private void check(boolean ended) {
    // Locals, not fields, in the loops: this runs over every byte of a feed.
    byte[] bytes = line;
    int end = length;
    int i = checked;
    long units = characters;
    long most = maxLength + 1L;
    while (i < end) {
      int ascii = ByteScan.nonAscii(bytes, i, end);
      units += ascii - i;
      i = ascii;
      if (units > most) {
        problem = tooLong();
        break;
      }
      if (i == end) {
        break;
      }
      int sequence = Utf8.sequence(bytes, i, end);
      // The JDK's decoder, which words the problem, may look at up to four bytes to delimit it.
      if (sequence <= 0 && !ended && (sequence == Utf8.INCOMPLETE || end - i < 4)) {
        break;
      }
      if (sequence <= 0) {
        problem = Utf8.malformedAt(bytes, i, end);
        break;
      }
      i += sequence;
      // A character beyond the BMP is two UTF-16 units, as LineReader counts it.
      units += sequence == 4 ? 2 : 1;
    }
    checked = i;
    characters = units;
  }

  private void finish() {
    number++;
    if (problem == null) {
      check(true);
    }
    if (problem == null && length > 0 && line[length - 1] == '\r') {
      length--;
      characters--;
    }
    if (problem == null && characters > maxLength) {
      problem = tooLong();
    }
    if (problem != null) {
      length = 0;
      throw RecordErrors.of(FeedFormat.NDJSON, number, problem, true);
    }
  }

  private String tooLong() {
    return "the line is longer than " + maxLength + " characters";
  }

  private boolean fill() throws IOException {
    int read;
    do {
      // A stream may give no bytes yet without having ended.
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
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
