package dev.jobposting.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.jobposting.WebAddress;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.SubdivisionCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * The formats of the leaf values: numbers, booleans, dates and codes. Plain text is {@link
 * StringFormat#PLAIN_TEXT}, enums have their own class, {@link EnumFormat}.
 */
final class Scalars {

  /** Longer number texts are rejected before any conversion, whatever the parser allows. */
  static final int MAX_NUMBER_TEXT = 100;

  /** Digits allowed before and after the decimal point of a decimal number. */
  static final int MAX_DECIMAL_DIGITS = 32;

  static final String WORLDWIDE = "worldwide";

  /** The units of a period as written, in their order. */
  private static final String PERIOD_UNITS = "YMD";

  static final ValueFormat<LocalDate> DATE_FORMAT = new StringFormat<>(LocalDate.class,
      "an ISO 8601 date (yyyy-mm-dd)", Scalars::date, LocalDate::toString);

  private static final BoundedMemo<Period, String> PERIOD_TEXTS =
      new BoundedMemo<>(Period::toString);

  static final ValueFormat<Period> PERIOD = new StringFormat<>(Period.class,
      "an ISO 8601 period such as P14D", Scalars::period, PERIOD_TEXTS::apply);

  /** Throws {@link java.util.IllformedLocaleException} for a tag that is not BCP 47. */
  private static final BoundedMemo<String, Locale> LANGUAGE_TAGS =
      new BoundedMemo<>(tag -> new Locale.Builder().setLanguageTag(tag).build());

  static final ValueFormat<Locale> LANGUAGE = new StringFormat<>(Locale.class,
      "a BCP 47 language tag such as en-US",
      LANGUAGE_TAGS::apply, Locale::toLanguageTag);

  static final ValueFormat<WebAddress> WEB_ADDRESS = new StringFormat<>(WebAddress.class,
      "an absolute http or https address such as https://example.com/jobs/42", WebAddress::of,
      WebAddress::toString);

  static final ValueFormat<CountryCode> COUNTRY_CODE = new StringFormat<>(CountryCode.class,
      "an ISO 3166-1 alpha-2 country code such as US",
      text -> CountryCode.of(country(text)), CountryCode::code);

  static final ValueFormat<SubdivisionCode> SUBDIVISION_CODE = new StringFormat<>(
      SubdivisionCode.class, "an ISO 3166-2 subdivision code such as US-CA",
      text -> SubdivisionCode.of(subdivision(text)), SubdivisionCode::code);

  static final ValueFormat<Currency> CURRENCY = new StringFormat<>(Currency.class,
      "an ISO 4217 currency code such as USD",
      text -> Currency.getInstance(currencyCode(text)), Currency::getCurrencyCode);

  static final ValueFormat<AdministrativeArea> AREA = new StringFormat<>(AdministrativeArea.class,
      "'" + WORLDWIDE + "', a country code such as US or a subdivision code such as US-CA",
      Scalars::area, AdministrativeArea::toString);

  static final ValueFormat<Boolean> BOOLEAN = new TokenFormat<>(Boolean.class, "a boolean",
      Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
      (parser, context) -> parser.currentToken() == JsonToken.VALUE_TRUE,
      JsonGenerator::writeBoolean);

  static final ValueFormat<Integer> INTEGER = new TokenFormat<>(Integer.class, "an integer",
      Set.of(JsonToken.VALUE_NUMBER_INT), Scalars::integer, JsonGenerator::writeNumber);

  // The plain text keeps the scale, so that the value read back is equal, and has no exponent
  // (BigDecimal.toString writes 1E-7). Spelling every digit out is safe because core bounds every
  // decimal it holds: at most 15 integer and 15 fraction digits for money, 3 and 10 for
  // coordinates, 3 and 2 for hours per week, all at a scale of 0 or more. The mapper's BigDecimal
  // features cannot change this text.
  static final ValueFormat<BigDecimal> DECIMAL = new TokenFormat<>(BigDecimal.class, "a number",
      Set.of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT), Scalars::decimal,
      (generator, value) -> generator.writeNumber(plain(value)));

  private Scalars() {}

  /**
   * Spells a decimal's digits out without an exponent. Where {@code toString} writes no exponent
   * (a scale of 0 or more and an adjusted exponent, precision - scale - 1, of -6 or more) it is
   * used instead of {@code toPlainString}: a decimal keeps its {@code toString} once made, where
   * {@code toPlainString} builds a new text on every write.
   */
  private static String plain(BigDecimal value) {
    return value.scale() >= 0 && value.precision() - value.scale() > -6
        ? value.toString() : value.toPlainString();
  }

  private static Integer integer(JsonParser parser, ReadContext context) throws IOException {
    // The length check comes first so that a huge number is never converted.
    if (parser.getTextLength() > 11 || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw context.invalid(parser, Integer.class, parser.getText(),
          ReadContext.quote(parser.getText()) + " is outside the range of a 32-bit integer");
    }
    return parser.getIntValue();
  }

  private static BigDecimal decimal(JsonParser parser, ReadContext context) throws IOException {
    if (parser.getTextLength() > MAX_NUMBER_TEXT || parser.isNaN()) {
      throw context.invalid(parser, BigDecimal.class, parser.getText(),
          ReadContext.quote(parser.getText()) + " is not a decimal number of at most "
              + MAX_NUMBER_TEXT + " characters");
    }
    BigDecimal value;
    try {
      // Read from the number's text, never through double, whatever the mapper's features.
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent beyond the range of int, such as 1E-99999999999.
      throw context.invalid(parser, BigDecimal.class, parser.getText(),
          ReadContext.quote(parser.getText()) + " is not a decimal number in range");
    }
    if (value.scale() > MAX_DECIMAL_DIGITS
        || value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
      throw context.invalid(parser, BigDecimal.class, parser.getText(),
          ReadContext.quote(parser.getText()) + " has more than " + MAX_DECIMAL_DIGITS
              + " digits before or after the decimal point");
    }
    return value;
  }

  // The canonical forms below are checked character by character: a regular expression allocated
  // a matcher and its arrays for every code and date read.

  private static String country(String text) {
    return canonical(text.length() == 2 && letters(text, 0, 2), text);
  }

  private static String subdivision(String text) {
    int length = text.length();
    boolean valid = length >= 4 && length <= 6 && letters(text, 0, 2) && text.charAt(2) == '-';
    for (int i = 3; valid && i < length; i++) {
      char c = text.charAt(i);
      valid = isAsciiUpper(c) || isAsciiDigit(c);
    }
    return canonical(valid, text);
  }

  private static String currencyCode(String text) {
    return canonical(text.length() == 3 && letters(text, 0, 3), text);
  }

  /** An ISO 8601 calendar date in exactly the form yyyy-mm-dd, and a real day. */
  private static LocalDate date(String text) {
    canonical(text.length() == 10 && digits(text, 0, 4) && text.charAt(4) == '-'
        && digits(text, 5, 7) && text.charAt(7) == '-' && digits(text, 8, 10), text);
    return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
  }

  /**
   * A period. The form written (P1Y2M14D: unsigned numbers, units in that order) is read here;
   * {@link Period#parse} runs a regular expression (2 % of a posting's read in a profile) and reads
   * every other form (weeks, signs, lower case).
   */
  private static Period period(String text) {
    int length = text.length();
    if (length < 3 || text.charAt(0) != 'P') {
      return Period.parse(text);
    }
    int[] amounts = new int[PERIOD_UNITS.length()];
    int next = 0;
    for (int i = 1; i < length; ) {
      int start = i;
      int amount = 0;
      // Nine digits always fit in an int; longer numbers are left to Period.parse.
      for (char c; i < length && i - start < 9 && isAsciiDigit(c = text.charAt(i)); i++) {
        amount = amount * 10 + (c - '0');
      }
      int unit = i > start && i < length ? PERIOD_UNITS.indexOf(text.charAt(i)) : -1;
      if (unit < next) {
        return Period.parse(text);
      }
      amounts[unit] = amount;
      next = unit + 1;
      i++;
    }
    return Period.of(amounts[0], amounts[1], amounts[2]);
  }

  private static String canonical(boolean valid, String text) {
    if (!valid) {
      throw new IllegalArgumentException(text);
    }
    return text;
  }

  private static boolean letters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiUpper(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static AdministrativeArea area(String text) {
    if (WORLDWIDE.equals(text)) {
      return AdministrativeArea.worldwide();
    }
    return text.length() == 2
        ? AdministrativeArea.country(CountryCode.of(country(text)))
        : AdministrativeArea.subdivision(SubdivisionCode.of(subdivision(text)));
  }
}
