package dev.jobposting.jackson;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;

/**
 * The lines of an NDJSON feed, one at a time, each held only until the next is read: {@link
 * LineReader} splits characters, {@link Utf8LineReader} splits UTF-8 bytes.
 */
interface NdjsonLines extends Closeable {

  /**
   * Reads the next line, without its line break.
   *
   * @return false at the end of the input
   * @throws FeedRecordException when the line is longer than the limit or, read from bytes, not
   *     UTF-8; it is skipped
   * @throws IOException when reading fails
   */
  boolean next() throws IOException;

  /** {@return the number of the line last read, from 1} */
  long number();

  /** {@return whether the current line holds nothing but white space} */
  boolean isBlank();

  /**
   * Reads the current line as one value.
   *
   * @param reader the reader of the value
   * @param <T> the value's type
   * @return the value
   * @throws IOException when the line is not such a value
   */
  <T> T read(ObjectReader reader) throws IOException;
}
