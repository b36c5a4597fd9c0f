package dev.jobposting.schemaorg.internal;

import dev.jobposting.place.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Finds the ISO 3166-1 alpha-2 code of a country written as a code (alpha-2 or alpha-3) or as a
 * name in one of many languages ("Deutschland", "Brasil", "Việt Nam", "United Kingdom").
 */
final class Countries {

  /** Languages whose country names the JDK knows and that job pages are written in. */
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "pt", "it", "nl", "ja", "ko",
      "zh", "vi", "pl", "sv", "da", "nb", "fi", "cs", "tr", "ru", "ar", "id", "hu", "ro", "el"};

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_ALPHA3 = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      try {
        BY_ALPHA3.put(country.getISO3Country(), code);
      } catch (MissingResourceException e) {
        // A code without an alpha-3 form is still found by name.
      }
      for (String language : LANGUAGES) {
        String name = country.getDisplayCountry(Locale.forLanguageTag(language));
        BY_NAME.putIfAbsent(LookupKeys.of(name), code);
      }
    }
    String[][] aliases = {{"usa", "US"}, {"us", "US"}, {"u s a", "US"}, {"america", "US"},
        {"united states of america", "US"}, {"uk", "GB"}, {"great britain", "GB"},
        {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"},
        {"south korea", "KR"}, {"korea", "KR"}, {"republic of korea", "KR"}, {"holland", "NL"},
        {"the netherlands", "NL"}, {"czech republic", "CZ"}, {"russia", "RU"}, {"vietnam", "VN"},
        {"uae", "AE"}, {"turkey", "TR"}, {"ivory coast", "CI"}, {"hong kong", "HK"},
        {"macau", "MO"}, {"taiwan", "TW"}, {"brasil", "BR"}, {"espana", "ES"}, {"suisse", "CH"},
        {"schweiz", "CH"}, {"svizzera", "CH"}, {"osterreich", "AT"}, {"belgie", "BE"},
        {"belgique", "BE"}};
    for (String[] alias : aliases) {
      BY_NAME.put(alias[0], alias[1]);
    }
  }

  private Countries() {}

  /** A country found in a text, and whether the text was a code already. */
  record Match(CountryCode code, boolean exact) {}

  static Optional<Match> find(String text) {
    String stripped = text.strip();
    if (stripped.length() == 2 && CountryCode.isValid(stripped)) {
      return Optional.of(new Match(CountryCode.of(stripped), stripped.equals(
          stripped.toUpperCase(Locale.ROOT))));
    }
    String upper = stripped.toUpperCase(Locale.ROOT);
    if (upper.length() == 3 && BY_ALPHA3.containsKey(upper)) {
      return Optional.of(new Match(CountryCode.of(BY_ALPHA3.get(upper)), false));
    }
    String code = BY_NAME.get(LookupKeys.of(stripped));
    return code == null ? Optional.empty() : Optional.of(new Match(CountryCode.of(code), false));
  }
}
