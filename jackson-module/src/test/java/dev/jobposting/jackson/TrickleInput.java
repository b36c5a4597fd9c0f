package dev.jobposting.jackson;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * Gives 1 to 40 bytes per read, so that names, characters and lines straddle the readers' buffer
 * refills.
 */
final class TrickleInput extends InputStream {
  private final byte[] bytes;
  private final SplittableRandom random;
  private int next;

  TrickleInput(byte[] bytes, SplittableRandom random) {
    this.bytes = bytes;
    this.random = random;
  }

  @Override
  public int read() {
    return next < bytes.length ? bytes[next++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (next == bytes.length) {
      return -1;
    }
    int count = Math.min(Math.min(length, bytes.length - next), random.nextInt(1, 41));
    System.arraycopy(bytes, next, buffer, offset, count);
    next += count;
    return count;
  }
}
