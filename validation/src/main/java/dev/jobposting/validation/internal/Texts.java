package dev.jobposting.validation.internal;

import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for rules that read descriptions and titles. */
final class Texts {

  private static final Pattern HTML_BREAK = Pattern.compile("(?i)<(p|br|ul|ol|li)\\b");

  private Texts() {}

  /**
   * The words of a text for comparisons: tags dropped, common entities decoded, white space
   * collapsed, lower case.
   */
  static String words(String text) {
    String plain = withoutTags(text)
        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    return collapseSpaces(plain).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Replaces each tag, from a {@code <} to the next {@code >}, by a space. A loop rather than a
   * regular expression: rules call this for every item of a posting, and it showed in profiles.
   */
  private static String withoutTags(String text) {
    int open = text.indexOf('<');
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      out.append(text, from, open).append(' ');
      from = close + 1;
      open = text.indexOf('<', from);
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Replaces each run of white space that a regular expression's {@code \s+} matches by a space. */
  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f'
          || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString();
  }

  static String words(RichText text) {
    return words(text.text());
  }

  /** Whether the words of {@code needle} appear, in order, in the words of {@code haystack}. */
  static boolean mentions(String haystackWords, String needle) {
    return haystackWords.contains(words(needle));
  }

  /** Whether a text has paragraph breaks: HTML block tags or line breaks. */
  static boolean hasParagraphBreaks(RichText text) {
    return text.text().contains("\n")
        || text.format() == TextFormat.HTML && HTML_BREAK.matcher(text.text()).find();
  }

  /** A pattern that finds a phrase as whole words, ignoring case. */
  static Pattern phrase(String phrase) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip())
        + "(?![\\p{L}\\p{N}])");
  }
}
