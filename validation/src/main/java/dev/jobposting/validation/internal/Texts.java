package dev.jobposting.validation.internal;

import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for rules that read descriptions and titles. */
final class Texts {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern HTML_BREAK = Pattern.compile("(?i)<(p|br|ul|ol|li)\\b");

  private Texts() {}

  /**
   * The words of a text for comparisons: tags dropped, common entities decoded, white space
   * collapsed, lower case.
   */
  static String words(String text) {
    String plain = TAG.matcher(text).replaceAll(" ")
        .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    return SPACE.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
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
