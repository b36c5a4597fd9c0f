package dev.jobposting.validation;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.internal.Engine;
import dev.jobposting.validation.internal.Messages;
import dev.jobposting.validation.internal.RuleBook;
import dev.jobposting.validation.internal.RuleFinding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Validates postings against profiles and reports what it finds. Build one and share it: it is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * JobPostingValidator validator = JobPostingValidator.create();
 * ValidationReport report = validator.validate(posting,
 *     Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED, Profile.PAY_TRANSPARENCY);
 * if (!report.isPublishable()) {
 *   System.out.println(report);
 * }
 *
 * // What would the rules say on the day a law takes effect?
 * validator.asOf(LocalDate.of(2026, 1, 1)).validate(posting, Profile.PAY_CA_ON);
 * }</pre>
 *
 * <p>The reference day ("as of") decides which laws are in effect and whether the posting has
 * expired. It is today in the clock's time zone unless fixed with {@link #asOf(LocalDate)}.
 * Messages are in English unless {@link #withLocale(Locale)} picks German, French or Spanish.
 * No Expression Language implementation is needed.
 */
public final class JobPostingValidator {

  private final Clock clock;
  private final LocalDate asOf;
  private final Messages messages;

  private JobPostingValidator(Clock clock, LocalDate asOf, Messages messages) {
    this.clock = clock;
    this.asOf = asOf;
    this.messages = messages;
  }

  /** {@return a validator for today in the system time zone, with English messages} */
  public static JobPostingValidator create() {
    return new JobPostingValidator(Clock.systemDefaultZone(), null, Messages.in(Locale.ENGLISH));
  }

  /**
   * A validator whose reference day is today according to a clock.
   *
   * @param clock the clock, such as {@code Clock.system(ZoneId.of("America/Denver"))}
   * @return a new validator; this one is unchanged
   */
  public JobPostingValidator withClock(Clock clock) {
    return new JobPostingValidator(Objects.requireNonNull(clock, "clock"), null, messages);
  }

  /**
   * A validator with a fixed reference day.
   *
   * @param day the day the rules are applied on
   * @return a new validator; this one is unchanged
   */
  public JobPostingValidator asOf(LocalDate day) {
    return new JobPostingValidator(clock, Objects.requireNonNull(day, "day"), messages);
  }

  /**
   * A validator whose messages are in another language; English, German, French and Spanish are
   * provided, other locales fall back to English.
   *
   * @param locale the language of the messages
   * @return a new validator; this one is unchanged
   */
  public JobPostingValidator withLocale(Locale locale) {
    return new JobPostingValidator(clock, asOf,
        Messages.in(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Validates a posting.
   *
   * @param posting the posting
   * @param profiles the profiles to run; none means all of {@link Profile#PUBLISHABLE}, {@link
   *     Profile#GOOGLE_REQUIRED}, {@link Profile#GOOGLE_RECOMMENDED} and {@link
   *     Profile#PAY_TRANSPARENCY}
   * @return the report
   */
  public ValidationReport validate(JobPosting posting, Profile... profiles) {
    return validate(posting, Arrays.asList(profiles));
  }

  /**
   * Validates a posting.
   *
   * @param posting the posting
   * @param profiles the profiles to run; empty means all, as for {@link #validate(JobPosting,
   *     Profile...)}
   * @return the report
   */
  public ValidationReport validate(JobPosting posting, Collection<Profile> profiles) {
    Objects.requireNonNull(posting, "posting");
    Set<Profile> chosen = profiles.isEmpty()
        ? EnumSet.of(Profile.PUBLISHABLE, Profile.GOOGLE_REQUIRED, Profile.GOOGLE_RECOMMENDED,
            Profile.PAY_TRANSPARENCY)
        : EnumSet.copyOf(profiles);
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
    List<RuleFinding> found = Engine.run(posting, day, chosen);
    List<Ranked> ranked = new ArrayList<>(found.size());
    for (RuleFinding finding : found) {
      ranked.add(new Ranked(finding.rule().position(),
          new Finding(finding.rule().rule(), finding.path(), messages.message(finding))));
    }
    Collections.sort(ranked);
    return new ValidationReport(day, chosen, withoutRepeats(ranked));
  }

  /**
   * {@return the sorted findings, without those that sort equal to the one before} A check that
   * looks at several values may find the same thing at the same path more than once.
   */
  private static List<Finding> withoutRepeats(List<Ranked> sorted) {
    List<Finding> findings = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      if (i == 0 || sorted.get(i - 1).compareTo(sorted.get(i)) != 0) {
        findings.add(sorted.get(i).finding());
      }
    }
    return findings;
  }

  /** A finding with its rule's place in the catalogue, which findings sort by after severity. */
  private record Ranked(int position, Finding finding) implements Comparable<Ranked> {

    @Override
    public int compareTo(Ranked other) {
      int order = finding.severity().compareTo(other.finding.severity());
      if (order == 0) {
        order = Integer.compare(position, other.position);
      }
      if (order == 0) {
        order = finding.path().compareTo(other.finding.path());
      }
      return order != 0 ? order : finding.message().compareTo(other.finding.message());
    }
  }

  /** {@return every rule, in catalogue order} */
  public static List<Rule> rules() {
    return RuleBook.get().rules();
  }
}
