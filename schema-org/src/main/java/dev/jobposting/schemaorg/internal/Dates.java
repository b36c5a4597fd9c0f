package dev.jobposting.schemaorg.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write: ISO 8601 dates and date-times with or without zone, seconds or
 * padding, day-month-year and month/day/year forms, month names in several languages, and epoch
 * timestamps. Years before 1990 or after 2100 are placeholders ("1970-01-01", "9999-12-31"), not
 * dates.
 */
final class Dates {

  private static final int FIRST_YEAR = 1990;
  private static final int LAST_YEAR = 2100;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?([T ]\\d{1,2}:\\d{2}.*)?");
  private static final Pattern DAY_OR_MONTH_FIRST = Pattern.compile(
      "(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(\\s+\\d{1,2}:\\d{2}.*)?");
  private static final Pattern DAY_NAME_YEAR = Pattern.compile(
      "(\\d{1,2})\\.?\\s*(?:de\\s+)?(\\p{L}+)\\.?,?\\s*(?:de\\s+)?(\\d{4})");
  private static final Pattern NAME_DAY_YEAR = Pattern.compile(
      "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
        {"january", "jan", "januar", "janvier", "enero", "janeiro", "gennaio", "januari", "jänner"},
        {"february", "feb", "februar", "fevrier", "febrero", "fevereiro", "febbraio", "februari"},
        {"march", "mar", "marz", "mars", "marzo", "marco", "maart"},
        {"april", "apr", "avril", "abril", "aprile"},
        {"may", "mai", "mayo", "maio", "maggio", "mei"},
        {"june", "jun", "juni", "juin", "junio", "junho", "giugno"},
        {"july", "jul", "juli", "juillet", "julio", "julho", "luglio"},
        {"august", "aug", "aout", "agosto", "augustus"},
        {"september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre"},
        {"october", "oct", "oktober", "octobre", "octubre", "outubro", "ottobre", "okt"},
        {"november", "nov", "novembre", "noviembre", "novembro"},
        {"december", "dec", "dezember", "decembre", "diciembre", "dezembro", "dicembre", "dez"}};
    for (int month = 0; month < names.length; month++) {
      for (String name : names[month]) {
        MONTHS.put(name, month + 1);
      }
    }
  }

  private Dates() {}

  static Optional<LocalDate> read(Value value, Context context) {
    String path = value.path();
    Issues issues = context.issues();
    if (value.node().isNumber() || value.node().isTextual()
        && EPOCH.matcher(value.node().textValue().strip()).matches()) {
      return epoch(value, issues);
    }
    if (!value.node().isTextual()) {
      issues.dropped(path, "expected a date, found " + value.shown());
      return Optional.empty();
    }
    String text = value.node().textValue().strip();
    Optional<Reading> reading;
    try {
      reading = parse(text, value.shown());
    } catch (DateTimeException e) {
      issues.dropped(path, value.shown() + " is no calendar date");
      return Optional.empty();
    }
    if (reading.isEmpty()) {
      issues.dropped(path, "no date in " + value.shown());
      return Optional.empty();
    }
    LocalDate date = reading.get().date();
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      issues.dropped(path, value.shown() + " is a placeholder, not a real date");
      return Optional.empty();
    }
    if (reading.get().guessed()) {
      issues.guessed(path, reading.get().note());
    } else if (reading.get().note() != null) {
      issues.normalised(path, reading.get().note());
    }
    return Optional.of(date);
  }

  /** A date read from a text: how, and whether the reading was a guess. */
  private record Reading(LocalDate date, String note, boolean guessed) {

    static Reading exact(LocalDate date) {
      return new Reading(date, null, false);
    }
  }

  private static Optional<Reading> parse(String text, String shown) {
    if (ISO_DATE.matcher(text).matches()) {
      return Optional.of(Reading.exact(LocalDate.parse(text)));
    }
    if (ISO_DATE_TIME.matcher(text).matches()) {
      return Optional.of(new Reading(LocalDate.parse(text.substring(0, 10)),
          "kept the date of the date-time " + shown, false));
    }
    Matcher m = YEAR_FIRST.matcher(text);
    if (m.matches()) {
      return Optional.of(new Reading(LocalDate.of(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
          "read " + shown + " as year-month-day", false));
    }
    m = DAY_OR_MONTH_FIRST.matcher(text);
    if (m.matches()) {
      return Optional.of(dayOrMonthFirst(m, shown));
    }
    String folded = LookupKeys.withoutAccents(text);
    m = DAY_NAME_YEAR.matcher(folded);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return Optional.of(new Reading(LocalDate.of(Integer.parseInt(m.group(3)),
          MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))),
          "read " + shown + " as day, month name, year", false));
    }
    m = NAME_DAY_YEAR.matcher(folded);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return Optional.of(new Reading(LocalDate.of(Integer.parseInt(m.group(3)),
          MONTHS.get(m.group(1)), Integer.parseInt(m.group(2))),
          "read " + shown + " as month name, day, year", false));
    }
    return Optional.empty();
  }

  /** Dots and dashes are day-first everywhere; slashes are month-first in the US. */
  private static Reading dayOrMonthFirst(Matcher m, String shown) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4));
    if (m.group(4).length() == 2) {
      year += 2000;
    }
    boolean slash = m.group(2).equals("/");
    if (!slash || first > 12) {
      return new Reading(LocalDate.of(year, second, first),
          "read " + shown + " as day, month, year", false);
    }
    boolean certain = second > 12;
    return new Reading(LocalDate.of(year, first, second), "read " + shown + " as month/day/year"
        + (certain ? "" : " (US order)"), !certain);
  }

  private static Optional<LocalDate> epoch(Value value, Issues issues) {
    String digits = value.node().asText().strip();
    if (!digits.matches("\\d{1,13}")) {
      issues.dropped(value.path(), "expected a date, found " + value.shown());
      return Optional.empty();
    }
    long number = Long.parseLong(digits);
    Instant instant = number > 100_000_000_000L ? Instant.ofEpochMilli(number)
        : Instant.ofEpochSecond(number);
    LocalDate date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      issues.dropped(value.path(), value.shown() + " is no plausible timestamp");
      return Optional.empty();
    }
    issues.guessed(value.path(), "read " + value.shown() + " as a Unix timestamp (UTC): " + date);
    return Optional.of(date);
  }
}
