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

  /**
   * Whether a phrase occurs in a text as whole words, ignoring case: what {@link #phrase}'s pattern
   * finds. Rules ask this of every employer name and locality, and compiling a pattern per phrase
   * was a tenth of validation's time, so the usual phrase is matched by a loop that compares
   * characters as the pattern's case-insensitive literal does.
   */
  static boolean containsPhrase(String text, String phrase) {
    String needle = phrase.strip();
    if (needle.isEmpty() || hasSurrogate(needle)) {
      return phrase(phrase).matcher(text).find();
    }
    char[] chars = needle.toCharArray();
    int[] folded = new int[chars.length];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(chars[i]);
    }
    for (int start = 0; start + folded.length <= text.length(); start++) {
      if (matchesAt(text, start, chars, folded) && !isWordCodePointBefore(text, start)
          && !isWordCodePointAt(text, start + folded.length)) {
        return true;
      }
    }
    return false;
  }

  /** A pattern that finds a phrase as whole words, ignoring case. */
  static Pattern phrase(String phrase) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip())
        + "(?![\\p{L}\\p{N}])");
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compares as {@link Pattern} does with {@code (?iu)}: longer literals compare folded
   * characters; a one-character literal matches itself when it has no case (such as {@code ß},
   * whose upper case is itself), else what folds to its folded form.
   */
  private static boolean matchesAt(String text, int start, char[] needle, int[] folded) {
    if (folded.length == 1) {
      char c = text.charAt(start);
      char only = needle[0];
      return Character.toUpperCase(only) == folded[0]
          ? c == only : c == folded[0] || fold(c) == folded[0];
    }
    for (int j = 0; j < folded.length; j++) {
      if (fold(text.charAt(start + j)) != folded[j]) {
        return false;
      }
    }
    return true;
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The pattern's look-behind reads one {@code char} back, so a letter outside the Basic
   * Multilingual Plane before the phrase does not count as a letter there.
   */
  private static boolean isWordCodePointBefore(String text, int index) {
    return index > 0 && isWordCodePoint(text.charAt(index - 1));
  }

  private static boolean isWordCodePointAt(String text, int index) {
    return index < text.length() && isWordCodePoint(Character.codePointAt(text, index));
  }

  /** {@return whether a code point is in {@code [\p{L}\p{N}]}: a letter or a number} */
  private static boolean isWordCodePoint(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
