package dev.jobposting.schemaorg.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes inside JSON strings every character that could end a script element or start a comment
 * or CDATA section in HTML ({@code < > &}), and the line separators U+2028 and U+2029 that older
 * JavaScript parsers take for line ends. Outside strings JSON never contains these characters.
 */
public final class ScriptEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII['<'] = ESCAPE_STANDARD;
    ASCII['>'] = ESCAPE_STANDARD;
    ASCII['&'] = ESCAPE_STANDARD;
  }

  private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (ch == 0x2028) {
      return LINE_SEPARATOR;
    }
    if (ch == 0x2029) {
      return PARAGRAPH_SEPARATOR;
    }
    return null;
  }
}
