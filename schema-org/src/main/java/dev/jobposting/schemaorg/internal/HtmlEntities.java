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
    while (first < text.length() && !needsEscape(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
  }

  /**
   * Replaces character references by their characters; unknown or malformed references stay.
   *
   * @param text text with references such as {@code &amp;}, {@code &#233;} or {@code &#xE9;}
   * @return the decoded text
   */
  public static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, amp);
    int i = amp;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int semicolon = text.indexOf(';', i + 1);
      String replacement = semicolon > i + 1 && semicolon - i <= 12
          ? reference(text.substring(i + 1, semicolon)) : null;
      if (replacement == null) {
        out.append(c);
        i++;
      } else {
        out.append(replacement);
        i = semicolon + 1;
      }
    }
    return out.toString();
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
    int amp = out.lastIndexOf("&", end);
    if (amp < 0 || end - amp <= 1 || end - amp > 12) {
      return false;
    }
    String replacement = reference(out.substring(amp + 1, end));
    if (replacement == null) {
      return false;
    }
    out.replace(amp, end + 1, replacement);
    return true;
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
