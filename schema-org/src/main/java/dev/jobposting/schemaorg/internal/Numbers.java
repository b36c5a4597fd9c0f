package dev.jobposting.schemaorg.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

  /** Beyond this a power of ten is no amount a page means; it also keeps the arithmetic cheap. */
  static final int MAX_EXPONENT = 9;
  private static final Pattern EXPONENT = Pattern.compile("^[eE]([+-]?\\d{1,6})(?![\\p{L}\\d])");
  /** What may stand between the two ends of a range, once currency signs and codes are gone. */
  private static final Pattern RANGE_MARKER = Pattern.compile("(?iu)\\s*(-|–|—|~|to|bis|à|a)\\s*");
  /** Currency signs and codes around a number, which the caller reads on its own. */
  private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}|\\b[A-Z]{3}\\b");

  /**
   * A number with how it was read: {@code start} and {@code end} delimit it in the text,
   * exponent and multiplier included; {@code problem} is set when it cannot be taken.
   */
  record Reading(BigDecimal value, boolean guessed, String note, int start, int end,
      String problem) {}

  /** Two numbers read as the lower and upper end of a range ("50,000 - 60,000"). */
  record Span(Reading low, Reading high) {

    /** {@return how each end that was guessed was read} */
    List<String> guessedNotes() {
      return Stream.of(low, high).filter(Reading::guessed)
          .map(r -> "read " + r.value().toPlainString() + " (" + r.note() + ")").toList();
    }
  }

  static Optional<BigDecimal> read(Value value, Context context) {
    if (value.node().isNumber()) {
      return Optional.of(value.node().decimalValue());
    }
    if (!value.node().isTextual()) {
      context.issues().dropped(value.path(), "expected a number, found " + value.shown());
      return Optional.empty();
    }
    String text = value.node().textValue();
    Optional<Reading> reading = parse(text);
    if (reading.isEmpty()) {
      context.issues().dropped(value.path(), "no number in " + value.shown());
      return Optional.empty();
    }
    Reading r = reading.get();
    if (r.problem() != null) {
      context.issues().dropped(value.path(), value.shown() + " left out: " + r.problem());
      return Optional.empty();
    }
    String rest = rest(text, r.start(), r.end());
    if (!rest.isEmpty()) {
      context.issues().dropped(value.path(), "read " + value.shown() + " as "
          + r.value().toPlainString() + ", ignoring '" + rest + "'");
    } else if (r.guessed()) {
      context.issues().guessed(value.path(), "read " + value.shown() + " as "
          + r.value().toPlainString() + " (" + r.note() + ")");
    } else {
      context.issues().normalised(value.path(), "read " + value.shown() + " as "
          + r.value().toPlainString());
    }
    return Optional.of(r.value());
  }

  /**
   * Reads a text that holds a range: two numbers with only a range marker ({@code -}, {@code –},
   * {@code to}, {@code bis}, {@code à}, {@code a}, {@code ~}) and currency between and around them.
   */
  static Optional<Span> range(String text) {
    List<Reading> readings = parseAll(text);
    if (readings.size() != 2 || readings.stream().anyMatch(r -> r.problem() != null)) {
      return Optional.empty();
    }
    Reading low = readings.get(0);
    Reading high = readings.get(1);
    String between = withoutCurrency(text.substring(low.end(), high.start()));
    String around = withoutCurrency(text.substring(0, low.start()) + " "
        + text.substring(high.end())).strip();
    return RANGE_MARKER.matcher(between).matches() && around.isEmpty()
        ? Optional.of(new Span(low, high)) : Optional.empty();
  }

  /** What a reading leaves of its text besides white space and currency: the part not read. */
  private static String rest(String text, int start, int end) {
    String before = text.substring(0, start).strip();
    if (before.endsWith("-")) {
      before = before.substring(0, before.length() - 1);
    }
    return withoutCurrency(before + " " + text.substring(end)).strip()
        .replaceAll("\\s+", " ");
  }

  private static String withoutCurrency(String text) {
    return CURRENCY.matcher(text).replaceAll(" ");
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
    int from = 0;
    while (readings.size() < 4 && from < text.length() && m.find(from)) {
      Optional<Reading> reading = parseAt(text, m);
      reading.ifPresent(readings::add);
      from = Math.max(m.end(), reading.map(Reading::end).orElse(0));
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
    int end = m.start() + m.group().stripTrailing().replaceAll("[.,'\u2019\u00A0\u202F ]+$", "")
        .length();
    Matcher exponent = EXPONENT.matcher(text.substring(end));
    if (exponent.find()) {
      int power = Integer.parseInt(exponent.group(1));
      end += exponent.end();
      if (Math.abs(power) > MAX_EXPONENT) {
        return Optional.of(new Reading(value, guessed, note, m.start(), end, "the exponent "
            + power + " is beyond \u00B1" + MAX_EXPONENT));
      }
      value = value.scaleByPowerOfTen(power);
    }
    Matcher multiplier = MULTIPLIER.matcher(text.substring(end));
    if (multiplier.find() && multiplier.group(1) != null) {
      BigDecimal factor = factor(multiplier.group(1));
      value = value.multiply(factor);
      guessed = true;
      note = "'" + multiplier.group(1) + "' taken as x" + factor.toPlainString();
      end += multiplier.end();
    }
    return Optional.of(new Reading(value, guessed, note, m.start(), end, null));
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
