package dev.jobposting.internal;

import java.util.Set;

/**
 * ISO 3166-2 subdivisions of the countries whose pay laws are per subdivision. Other countries'
 * codes are checked for form only, so that an address anywhere can still be modelled.
 */
public final class Subdivisions {

  private static final Set<String> LISTED_COUNTRIES = Set.of("US", "CA");

  private static final Set<String> CODES =
      Set.of(
          "US-AL", "US-AK", "US-AZ", "US-AR", "US-CA", "US-CO", "US-CT", "US-DE", "US-FL", "US-GA",
          "US-HI", "US-ID", "US-IL", "US-IN", "US-IA", "US-KS", "US-KY", "US-LA", "US-ME", "US-MD",
          "US-MA", "US-MI", "US-MN", "US-MS", "US-MO", "US-MT", "US-NE", "US-NV", "US-NH", "US-NJ",
          "US-NM", "US-NY", "US-NC", "US-ND", "US-OH", "US-OK", "US-OR", "US-PA", "US-RI", "US-SC",
          "US-SD", "US-TN", "US-TX", "US-UT", "US-VT", "US-VA", "US-WA", "US-WV", "US-WI", "US-WY",
          "US-DC", "US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI",
          "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE",
          "CA-QC", "CA-SK", "CA-YT");

  private Subdivisions() {}

  /**
   * Tells whether a country's subdivisions are listed in full.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return true for the listed countries
   */
  public static boolean isListed(String country) {
    return LISTED_COUNTRIES.contains(country);
  }

  /**
   * Tells whether a subdivision code is listed.
   *
   * @param code such as {@code US-CA}
   * @return true when listed
   */
  public static boolean contains(String code) {
    return CODES.contains(code);
  }
}
