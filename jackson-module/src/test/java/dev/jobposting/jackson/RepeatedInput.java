package dev.jobposting.jackson;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made on the fly: a head, a middle repeated many times, and a tail, so that tests
 * can feed hundreds of megabytes without holding them.
 */
final class RepeatedInput extends InputStream {

  private final byte[][] parts;
  private final long repeats;
  private long repeated;
  private int part;
  private int position;

  RepeatedInput(String head, String middle, long repeats, String tail) {
    this.parts = new byte[][] {head.getBytes(StandardCharsets.UTF_8),
        middle.getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.UTF_8)};
    this.repeats = repeats;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    while (part < parts.length && (position == parts[part].length || skipMiddle())) {
      position = 0;
      if (part == 1 && ++repeated < repeats) {
        continue;
      }
      part++;
    }
    if (part == parts.length) {
      return -1;
    }
    int count = Math.min(length, parts[part].length - position);
    System.arraycopy(parts[part], position, buffer, offset, count);
    position += count;
    return count;
  }

  private boolean skipMiddle() {
    return part == 1 && repeats == 0;
  }
}
