package dev.jobposting.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes a feed's bytes as UTF-8 and nothing else, rejecting what is not UTF-8 where a plain
 * {@code InputStreamReader} would put U+FFFD in its place, and where Jackson's own byte parser
 * would guess UTF-16 or UTF-32 from the first bytes. After bad bytes it throws {@link
 * NotUtf8} once and then resumes at the next line feed: UTF-8 never uses that byte inside a
 * character, so in NDJSON the line is the only thing lost and {@link LineReader} can report it and
 * go on. An array feed ends at the exception.
 */
final class StrictUtf8Reader extends Reader {

  private static final byte LINE_FEED = '\n';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private NotUtf8 pending;
  private boolean skipping;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (length == 1) {
      // A character beyond the BMP takes two chars; LineReader always asks for thousands.
      throw new IllegalArgumentException("read at least two characters at a time");
    }
    if (pending != null) {
      NotUtf8 error = pending;
      pending = null;
      throw error;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      if (flushed || skipping && !skipToLineFeed()) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        NotUtf8 error = malformed(result.length());
        if (out.position() == offset) {
          throw error;
        }
        // The characters before the bad bytes go out first: they may end earlier lines.
        pending = error;
      } else if (result.isUnderflow() && out.position() == offset && !refill()) {
        decoder.flush(out);
        flushed = true;
      }
    }
    return out.position() - offset;
  }

  private NotUtf8 malformed(int length) {
    byte[] bad = new byte[length];
    bytes.get(bad);
    decoder.reset();
    skipping = true;
    return new NotUtf8("not valid UTF-8: bytes "
        + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad) + " do not form a character");
  }

  /** {@return false at the end of the input} Drops bytes up to, not including, a line feed. */
  private boolean skipToLineFeed() throws IOException {
    while (true) {
      while (bytes.hasRemaining()) {
        if (bytes.get(bytes.position()) == LINE_FEED) {
          skipping = false;
          return true;
        }
        bytes.get();
      }
      if (!refill()) {
        return false;
      }
    }
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

  /** Bad bytes in the current line; the reader goes on at the next line. */
  static final class NotUtf8 extends IOException {

    private static final long serialVersionUID = 1L;

    NotUtf8(String message) {
      super(message);
    }
  }
}
