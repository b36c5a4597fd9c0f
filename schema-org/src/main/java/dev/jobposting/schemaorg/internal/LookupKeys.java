package dev.jobposting.schemaorg.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys for looking up names found in postings, such as countries and employment types, whatever
 * their accents, case and punctuation: {@code "Côte-d'Ivoire"} and {@code "cote d ivoire"} have
 * the same key.
 */
final class LookupKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private LookupKeys() {}

  /** {@return the text in lower case without accents, its words separated by single spaces} */
  static String of(String text) {
    return NOT_LETTERS_OR_DIGITS.matcher(withoutAccents(text)).replaceAll(" ").strip();
  }

  /** {@return the text in lower case, its letters decomposed and their accents dropped} */
  static String withoutAccents(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }
}
