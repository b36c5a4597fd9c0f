package dev.jobposting.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.validation.Finding;
import dev.jobposting.validation.Fixtures;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.internal.RuleBook.CheckedRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which rules run for which profiles, and what reaches the report. */
class EngineTest {

  private static List<String> rulesFound(Set<Profile> profiles, LocalDate asOf) {
    return Engine.run(SamplePostings.reference(), asOf, profiles).stream()
        .map(finding -> finding.rule().rule().id())
        .collect(Collectors.toList());
  }

  @Test
  void everyRuleBelongsToItsProfileOnceInCatalogueOrder() {
    List<Rule> byProfile = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      for (CheckedRule rule : RuleBook.get().rulesOf(profile)) {
        assertThat(rule.rule().profile()).isEqualTo(profile);
        assertThat(rule.checks()).as(rule.rule().id()).isNotEmpty();
        byProfile.add(rule.rule());
        positions.add(rule.position());
      }
    }
    assertThat(byProfile).containsExactlyInAnyOrderElementsOf(JobPostingValidator.rules());
    for (int i = 0; i < byProfile.size(); i++) {
      assertThat(JobPostingValidator.rules().get(positions.get(i))).isEqualTo(byProfile.get(i));
    }
  }

  /**
   * The reference posting is open to remote applicants across the United States, Canada and the
   * European Union, so every jurisdiction reaches it.
   */
  @Test
  void payTransparencyRunsEveryJurisdictionAndAJurisdictionRunsOnlyItself() {
    Set<String> jurisdictions = rulesFound(EnumSet.of(Profile.PAY_TRANSPARENCY), Fixtures.TODAY)
        .stream().map(id -> id.split("-")[1]).collect(Collectors.toSet());
    assertThat(jurisdictions).contains("CO", "CA", "NY", "NYC", "WA", "IL", "MD", "MA", "HI",
        "MN", "VT", "NJ", "BC", "ON", "SK", "LT", "MT", "PL");
    assertThat(rulesFound(EnumSet.of(Profile.PAY_US_CO), Fixtures.TODAY))
        .isNotEmpty().allMatch(id -> id.startsWith("PT-CO-"));
  }

  @Test
  void aRuleInTwoChosenProfilesRunsOnce() {
    List<String> both = rulesFound(EnumSet.of(Profile.PAY_US_CO, Profile.PAY_TRANSPARENCY),
        Fixtures.TODAY);
    assertThat(both).containsExactlyInAnyOrderElementsOf(
        rulesFound(EnumSet.of(Profile.PAY_TRANSPARENCY), Fixtures.TODAY));
  }

  @Test
  void aRuleRunsFromItsEffectiveDay() {
    assertThat(rulesFound(EnumSet.of(Profile.PAY_US_CO), LocalDate.of(2020, 12, 31))).isEmpty();
    assertThat(rulesFound(EnumSet.of(Profile.PAY_US_CO), LocalDate.of(2021, 1, 1)))
        .contains("PT-CO-01");
  }

  /** Colorado and California report a missing pay range under one key, at one path. */
  @Test
  void twoRulesReportingTheSameKeyAtTheSamePathAreTwoFindings() {
    List<Finding> findings = Fixtures.VALIDATOR
        .validate(SamplePostings.reference(), Profile.PAY_US_CO, Profile.PAY_US_CA).findings()
        .stream().filter(finding -> finding.path().equals("compensation.base"))
        .collect(Collectors.toList());
    assertThat(findings).extracting(Finding::ruleId).containsExactly("PT-CO-01", "PT-CA-01");
  }
}
