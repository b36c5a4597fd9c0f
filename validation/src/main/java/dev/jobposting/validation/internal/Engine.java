package dev.jobposting.validation.internal;

import dev.jobposting.JobPosting;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.internal.RuleBook.CheckedRule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rule book: the rules of the chosen profiles that are in effect on the reference day,
 * each with all its checks. {@link Profile#PAY_TRANSPARENCY} also runs every jurisdiction's
 * profile.
 *
 * <p>The rules run directly, not as Hibernate Validator constraints: Hibernate Validator's work
 * around each constraint and each violation (contexts, group order, cascades, path nodes,
 * interpolation) was three fifths of validating a generated posting, nearly five times the
 * rules' own checks. Hibernate Validator still carries {@code @ValidJobPosting} into
 * applications.
 */
public final class Engine {

  /** Every jurisdiction's profile, in declaration order. */
  private static final List<Profile> JURISDICTIONS = jurisdictions();

  private Engine() {}

  private static List<Profile> jurisdictions() {
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      profiles.add(jurisdiction.profile());
    }
    return List.copyOf(profiles);
  }

  /**
   * Runs the rules of some profiles on a posting.
   *
   * @param posting the posting
   * @param asOf the reference day
   * @param profiles the profiles chosen; a rule in two of them runs once
   * @return what the rules found, rule by rule in catalogue order within each profile
   */
  public static List<RuleFinding> run(JobPosting posting, LocalDate asOf,
      Set<Profile> profiles) {
    Reporter reporter = new Reporter(asOf);
    for (Profile profile : profiles) {
      run(profile, posting, reporter);
    }
    if (profiles.contains(Profile.PAY_TRANSPARENCY)) {
      for (Profile jurisdiction : JURISDICTIONS) {
        if (!profiles.contains(jurisdiction)) {
          run(jurisdiction, posting, reporter);
        }
      }
    }
    return reporter.findings();
  }

  private static void run(Profile profile, JobPosting posting, Reporter reporter) {
    for (CheckedRule rule : RuleBook.get().rulesOf(profile)) {
      if (rule.rule().isInEffectOn(reporter.asOf())) {
        reporter.run(rule, posting);
      }
    }
  }
}
