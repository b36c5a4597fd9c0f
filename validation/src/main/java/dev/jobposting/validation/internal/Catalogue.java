package dev.jobposting.validation.internal;

import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the rules catalogue ({@code validation/RULES.md}) from the rule book, so the
 * documentation cannot drift from the rules.
 */
public final class Catalogue {

  private Catalogue() {}

  /** {@return the catalogue as Markdown} */
  public static String markdown() {
    StringBuilder md = new StringBuilder()
        .append("# Validation rules\n\n")
        .append("Generated from the code by `RulesCatalogueTest`; do not edit. To regenerate:\n")
        .append("`mvn -pl validation -am test -Dtest=RulesCatalogueTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Djobposting.rules.write=true`.\n\n")
        .append("Severity E is an error (the posting is not publishable), W a warning. A rule with")
        .append(" an effective date applies from that day on the validator's reference day.\n");
    List<Rule> rules = RuleBook.get().rules();
    for (Profile profile : Profile.values()) {
      List<Rule> ofProfile = rules.stream().filter(r -> r.profile() == profile)
          .collect(Collectors.toList());
      if (ofProfile.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(profile.title()).append(" (`").append(profile.name())
          .append("`)\n\n");
      for (Jurisdiction jurisdiction : Jurisdiction.values()) {
        if (jurisdiction.profile() == profile) {
          md.append("Applies to ").append(jurisdiction.coverage()).append(".\n\n");
        }
      }
      md.append("| id | severity | effective | rule | source |\n")
          .append("|---|---|---|---|---|\n");
      for (Rule rule : ofProfile) {
        md.append("| ").append(rule.id())
            .append(" | ").append(rule.severity().name().charAt(0))
            .append(" | ").append(rule.effectiveFrom().map(LocalDate::toString).orElse("-"))
            .append(" | ").append(escape(rule.summary()))
            .append(" | ").append(rule.source().url()
                .map(url -> "[" + escape(rule.source().name()) + "](" + url + ")")
                .orElse(escape(rule.source().name())))
            .append(" |\n");
      }
    }
    md.append("\n`").append(Profile.PAY_TRANSPARENCY.name())
        .append("` runs every pay-transparency profile above; each applies only where it covers")
        .append(" the posting.\n");
    return md.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
