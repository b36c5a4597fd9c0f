package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import dev.jobposting.InvariantViolationException;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads employment type, working hours, start, duration and openings. */
final class EmploymentReader {

  private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;/|+・、]\\s*");
  private static final Set<String> IMMEDIATELY = Set.of("asap", "as soon as possible",
      "immediately", "immediate", "now", "sofort", "ab sofort", "immédiatement", "des que possible",
      "dès que possible", "inmediato", "inmediatamente", "imediato", "imediatamente",
      "subito", "immediato", "per direct", "direct", "即日");

  private EmploymentReader() {}

  static Optional<Employment> read(Obj posting) {
    Context context = posting.context();
    Employment.Builder builder = Employment.builder();
    boolean any = types(posting, builder);
    Optional<String> hours = posting.one(WORK_HOURS).flatMap(context::plainText);
    if (hours.isPresent()) {
      builder.workHours(hours.get());
      any = true;
    }
    Optional<LocalDate> start = Optional.empty();
    boolean immediate = false;
    Optional<Value> startValue = posting.one(JOB_START_DATE);
    if (startValue.isPresent()) {
      Optional<String> text = startValue.get().node().isTextual()
          ? Optional.of(startValue.get().node().textValue().strip().toLowerCase(Locale.ROOT))
          : Optional.empty();
      if (text.isPresent() && IMMEDIATELY.contains(text.get())) {
        immediate = true;
        context.issues().normalised(startValue.get().path(), "read " + startValue.get().shown()
            + " as an immediate start");
      } else {
        start = Dates.read(startValue.get(), context);
      }
    }
    Optional<Value> immediateValue = posting.one(JOB_IMMEDIATE_START);
    Optional<Boolean> immediateFlag = immediateValue.flatMap(context::bool);
    if (immediateFlag.orElse(false)) {
      if (start.isPresent()) {
        context.issues().dropped(immediateValue.get().path(),
            "jobImmediateStart left out beside the start date " + start.get());
      } else {
        immediate = true;
      }
    }
    if (start.isPresent()) {
      builder.startDate(start.get());
      any = true;
    }
    if (immediate) {
      builder.immediateStart(true);
      any = true;
    }
    Optional<Period> duration = posting.one(JOB_DURATION).flatMap(v -> duration(v, context));
    if (duration.isPresent()) {
      builder.duration(duration.get());
      any = true;
    }
    Optional<Integer> openings = posting.one(TOTAL_JOB_OPENINGS)
        .flatMap(v -> context.integer(v, 1, Integer.MAX_VALUE));
    if (openings.isPresent()) {
      builder.openings(openings.get());
      any = true;
    }
    if (!any) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.build());
    } catch (InvariantViolationException e) {
      context.issues().dropped(posting.path(), "employment terms left out: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean types(Obj posting, Employment.Builder builder) {
    Context context = posting.context();
    Set<EmploymentType> types = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Value value : posting.all(EMPLOYMENT_TYPE)) {
      Optional<String> text = context.plainText(value);
      if (text.isEmpty()) {
        continue;
      }
      if (EmploymentTypes.isGoogleValue(text.get())) {
        types.add(EmploymentType.valueOf(text.get()));
        continue;
      }
      Optional<EmploymentTypes.Match> whole = EmploymentTypes.find(text.get());
      List<String> parts = whole.isPresent() ? List.of(text.get())
          : Arrays.asList(SEPARATORS.split(text.get()));
      List<Optional<EmploymentTypes.Match>> matches = new ArrayList<>();
      parts.forEach(p -> matches.add(EmploymentTypes.find(p)));
      for (int i = 0; i < parts.size(); i++) {
        Optional<EmploymentTypes.Match> match = matches.get(i);
        String part = parts.get(i);
        if (match.isEmpty()) {
          continue;
        }
        types.add(match.get().type());
        if (match.get().guessed()) {
          context.issues().guessed(value.path(), "read '" + Context.shorten(part) + "' as "
              + match.get().type());
        } else if (!part.equals(match.get().type().name())) {
          context.issues().normalised(value.path(), "read '" + Context.shorten(part) + "' as "
              + match.get().type());
        }
      }
      if (matches.stream().anyMatch(Optional::isEmpty)) {
        others.add(text.get());
        context.issues().normalised(value.path(), "'" + Context.shorten(text.get())
            + "' is no known employment type; kept as an other type");
      }
    }
    builder.addAllTypes(types);
    builder.addAllOtherTypes(others);
    return !types.isEmpty() || !others.isEmpty();
  }

  private static Optional<Period> duration(Value value, Context context) {
    Optional<Period> period = Optional.empty();
    Optional<Obj> obj = context.object(value);
    if (obj.isPresent()) {
      Optional<Integer> amount = obj.get().one(VALUE).flatMap(v -> context.integer(v, 1, 10_000));
      Optional<String> unit = obj.get().one(UNIT_TEXT).or(() -> obj.get().one(UNIT_CODE))
          .flatMap(context::text);
      obj.get().finish();
      if (amount.isPresent() && unit.isPresent()) {
        period = SalaryReader.periodOf(unit.get()).flatMap(p -> switch (p) {
          case DAY -> Optional.of(Period.ofDays(amount.get()));
          case WEEK -> Optional.of(Period.ofWeeks(amount.get()));
          case MONTH -> Optional.of(Period.ofMonths(amount.get()));
          case YEAR -> Optional.of(Period.ofYears(amount.get()));
          default -> Optional.empty();
        });
        period.ifPresent(p -> context.issues().normalised(value.path(), "read the quantity as " + p));
      }
    } else {
      Optional<String> text = context.text(value);
      try {
        period = text.map(Period::parse);
      } catch (DateTimeParseException e) {
        period = Optional.empty();
      }
    }
    if (period.isEmpty() || period.get().isNegative() || period.get().isZero()) {
      context.issues().dropped(value.path(), value.shown()
          + " is no positive duration in days, weeks, months or years");
      return Optional.empty();
    }
    return period;
  }
}
