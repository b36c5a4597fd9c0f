package dev.jobposting.jackson;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Tells well-formed UTF-8 apart, byte sequence by byte sequence, as the Unicode Standard defines it
 * (table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF. The JDK's strict decoder
 * accepts exactly the same sequences; {@link Utf8LineReader} asks it for the message only when a
 * line is bad.
 */
final class Utf8 {

  /** What {@link #sequence} returns for bytes that begin a character but are cut off. */
  static final int INCOMPLETE = 0;

  /** What {@link #sequence} returns for bytes that are no character's beginning. */
  static final int MALFORMED = -1;

  private Utf8() {}

  /**
   * Reads the byte sequence that starts at an index.
   *
   * @param bytes the bytes
   * @param start where the sequence starts
   * @param end where the bytes available end, after {@code start}
   * @return the sequence's length (1 to 4) when it is one whole character, {@link #INCOMPLETE}
   *     when every byte before {@code end} fits but the character needs more, else {@link
   *     #MALFORMED}
   */
  static int sequence(byte[] bytes, int start, int end) {
    int lead = bytes[start] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int length;
    // The range of the second byte; the third and fourth are always 80..BF.
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        low = 0xA0;
      } else if (lead == 0xED) {
        high = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F;
      }
    } else {
      return MALFORMED;
    }
    for (int i = 1; i < length; i++) {
      if (start + i >= end) {
        return INCOMPLETE;
      }
      int next = bytes[start + i] & 0xFF;
      if (next < low || next > high) {
        return MALFORMED;
      }
      low = 0x80;
      high = 0xBF;
    }
    return length;
  }

  /**
   * Describes bad bytes the way the JDK's strict decoder delimits them, so that a line reads as
   * bad with the same message whichever reader split it.
   *
   * @param bytes the bytes
   * @param start where a sequence that {@link #sequence} calls malformed, or incomplete at the
   *     end of the line, starts
   * @param end where the line's bytes end
   * @return the message
   * @throws IllegalStateException if the bytes are UTF-8 after all, which would make this class
   *     wrong about what the decoder accepts
   */
  static String malformedAt(byte[] bytes, int start, int end) {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(4), true);
    if (!result.isError()) {
      throw new IllegalStateException("the JDK's decoder accepts bytes that sequence() rejects: "
          + HexFormat.ofDelimiter(" ").formatHex(bytes, start, end));
    }
    return describe(bytes, start, result.length());
  }

  /**
   * Describes bad bytes.
   *
   * @param bytes where they are
   * @param start the first bad byte
   * @param length how many bytes fail to form a character
   * @return the message
   */
  static String describe(byte[] bytes, int start, int length) {
    return "not valid UTF-8: bytes "
        + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, start, start + length)
        + " do not form a character";
  }

  /** {@return a decoder that reports what is not UTF-8 instead of replacing it} */
  static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
