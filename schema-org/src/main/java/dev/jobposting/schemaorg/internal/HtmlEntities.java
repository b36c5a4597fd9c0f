package dev.jobposting.schemaorg.internal;

import java.util.HashMap;
import java.util.Map;

/** Encodes text for HTML and decodes the character references that job pages use. */
public final class HtmlEntities {

  /** HTML 4's Latin-1 entities, in code-point order from U+00A0. */
  private static final String[] LATIN_1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy"
      + " ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm"
      + " raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil"
      + " Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde"
      + " Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde"
      + " auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde"
      + " ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml")
      .split(" ");

  private static final Map<String, String> NAMED = new HashMap<>();

  /**
   * The references {@link #escape(String)} writes, by character; every escaped character is at
   * most {@code '>'}, so most characters are passed over by one comparison.
   */
  private static final String[] ESCAPES = new String['>' + 1];

  /** The most characters from a reference's {@code &} to its {@code ;}. */
  private static final int MAX_REFERENCE = 12;

  static {
    for (int i = 0; i < LATIN_1.length; i++) {
      NAMED.put(LATIN_1[i], String.valueOf((char) (0xA0 + i)));
    }
    String[][] others = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
        {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
        {"sbquo", "\u201A"}, {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"bdquo", "\u201E"},
        {"bull", "\u2022"}, {"hellip", "\u2026"}, {"euro", "\u20AC"}, {"trade", "\u2122"},
        {"OElig", "\u0152"}, {"oelig", "\u0153"}, {"Scaron", "\u0160"}, {"scaron", "\u0161"},
        {"Yuml", "\u0178"}, {"circ", "\u02C6"}, {"tilde", "\u02DC"}, {"ensp", "\u2002"},
        {"emsp", "\u2003"}, {"thinsp", "\u2009"}, {"zwnj", "\u200C"}, {"zwj", "\u200D"},
        {"lrm", "\u200E"}, {"rlm", "\u200F"}, {"dagger", "\u2020"}, {"Dagger", "\u2021"},
        {"permil", "\u2030"}, {"lsaquo", "\u2039"}, {"rsaquo", "\u203A"}, {"rarr", "\u2192"},
        {"larr", "\u2190"}, {"check", "\u2713"}};
    for (String[] pair : others) {
      NAMED.put(pair[0], pair[1]);
    }
    ESCAPES['&'] = "&amp;";
    ESCAPES['<'] = "&lt;";
    ESCAPES['>'] = "&gt;";
    ESCAPES['"'] = "&quot;";
    ESCAPES['\''] = "&#39;";
  }

  private HtmlEntities() {}

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} as character references
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && escapeOf(text.charAt(first)) == null) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /**
   * Appends text escaped as {@link #escape(String)} escapes it, without an intermediate string:
   * the exported description escapes every one of its texts into a single builder.
   *
   * @param text any text
   * @param out where to append
   */
  static void escape(String text, StringBuilder out) {
    // Read once: Java 25 read the length (and the string's coder) on every pass when the loop
    // asked for it, about 5 % of exporting the reference posting.
    int length = text.length();
    int start = 0;
    for (int i = 0; i < length; i++) {
      String reference = escapeOf(text.charAt(i));
      if (reference != null) {
        out.append(text, start, i).append(reference);
        start = i + 1;
      }
    }
    out.append(text, start, length);
  }

  /** {@return the character reference that escapes a character, or null when it needs none} */
  private static String escapeOf(char c) {
    return c < ESCAPES.length ? ESCAPES[c] : null;
  }

  /**
   * Replaces character references by their characters; unknown or malformed references stay.
   *
   * @param text text with references such as {@code &amp;}, {@code &#233;} or {@code &#xE9;}
   * @return the decoded text
   */
  public static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    decode(text, 0, text.length(), out);
    return out.toString();
  }

  /**
   * Appends part of a text with its character references replaced, as {@link #decode(String)}
   * does, without copying the part first.
   *
   * @param text the text
   * @param from the first index of the part
   * @param to the index after the part
   * @param out where to append
   */
  static void decode(String text, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int amp = indexOf(text, '&', i, to);
      if (amp < 0) {
        out.append(text, i, to);
        return;
      }
      out.append(text, i, amp);
      // A reference is at most MAX_REFERENCE long, so the search for its end stops there: a
      // search to the end of the text made a text of many '&' quadratic.
      int semicolon = indexOf(text, ';', amp + 1, Math.min(to, amp + MAX_REFERENCE + 1));
      String replacement = semicolon > amp + 1 ? reference(text.substring(amp + 1, semicolon))
          : null;
      if (replacement == null) {
        out.append('&');
        i = amp + 1;
      } else {
        out.append(replacement);
        i = semicolon + 1;
      }
    }
  }

  /** Like {@link String#indexOf(int, int)}, but looks no further than {@code to}. */
  private static int indexOf(CharSequence text, char c, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Decodes character references until none is left, in one pass: a reference that decoding
   * forms ({@code &amp;lt;} becomes {@code &lt;}) is decoded as soon as it is complete, so the
   * result is what repeated {@link #decode(String)} would reach, in linear time.
   *
   * @param text text with references, possibly encoded several times
   * @return text in which no reference is left
   */
  public static String decodeFully(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      while (out.length() > 0 && out.charAt(out.length() - 1) == ';' && replaceLast(out)) {
        // A replacement that ends in ';' may complete a reference before it.
      }
    }
    return out.toString();
  }

  private static boolean replaceLast(StringBuilder out) {
    int end = out.length() - 1;
    // Only as far back as a reference can reach: a search to the start made ";;;..." quadratic.
    int amp = lastIndexOf(out, '&', Math.max(0, end - MAX_REFERENCE), end);
    if (amp < 0 || end - amp <= 1) {
      return false;
    }
    String replacement = reference(out.substring(amp + 1, end));
    if (replacement == null) {
      return false;
    }
    out.replace(amp, end + 1, replacement);
    return true;
  }

  /** The last index of a character from {@code from} to before {@code to}, or -1. */
  private static int lastIndexOf(CharSequence text, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String reference(String name) {
    if (name.startsWith("#")) {
      try {
        int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(codePoint) && codePoint != 0
            ? new String(Character.toChars(codePoint)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NAMED.get(name);
  }
}
