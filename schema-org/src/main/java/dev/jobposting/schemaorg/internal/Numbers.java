package dev.jobposting.schemaorg.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers the way pages write them: JSON numbers, and texts with thousands
 * separators ({@code 1,234.50}, {@code 1.234,50}, {@code 1'234}, {@code 45 000}), a currency sign
 * or a word around them, and a few multipliers ({@code 50k}, {@code 8 triệu}).
 */
final class Numbers {

  /** More digits than this is no salary, and keeps hostile input cheap. */
  private static final int MAX_DIGITS = 24;
  private static final Pattern NUMBER = Pattern.compile(
      "\\d[\\d.,'\u2019\u00A0\u202F ]*");
  private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");
  private static final Pattern MULTIPLIER = Pattern.compile(
      "(?iu)^\\s*(k|tsd|mil|thousand|mio|million|millions|millones|milhões|triệu|万|億)(?!\\p{IsLatin})");

  private Numbers() {}

  /** A number with how it was read. */
  record Reading(BigDecimal value, boolean guessed, String note) {}

  static Optional<BigDecimal> read(Value value, Context context) {
    if (value.node().isNumber()) {
      return Optional.of(value.node().decimalValue());
    }
    if (!value.node().isTextual()) {
      context.issues().dropped(value.path(), "expected a number, found " + value.shown());
      return Optional.empty();
    }
    Optional<Reading> reading = parse(value.node().textValue());
    if (reading.isEmpty()) {
      context.issues().dropped(value.path(), "no number in " + value.shown());
      return Optional.empty();
    }
    Reading r = reading.get();
    if (r.guessed()) {
      context.issues().guessed(value.path(), "read " + value.shown() + " as "
          + r.value().toPlainString() + " (" + r.note() + ")");
    } else {
      context.issues().normalised(value.path(), "read " + value.shown() + " as "
          + r.value().toPlainString());
    }
    return Optional.of(r.value());
  }

  /** Parses the first number in a text. */
  static Optional<Reading> parse(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return parseAt(text, m);
  }

  /** Parses every number in a text, in order. */
  static List<Reading> parseAll(String text) {
    List<Reading> readings = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find() && readings.size() < 4) {
      parseAt(text, m).ifPresent(readings::add);
    }
    return readings;
  }

  private static Optional<Reading> parseAt(String text, Matcher m) {
    String raw = m.group().strip().replaceAll("[.,'\u2019\u00A0\u202F ]+$", "");
    String digits = raw.replaceAll("['\u2019\u00A0\u202F ]", "");
    if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
      return Optional.empty();
    }
    boolean guessed = false;
    String note = "";
    String plain;
    int lastDot = digits.lastIndexOf('.');
    int lastComma = digits.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      plain = digits.replace(String.valueOf(group), "").replace(decimal, '.');
    } else if (lastDot >= 0 || lastComma >= 0) {
      char sep = lastDot >= 0 ? '.' : ',';
      if (GROUPED_THOUSANDS.matcher(digits).matches()) {
        plain = digits.replace(String.valueOf(sep), "");
        if (digits.indexOf(sep) == digits.lastIndexOf(sep)) {
          guessed = true;
          note = "'" + sep + "' taken as a thousands separator";
        }
      } else if (digits.indexOf(sep) == digits.lastIndexOf(sep)) {
        plain = digits.replace(sep, '.');
      } else {
        return Optional.empty();
      }
    } else {
      plain = digits;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    int before = m.start() - 1;
    if (before >= 0 && text.charAt(before) == '-' && text.substring(0, before).isBlank()) {
      value = value.negate();
    }
    Matcher multiplier = MULTIPLIER.matcher(text.substring(m.end()));
    if (multiplier.find() && multiplier.group(1) != null) {
      BigDecimal factor = factor(multiplier.group(1));
      value = value.multiply(factor);
      guessed = true;
      note = "'" + multiplier.group(1) + "' taken as x" + factor.toPlainString();
    }
    return Optional.of(new Reading(value, guessed, note));
  }

  private static BigDecimal factor(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "k", "tsd", "mil", "thousand" -> BigDecimal.valueOf(1_000);
      case "万" -> BigDecimal.valueOf(10_000);
      case "億" -> BigDecimal.valueOf(100_000_000);
      default -> BigDecimal.valueOf(1_000_000);
    };
  }
}
