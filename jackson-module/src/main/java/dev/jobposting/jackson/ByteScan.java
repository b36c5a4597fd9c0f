package dev.jobposting.jackson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the bytes an NDJSON line reader stops at, eight bytes at a time: a line feed, and a byte
 * beyond ASCII. The line reader looks at every byte of a feed twice, once to split it into lines
 * and once to check it as UTF-8, and a byte at a time that was a tenth of reading a generated
 * feed. Each eight bytes are read as one little-endian {@code long}, so that the lowest flagged
 * byte of a word is the first in the array.
 */
final class ByteScan {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of every byte: set in a byte beyond ASCII. */
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private static final long LOW_BITS = 0x0101_0101_0101_0101L;

  private static final long LINE_FEEDS = 0x0A0A_0A0A_0A0A_0A0AL;

  private ByteScan() {}

  /**
   * Finds the first line feed.
   *
   * @param bytes the bytes
   * @param from the first index looked at
   * @param to the index after the last one looked at
   * @return the index of the first {@code '\n'} from {@code from}, or {@code to} if there is none
   */
  static int lineFeed(byte[] bytes, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      // A byte of x is zero where the word holds a line feed. Subtracting one from each byte sets
      // the high bit of a zero byte; "& ~x" drops the bytes whose high bit was set already. A
      // borrow can flag a byte above a zero byte too, but never one below the first.
      long x = (long) LONGS.get(bytes, i) ^ LINE_FEEDS;
      long found = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /**
   * Finds the first byte beyond ASCII (a negative {@code byte}).
   *
   * @param bytes the bytes
   * @param from the first index looked at
   * @param to the index after the last one looked at
   * @return the index of the first byte from {@code from} that is not ASCII, or {@code to} if
   *     there is none
   */
  static int nonAscii(byte[] bytes, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long found = (long) LONGS.get(bytes, i) & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i;
  }
}
