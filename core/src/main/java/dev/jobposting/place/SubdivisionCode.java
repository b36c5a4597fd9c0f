package dev.jobposting.place;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.internal.Subdivisions;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO 3166-2 subdivision code: a country code, a hyphen and up to three letters or digits, such
 * as {@code US-CA} (California) or {@code CA-ON} (Ontario).
 *
 * <p>Every code must name an assigned country. For the countries whose subdivisions this library
 * lists in full (see {@link #isListed(CountryCode)}), the code must also be one of them; for other
 * countries the form alone is checked.
 */
public final class SubdivisionCode implements Comparable<SubdivisionCode> {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  private final String code;
  private final CountryCode country;

  private SubdivisionCode(String code, CountryCode country) {
    this.code = code;
    this.country = country;
  }

  /**
   * Parses a code.
   *
   * @param code such as {@code US-NY}, in any case
   * @return the subdivision code
   * @throws InvariantViolationException when the code is malformed, names no assigned country, or
   *     is not a subdivision of a fully listed country
   */
  public static SubdivisionCode of(String code) {
    Objects.requireNonNull(code, "code");
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!FORM.matcher(upper).matches() || !CountryCode.isValid(upper.substring(0, 2))) {
      throw new InvariantViolationException(
          "SubdivisionCode.code", "'" + code + "' is not an ISO 3166-2 subdivision code");
    }
    CountryCode country = CountryCode.of(upper.substring(0, 2));
    if (Subdivisions.isListed(country.code()) && !Subdivisions.contains(upper)) {
      throw new InvariantViolationException(
          "SubdivisionCode.code", "'" + code + "' is not a subdivision of " + country);
    }
    return new SubdivisionCode(upper, country);
  }

  /**
   * Builds a code from a country and the part after the hyphen.
   *
   * @param country the country
   * @param part such as {@code CA} for California when the country is {@code US}
   * @return the subdivision code
   */
  public static SubdivisionCode of(CountryCode country, String part) {
    return of(country.code() + "-" + part);
  }

  /**
   * Tells whether the library checks every subdivision of a country against the full ISO 3166-2
   * list (at present the United States and Canada, whose subdivisions pay laws refer to).
   *
   * @param country the country
   * @return true when its subdivisions are listed in full
   */
  public static boolean isListed(CountryCode country) {
    return Subdivisions.isListed(country.code());
  }

  /** {@return the full code, such as {@code US-CA}} */
  public String code() {
    return code;
  }

  /** {@return the country part} */
  public CountryCode country() {
    return country;
  }

  /** {@return the part after the hyphen, such as {@code CA}} */
  public String part() {
    return code.substring(3);
  }

  @Override
  public int compareTo(SubdivisionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubdivisionCode && ((SubdivisionCode) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the code itself, such as {@code US-CA}} */
  @Override
  public String toString() {
    return code;
  }
}
