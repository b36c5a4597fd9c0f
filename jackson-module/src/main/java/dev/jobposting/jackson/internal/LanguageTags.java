package dev.jobposting.jackson.internal;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads BCP 47 language tags, remembering the locales of the tags already read. Postings name few
 * languages; parsing a tag builds a locale builder and the parts of the tag each time, looking it
 * up builds nothing.
 */
final class LanguageTags {

  /** Enough for every language a real feed names; a hostile feed cannot grow the map past it. */
  private static final int MAX_REMEMBERED = 256;

  private static final ConcurrentMap<String, Locale> READ = new ConcurrentHashMap<>();

  private LanguageTags() {}

  /**
   * Parses a well-formed language tag.
   *
   * @param tag the tag, such as {@code en-US}
   * @return its locale
   * @throws java.util.IllformedLocaleException if the tag is not well-formed BCP 47
   */
  static Locale parse(String tag) {
    Locale locale = READ.get(tag);
    if (locale == null) {
      locale = new Locale.Builder().setLanguageTag(tag).build();
      if (READ.size() < MAX_REMEMBERED) {
        READ.putIfAbsent(tag, locale);
      }
    }
    return locale;
  }
}
