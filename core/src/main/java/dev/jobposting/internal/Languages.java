package dev.jobposting.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a {@link Locale} names a language by ISO 639: a two-letter code must be one the JDK
 * lists (ISO 639-1); a three-letter code (ISO 639-2 and 639-3, for languages without a two-letter
 * code) is checked for form only, as the JDK ships no list of them.
 */
public final class Languages {

  private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
  private static final Pattern THREE_LETTER = Pattern.compile("[a-z]{3}");

  private Languages() {}

  /**
   * Requires a locale whose language is an ISO 639 code.
   *
   * @param path {@code Type.attribute}
   * @param locale the locale
   */
  public static void check(String path, Locale locale) {
    String language = locale.getLanguage();
    Checks.require(TWO_LETTER.contains(language) || THREE_LETTER.matcher(language).matches(),
        path, () -> "'" + locale.toLanguageTag()
            + "' is not a BCP 47 tag whose language is an ISO 639 code");
  }
}
