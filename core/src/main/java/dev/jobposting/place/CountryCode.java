package dev.jobposting.place;

import dev.jobposting.InvariantViolationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code US} or {@code DE}.
 *
 * <p>Codes are upper-cased and checked against the JDK's list of assigned codes:
 *
 * <pre>{@code
 * CountryCode us = CountryCode.of("us"); // "US"
 * CountryCode.of("XX");                  // throws InvariantViolationException
 * }</pre>
 */
public final class CountryCode implements Comparable<CountryCode> {

  private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Parses a code.
   *
   * @param code two letters, in any case
   * @return the country code
   * @throws InvariantViolationException when the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!ASSIGNED.contains(upper)) {
      throw new InvariantViolationException(
          "CountryCode.code", "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
    }
    return new CountryCode(upper);
  }

  /**
   * Tells whether a text is an assigned code, without throwing.
   *
   * @param code the candidate
   * @return true when {@link #of(String)} would accept it
   */
  public static boolean isValid(String code) {
    return code != null && ASSIGNED.contains(code.strip().toUpperCase(Locale.ROOT));
  }

  /** {@return the two upper-case letters} */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode && ((CountryCode) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the code itself, such as {@code US}} */
  @Override
  public String toString() {
    return code;
  }
}
