package dev.jobposting.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes a feed's bytes as UTF-8 and nothing else, rejecting what is not UTF-8 where a plain
 * {@code InputStreamReader} would put U+FFFD in its place, and where Jackson's own byte parser
 * would guess UTF-16 or UTF-32 from the first bytes. Array feeds are read through it, and end at
 * the first bad bytes with {@link NotUtf8}; NDJSON is split and checked by {@link
 * Utf8LineReader}.
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = Utf8.strictDecoder();
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private NotUtf8 pending;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (length == 1) {
      // A character beyond the BMP takes two chars; Jackson always asks for thousands.
      throw new IllegalArgumentException("read at least two characters at a time");
    }
    if (pending != null) {
      NotUtf8 error = pending;
      pending = null;
      throw error;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        NotUtf8 error = malformed(result.length());
        if (out.position() == offset) {
          throw error;
        }
        // The characters before the bad bytes go out first: they may end earlier elements.
        pending = error;
      } else if (result.isUnderflow() && out.position() == offset && !refill()) {
        decoder.flush(out);
        flushed = true;
      }
    }
    return out.position() - offset;
  }

  private NotUtf8 malformed(int length) {
    int start = bytes.position();
    bytes.position(start + length);
    return new NotUtf8(Utf8.describe(bytes.array(), start, length));
  }

  /** {@return false when the input has ended} Keeps the bytes not yet decoded. */
  private boolean refill() throws IOException {
    if (endOfInput) {
      return false;
    }
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Bytes that are not UTF-8. */
  static final class NotUtf8 extends IOException {

    private static final long serialVersionUID = 1L;

    NotUtf8(String message) {
      super(message);
    }
  }
}
