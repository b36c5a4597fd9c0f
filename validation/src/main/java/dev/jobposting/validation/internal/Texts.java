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
   * Whether two texts have the same {@link #words}. The texts are compared as they are read, up to
   * the first difference, without building either text's words: every validation compares the
   * description with the title, and building both texts' words was a twelfth of validating a
   * posting. Only where a text has a character whose lower case or white space depends on more
   * than itself (see {@link PlainWords}) are the words built and compared, and then the first text
   * is not read beyond twice the second's words (a code point of at most two characters lowers to
   * at least one).
   */
  static boolean sameWords(String text, String other) {
    PlainWords own = new PlainWords(text);
    PlainWords others = new PlainWords(other);
    for (;;) {
      int c = own.next();
      int d = others.next();
      if (c == PlainWords.NOT_PLAIN || d == PlainWords.NOT_PLAIN) {
        String words = words(other);
        String ownWords = words(text, 2 * words.length());
        return ownWords != null && ownWords.equals(words);
      }
      if (c != d) {
        return false;
      }
      if (c == PlainWords.END) {
        return true;
      }
    }
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
    Markup markup = new Markup(text);
    boolean inSpace = false;
    int kept = 0;
    for (int c = markup.next(); c != Markup.END; c = markup.next()) {
      boolean space = isSpace(c);
      if (!space) {
        out.append((char) c);
        if (!Character.isWhitespace(c) && ++kept > limit) {
          return null;
        }
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  /** {@return whether a character is white space for a regular expression's {@code \s}} */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  /** Reads a text as {@link #words} does: each tag a space, the common entities decoded. */
  private static final class Markup {

    static final int END = -1;

    private final String text;
    private int at;
    private boolean tags = true;

    Markup(String text) {
      this.text = text;
    }

    /** {@return the next character, or {@link #END}} */
    int next() {
      if (at >= text.length()) {
        return END;
      }
      char c = text.charAt(at);
      int next = at + 1;
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
          if (text.startsWith(ENTITIES[e], at)) {
            c = DECODED[e];
            next = at + ENTITIES[e].length();
            break;
          }
        }
      }
      at = next;
      return c;
    }
  }

  /**
   * Reads a text's {@link #words} one character at a time, while each character lowers to one
   * character on its own: not {@code U+0130} (which lowers to two), not a capital sigma (whose
   * lower case depends on whether a word ends after it), not half of a surrogate pair, and not
   * white space outside {@code \s} (which {@link String#strip} removes at the ends only).
   */
  private static final class PlainWords {

    static final int END = Markup.END;
    static final int NOT_PLAIN = -2;

    private final Markup markup;
    private boolean started;
    private boolean spaceDue;
    private int held = END;

    PlainWords(String text) {
      markup = new Markup(text);
    }

    /** {@return the next character of the words, {@link #END}, or {@link #NOT_PLAIN}} */
    int next() {
      if (held != END) {
        int c = held;
        held = END;
        return c;
      }
      for (int c = markup.next(); c != Markup.END; c = markup.next()) {
        if (isSpace(c)) {
          spaceDue = started;
          continue;
        }
        if (!isPlain(c)) {
          return NOT_PLAIN;
        }
        int lower = Character.toLowerCase(c);
        started = true;
        if (spaceDue) {
          spaceDue = false;
          held = lower;
          return ' ';
        }
        return lower;
      }
      return END;
    }

    private static boolean isPlain(int c) {
      return c != '\u0130' && c != '\u03a3' && !Character.isSurrogate((char) c)
          && !Character.isWhitespace(c);
    }
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
