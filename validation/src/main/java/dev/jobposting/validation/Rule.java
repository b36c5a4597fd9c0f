package dev.jobposting.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the catalogue: its stable id, the profile it belongs to, its severity, the source
 * behind it, the day it takes effect and a one-line summary.
 *
 * <p>Every rule is listed by {@link JobPostingValidator#rules()}; the module's {@code RULES.md} is
 * generated from that list.
 *
 * @param id the stable id, such as {@code G-01} or {@code PT-CO-01}
 * @param profile the profile that runs the rule
 * @param severity the severity of its findings
 * @param source the law or documentation behind it
 * @param effectiveFrom the first day the rule applies; empty when it always applies
 * @param summary what the rule asks, in English
 */
public record Rule(String id, Profile profile, Severity severity, Source source,
    Optional<LocalDate> effectiveFrom, String summary) {

  /**
   * Checks that no part is missing.
   *
   * @param id the stable id
   * @param profile the profile
   * @param severity the severity
   * @param source the source
   * @param effectiveFrom the first day the rule applies
   * @param summary the summary
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * Tells whether the rule is in effect on a day.
   *
   * @param day the reference day
   * @return true when the rule has no effective date or the day is on or after it
   */
  public boolean isInEffectOn(LocalDate day) {
    return effectiveFrom.isEmpty() || !day.isBefore(effectiveFrom.get());
  }
}
