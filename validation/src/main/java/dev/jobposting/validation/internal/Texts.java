package dev.jobposting.validation.internal;

import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for rules that read descriptions and titles. */
final class Texts {

  private static final Pattern HTML_BREAK = Pattern.compile("(?i)<(p|br|ul|ol|li)\\b");

  private Texts() {}

  /** The entities that {@link #words} decodes, and what each stands for. */
  private static final String[] ENTITIES = {"&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;", "&amp;"};
  private static final char[] DECODED = {' ', '<', '>', '"', '\'', '&'};

  /**
   * The words of a text for comparisons: tags dropped, common entities decoded, white space
   * collapsed, lower case.
   */
  static String words(String text) {
    return words(text, Integer.MAX_VALUE);
  }

  /**
   * Whether the words of a text are the given words. Reading stops once the text has more
   * characters that are not white space than lower-casing could bring down to the words' length
   * (a code point of at most two characters lowers to at least one), so a long description is not
   * read to the end to learn that it differs from a title.
   */
  static boolean hasWords(RichText text, String words) {
    String own = words(text.text(), 2 * words.length());
    return own != null && own.equals(words);
  }

  /**
   * The words in one pass: each tag, from a {@code <} to the next {@code >}, becomes a space (a
   * {@code <} without a {@code >} after it is kept, with the rest of the text); the entities are
   * decoded; each run of the white space that a regular expression's {@code \s+} matches becomes
   * one space; then the ends are stripped and the text lower-cased. A loop rather than regular
   * expressions and replacements: rules call this for long descriptions, and it showed in
   * profiles.
   *
   * @return the words, or null when more than {@code limit} characters that are not white space
   *     were kept
   */
  private static String words(String text, int limit) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
    boolean tags = true;
    boolean inSpace = false;
    int kept = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int next = i + 1;
      if (c == '<' && tags) {
        int close = text.indexOf('>', next);
        if (close < 0) {
          tags = false;
        } else {
          c = ' ';
          next = close + 1;
        }
      } else if (c == '&') {
        for (int e = 0; e < ENTITIES.length; e++) {
          if (text.startsWith(ENTITIES[e], i)) {
            c = DECODED[e];
            next = i + ENTITIES[e].length();
            break;
          }
        }
      }
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f'
          || c == '\r';
      if (!space) {
        out.append(c);
        if (!Character.isWhitespace(c) && ++kept > limit) {
          return null;
        }
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
      i = next;
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
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

  /**
   * Words looked for ignoring case as a {@code (?iu)} pattern compares its literals. A pattern
   * whose every match contains one of the words need not run on a text that contains none: the
   * work-mode patterns of G-05W, run on every description, cost a tenth of validation, and a scan
   * for their words is several times cheaper.
   */
  static final class Needles {

    private final int[][] folded;

    Needles(String... words) {
      folded = new int[words.length][];
      for (int w = 0; w < words.length; w++) {
        folded[w] = words[w].chars().map(Texts::fold).toArray();
      }
    }

    /** {@return whether the text contains one of the words} */
    boolean inText(String text) {
      for (int i = 0; i < text.length(); i++) {
        int first = fastFold(text.charAt(i));
        for (int[] word : folded) {
          if (word[0] == first && word.length <= text.length() - i && matchesRest(text, i, word)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean matchesRest(String text, int start, int[] word) {
      for (int j = 1; j < word.length; j++) {
        if (fastFold(text.charAt(start + j)) != word[j]) {
          return false;
        }
      }
      return true;
    }
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
          ? c == only : c == folded[0] || fastFold(c) == folded[0];
    }
    for (int j = 0; j < folded.length; j++) {
      if (fastFold(text.charAt(start + j)) != folded[j]) {
        return false;
      }
    }
    return true;
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@link #fold} with ASCII, by far the most common, decided without the Unicode tables. */
  private static int fastFold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return fold(c);
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
