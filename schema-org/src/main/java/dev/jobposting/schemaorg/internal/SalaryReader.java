package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code baseSalary}: a MonetaryAmount with a QuantitativeValue as Google asks, but also a
 * bare number, a text such as "$50,000 - $70,000 a year", an untyped value, or an amount without
 * a unit.
 */
final class SalaryReader {

  private static final Pattern CODE = Pattern.compile("\\b([A-Z]{3})\\b");
  private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "¥", "JPY",
      "₹", "INR", "R$", "BRL", "₩", "KRW", "₫", "VND", "₽", "RUB", "zł", "PLN", "円", "JPY");
  private static final List<String[]> PERIOD_WORDS = List.of(
      new String[] {"HOUR", "hour", "hr", "hourly", "stunde", "heure", "hora", "ora", "uur", "時給", "時間"},
      new String[] {"DAY", "day", "daily", "tag", "jour", "dia", "giorno", "dag", "日給"},
      new String[] {"WEEK", "week", "weekly", "woche", "semaine", "semana", "settimana", "週"},
      new String[] {"MONTH", "month", "monthly", "monat", "mois", "mes", "mese", "maand", "月給", "月", "tháng"},
      new String[] {"YEAR", "year", "yearly", "annual", "annum", "jahr", "an", "annuel", "ano",
          "año", "anno", "jaar", "年収", "年俸", "年"});

  private SalaryReader() {}

  static Optional<PayRange> read(Value value, Optional<String> salaryCurrency, Context context) {
    Optional<Obj> amount = context.object(value);
    if (amount.isEmpty()) {
      return context.text(value).flatMap(t -> fromText(value, t, salaryCurrency, context));
    }
    Obj obj = amount.get();
    Optional<String> currency = obj.one(CURRENCY).or(() -> obj.one("priceCurrency"))
        .flatMap(context::text).or(() -> salaryCurrency);
    Optional<Value> inner = obj.one(VALUE).or(() -> obj.one("price"));
    Optional<Obj> nested = inner.flatMap(context::object);
    Obj quantity = nested.orElse(obj);
    Optional<Value> singleValue = nested.isPresent() ? quantity.one(VALUE) : inner;
    Optional<Numbers.Span> span = singleValue.filter(v -> v.node().isTextual())
        .flatMap(v -> Numbers.range(v.node().textValue()));
    Optional<BigDecimal> single = span.isPresent() ? Optional.empty()
        : singleValue.flatMap(v -> number(v, context));
    Optional<BigDecimal> min = quantity.one(MIN_VALUE).flatMap(v -> number(v, context));
    Optional<BigDecimal> max = quantity.one(MAX_VALUE).flatMap(v -> number(v, context));
    if (span.isPresent()) {
      Value v = singleValue.get();
      if (min.isPresent() || max.isPresent()) {
        context.issues().dropped(v.path(), "range " + v.shown() + " ignored beside minValue/maxValue");
      } else {
        min = Optional.of(span.get().low().value());
        max = Optional.of(span.get().high().value());
        context.issues().normalised(v.path(), "read the range " + v.shown() + " as "
            + min.get().toPlainString() + " to " + max.get().toPlainString());
        span.get().guessedNotes().forEach(n -> context.issues().guessed(v.path(), n));
      }
    }
    Optional<PayPeriod> period = period(quantity, context);
    if (nested.isPresent()) {
      if (min.isEmpty() && max.isEmpty()) {
        min = obj.one(MIN_VALUE).flatMap(v -> number(v, context));
        max = obj.one(MAX_VALUE).flatMap(v -> number(v, context));
      }
      if (period.isEmpty()) {
        period = period(obj, context);
      }
      quantity.finish();
    }
    obj.finish();
    if (single.isPresent() && (min.isPresent() || max.isPresent())) {
      context.issues().dropped(value.path() + ".value", "value ignored beside minValue/maxValue");
    }
    if (min.isEmpty() && max.isEmpty()) {
      min = single;
      max = single;
    }
    return build(value, min, max, currency, period, context);
  }

  private static Optional<BigDecimal> number(Value value, Context context) {
    return Numbers.read(value, context);
  }

  private static Optional<PayPeriod> period(Obj obj, Context context) {
    Optional<Value> unitText = obj.one(UNIT_TEXT);
    Optional<Value> unitCode = obj.one(UNIT_CODE);
    Optional<PayPeriod> period = unitText.flatMap(v -> context.text(v).flatMap(t -> {
      Optional<PayPeriod> p = periodOf(t);
      if (p.isEmpty()) {
        context.issues().dropped(v.path(), v.shown() + " is no pay period");
      } else if (!t.equals(p.get().name())) {
        context.issues().normalised(v.path(), "read " + v.shown() + " as " + p.get());
      }
      return p;
    }));
    if (period.isPresent()) {
      return period;
    }
    return unitCode.flatMap(v -> context.text(v).flatMap(t -> {
      Optional<PayPeriod> p = switch (t.toUpperCase(Locale.ROOT)) {
        case "HUR" -> Optional.of(PayPeriod.HOUR);
        case "DAY" -> Optional.of(PayPeriod.DAY);
        case "WEE" -> Optional.of(PayPeriod.WEEK);
        case "MON" -> Optional.of(PayPeriod.MONTH);
        case "ANN" -> Optional.of(PayPeriod.YEAR);
        default -> Optional.empty();
      };
      p.ifPresentOrElse(x -> context.issues().normalised(v.path(), "read UN/CEFACT code "
          + v.shown() + " as " + x), () -> context.issues().dropped(v.path(), v.shown()
          + " is no pay period"));
      return p;
    }));
  }

  static Optional<PayPeriod> periodOf(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (String[] words : PERIOD_WORDS) {
      for (String word : words) {
        String w = word.toLowerCase(Locale.ROOT);
        if (folded.equals(w) || Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS).matcher(folded).find()) {
          return Optional.of(PayPeriod.valueOf(words[0]));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PayRange> fromText(Value value, String text,
      Optional<String> salaryCurrency, Context context) {
    List<Numbers.Reading> numbers = new ArrayList<>();
    for (Numbers.Reading r : Numbers.parseAll(text)) {
      if (r.problem() == null) {
        numbers.add(r);
      } else {
        context.issues().dropped(value.path(), "an amount in " + value.shown() + " left out: "
            + r.problem());
      }
    }
    if (numbers.isEmpty()) {
      context.issues().dropped(value.path(), "no amount in salary text " + value.shown());
      return Optional.empty();
    }
    Optional<String> currency = currencyIn(text);
    if (currency.isPresent()) {
      context.issues().normalised(value.path(), "read currency " + currency.get()
          + " from " + value.shown());
    } else if (text.contains("$")) {
      currency = Optional.of("USD");
      context.issues().guessed(value.path(), "took '$' in " + value.shown() + " as USD");
    }
    Optional<PayPeriod> period = numbers.size() == 1 && text.strip().matches("[\\d.,]+")
        ? Optional.empty() : periodOf(text);
    period.ifPresent(p -> context.issues().normalised(value.path(), "read pay period " + p
        + " from " + value.shown()));
    numbers.stream().filter(Numbers.Reading::guessed).forEach(r -> context.issues()
        .guessed(value.path(), "read " + r.value().toPlainString() + " (" + r.note() + ")"));
    BigDecimal first = numbers.get(0).value();
    BigDecimal last = numbers.size() > 1 ? numbers.get(1).value() : first;
    if (numbers.size() > 2) {
      context.issues().dropped(value.path(), "only the first two amounts of "
          + value.shown() + " were read");
    }
    return build(value, Optional.of(first), Optional.of(last),
        currency.or(() -> salaryCurrency), period, context);
  }

  private static Optional<String> currencyIn(String text) {
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      try {
        return Optional.of(Currency.getInstance(m.group(1)).getCurrencyCode());
      } catch (IllegalArgumentException e) {
        // Three capitals that are no currency code, such as "FTE"; look further.
      }
    }
    return SYMBOLS.entrySet().stream().filter(e -> text.contains(e.getKey()))
        .map(Map.Entry::getValue).sorted().findFirst();
  }

  private static Optional<PayRange> build(Value value, Optional<BigDecimal> min,
      Optional<BigDecimal> max, Optional<String> currencyCode, Optional<PayPeriod> period,
      Context context) {
    if (min.isEmpty() && max.isEmpty()) {
      context.issues().dropped(value.path(), "salary without an amount left out");
      return Optional.empty();
    }
    if (currencyCode.isEmpty()) {
      context.issues().dropped(value.path(), "salary without a currency left out");
      return Optional.empty();
    }
    if (max.isPresent() && max.get().signum() == 0) {
      context.issues().dropped(value.path(), "a salary of 0 is a placeholder, left out");
      return Optional.empty();
    }
    PayPeriod unit = period.orElseGet(() -> {
      context.issues().guessed(value.path(), "salary without a unit taken as per YEAR");
      return PayPeriod.YEAR;
    });
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      context.issues().normalised(value.path(), "swapped minimum and maximum");
      Optional<BigDecimal> swap = min;
      min = max;
      max = swap;
    }
    try {
      Currency currency = Currency.getInstance(currencyCode.get().strip().toUpperCase(Locale.ROOT));
      PayRange.Builder range = PayRange.builder().period(unit);
      min.ifPresent(m -> range.minimum(Money.of(m, currency)));
      max.ifPresent(m -> range.maximum(Money.of(m, currency)));
      return Optional.of(range.build());
    } catch (IllegalArgumentException e) {
      context.issues().dropped(value.path(), "salary left out: " + e.getMessage());
      return Optional.empty();
    }
  }
}
