package dev.jobposting.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What validating a posting found, in a fixed order: errors before warnings, then by rule in
 * catalogue order, then by path and message. The same posting, profiles and reference day always
 * give an equal report.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(posting, Profile.GOOGLE_REQUIRED);
 * if (!report.isPublishable()) {
 *   report.errors().forEach(f -> log.warn("{} {}: {}", f.ruleId(), f.path(), f.message()));
 * }
 * }</pre>
 */
public final class ValidationReport {

  private final LocalDate asOf;
  private final Set<Profile> profiles;
  private final List<Finding> findings;

  ValidationReport(LocalDate asOf, Set<Profile> profiles, List<Finding> findings) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.profiles = Collections.unmodifiableSet(new TreeSet<>(profiles));
    this.findings = List.copyOf(findings);
  }

  /** {@return the reference day the rules were applied on} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the profiles that were run} */
  public Set<Profile> profiles() {
    return profiles;
  }

  /** {@return every finding, errors first} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the findings of severity {@link Severity#ERROR}} */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** {@return the findings of severity {@link Severity#WARNING}} */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** {@return the ids of the rules that found something, in report order} */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().collect(Collectors.toList());
  }

  /** {@return whether no finding is an error} */
  public boolean isPublishable() {
    return errors().isEmpty();
  }

  private List<Finding> bySeverity(Severity severity) {
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.severity() == severity) {
        matching.add(finding);
      }
    }
    return Collections.unmodifiableList(matching);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && ((ValidationReport) other).asOf.equals(asOf)
        && ((ValidationReport) other).profiles.equals(profiles)
        && ((ValidationReport) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, profiles, findings);
  }

  /**
   * {@return a summary line (counts, publishable or not, the day and the profiles) followed by one
   * line per finding}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append("ValidationReport as of ").append(asOf).append(" for ").append(profiles)
        .append(": ").append(errors().size()).append(" error(s), ")
        .append(warnings().size()).append(" warning(s), ")
        .append(isPublishable() ? "publishable" : "not publishable");
    for (Finding finding : findings) {
      text.append(System.lineSeparator()).append("  ").append(finding);
    }
    return text.toString();
  }
}
