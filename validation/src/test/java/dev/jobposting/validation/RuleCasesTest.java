package dev.jobposting.validation;

import static dev.jobposting.validation.Fixtures.TODAY;
import static dev.jobposting.validation.Fixtures.VALIDATOR;
import static dev.jobposting.validation.Fixtures.compliant;
import static dev.jobposting.validation.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.application.Application;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.PostingParty;
import dev.jobposting.organization.PostingPartyRole;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.requirement.EducationLevel;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every publishing and Google rule: postings that break it (with the paths it must report)
 * and postings that satisfy it, including the boundaries.
 */
class RuleCasesTest {

  /** A way to break or satisfy one rule. */
  record Case(String rule, String name, UnaryOperator<JobPosting> change, Set<String> paths) {
    @Override
    public String toString() {
      return rule + " " + name;
    }
  }

  private static Case fails(String rule, String name, UnaryOperator<JobPosting> change,
      String... paths) {
    return new Case(rule, name, change, Set.of(paths));
  }

  private static Case passes(String rule, String name, UnaryOperator<JobPosting> change) {
    return new Case(rule, name, change, Set.of());
  }

  private static final Workplace REMOTE_WORLDWIDE = Workplace.remote(AdministrativeArea.worldwide());

  static Stream<Case> cases() {
    return Stream.of(
        fails("P-01", "no description", p -> p.withDescription(Optional.empty()), "description"),
        passes("P-01", "a description", p -> p),
        fails("P-02", "no employer", p -> p.withEmployer(Optional.empty()), "employer"),
        passes("P-02", "an employer", p -> p),
        fails("P-03", "no workplace", p -> p.withWorkplace(Optional.empty()), "workplace"),
        fails("P-03", "remote without applicant locations",
            p -> p.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE).build()),
            "workplace.applicantLocations"),
        fails("P-03", "hybrid without locations",
            p -> p.withWorkplace(Workplace.builder().mode(WorkMode.HYBRID).build()),
            "workplace.locations"),
        passes("P-03", "remote worldwide", p -> p.withWorkplace(REMOTE_WORLDWIDE)),
        fails("P-04", "no employment", p -> p.withEmployment(Optional.empty()), "employment"),
        fails("P-04", "employment without types",
            p -> p.withEmployment(Employment.builder().build()), "employment.types"),
        passes("P-04", "a type", p -> p),
        fails("P-05", "no application", p -> p.withApplication(Optional.empty()), "application"),
        fails("P-05", "only a deadline", p -> p.withApplication(
            Application.builder().deadline(ApplicationDeadline.ongoing()).build()), "application"),
        passes("P-05", "only an e-mail", p -> p.withApplication(
            Application.builder().addEmail("jobs@example.com").build())),
        fails("P-06", "no posting date", p -> p.withDatePosted(Optional.empty()), "datePosted"),
        passes("P-06", "a posting date", p -> p),
        fails("P-07", "expired the day before", p -> p.withValidThrough(TODAY.minusDays(1)),
            "validThrough"),
        passes("P-07", "valid through the reference day", p -> p.withValidThrough(TODAY)),
        passes("P-07", "no end", p -> p.withValidThrough(Optional.empty())),

        fails("G-01", "no description", p -> p.withDescription(Optional.empty()), "description"),
        fails("G-01", "no date", p -> p.withDatePosted(Optional.empty()), "datePosted"),
        fails("G-01", "no employer", p -> p.withEmployer(Optional.empty()), "employer"),
        passes("G-01", "all present", p -> p),
        fails("G-02", "on site without locations",
            p -> p.withWorkplace(Workplace.builder().mode(WorkMode.ON_SITE).build()),
            "workplace.locations"),
        fails("G-02", "no workplace", p -> p.withWorkplace(Optional.empty()),
            "workplace.locations"),
        passes("G-02", "fully remote without locations", p -> p.withWorkplace(REMOTE_WORLDWIDE)),
        fails("G-03", "description is the title",
            p -> p.withDescription(RichText.plain(p.title())), "description"),
        fails("G-03", "no paragraph breaks",
            p -> p.withDescription(RichText.plain("Build services for job boards.")),
            "description"),
        passes("G-03", "plain text with a line break",
            p -> p.withDescription(RichText.plain("Build services.\nRun them."))),
        fails("G-04", "exclamation", p -> p.withTitle("Backend Engineer!"), "title"),
        fails("G-04", "capitals", p -> p.withTitle("BACKEND ENGINEER"), "title"),
        fails("G-04", "salary", p -> p.withTitle("Backend Engineer $120k"), "title"),
        fails("G-04", "job code", p -> p.withTitle("Backend Engineer REQ-1234"), "title"),
        fails("G-04", "date", p -> p.withTitle("Backend Engineer 2026-12-01"), "title"),
        fails("G-04", "employer name", p -> p.withTitle("Trailhead Jobs Backend Engineer"),
            "title"),
        fails("G-04", "location", p -> p.withTitle("Backend Engineer in Denver"), "title"),
        passes("G-04", "a plain title", p -> p.withTitle("Backend Engineer (Java, AWS)")),
        fails("G-05", "remote without applicant locations",
            p -> p.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE).build()),
            "workplace.applicantLocations"),
        passes("G-05", "remote with applicant locations", p -> p.withWorkplace(REMOTE_WORLDWIDE)),
        fails("G-05W", "fully remote job described as hybrid",
            p -> p.withWorkplace(REMOTE_WORLDWIDE).withDescription(RichText.html(
                "<p>Build services.</p><p>This is a hybrid role.</p>")), "description"),
        fails("G-05W", "fully remote job with office days",
            p -> p.withWorkplace(REMOTE_WORLDWIDE).withDescription(RichText.plain(
                "Build services.\nExpect two days a week in the office.")), "description"),
        fails("G-05W", "hybrid job described as fully remote",
            p -> p.withDescription(RichText.plain("Build services.\nThis job is 100% remote.")),
            "description"),
        fails("G-05W", "on-site job described as fully remote in German", p -> p
            .withWorkplace(Workplace.onSite(Fixtures.address("US-CO", "Denver")))
            .withDescription(RichText.plain("Dienste bauen.\nDie Stelle ist vollständig remote.")),
            "description"),
        passes("G-05W", "remote job whose description does not mention the mode",
            p -> p.withWorkplace(REMOTE_WORLDWIDE)),
        passes("G-05W", "remote job that speaks of hybrid clouds",
            p -> p.withWorkplace(REMOTE_WORLDWIDE).withDescription(RichText.plain(
                "Run our hybrid cloud.\nThis job is fully remote."))),
        passes("G-05W", "hybrid job", p -> p),
        fails("G-06", "expired the day before", p -> p.withValidThrough(TODAY.minusDays(1)),
            "validThrough"),
        passes("G-06", "valid through the reference day", p -> p.withValidThrough(TODAY)),
        fails("G-07", "publisher named as employer", p -> p.withPostingParty(
            PostingParty.of("trailhead jobs", PostingPartyRole.AGENCY)), "employer.name"),
        fails("G-07", "site named as employer", p -> p.withEmployer(
            p.employer().orElseThrow().withName("Trailhead Jobs Denver")), "employer.name"),
        fails("G-07", "confidential employer", p -> p.withEmployer(
            p.employer().orElseThrow().withConfidential(true)), "employer.confidential"),
        passes("G-07", "the company's name", p -> p),
        fails("G-08", "five-digit year", p -> p.withValidThrough(LocalDate.of(10000, 1, 1)),
            "validThrough"),
        fails("G-08", "year zero", p -> p.withDatePosted(LocalDate.of(0, 12, 31)), "datePosted"),
        fails("G-08", "deadline beyond 9999", p -> p.withApplication(p.application().orElseThrow()
            .withDeadline(ApplicationDeadline.on(LocalDate.of(10000, 1, 1)))),
            "application.deadline.date"),
        passes("G-08", "year 9999", p -> p.withValidThrough(LocalDate.of(9999, 12, 31))),

        fails("GR-01", "a deadline without validThrough",
            p -> p.withValidThrough(Optional.empty()), "validThrough"),
        passes("GR-01", "rolling applications without validThrough",
            p -> p.withValidThrough(Optional.empty()).withApplication(
                p.application().orElseThrow().withDeadline(ApplicationDeadline.ongoing()))),
        fails("GR-02", "no employment", p -> p.withEmployment(Optional.empty()), "employment"),
        fails("GR-02", "no types", p -> p.withEmployment(Employment.builder().build()),
            "employment.types"),
        passes("GR-02", "a type", p -> p),
        fails("GR-03", "no compensation", p -> p.withCompensation(Optional.empty()),
            "compensation.base"),
        fails("GR-03", "no base pay",
            p -> p.withCompensation(Compensation.builder().addNote("Competitive").build()),
            "compensation.base"),
        fails("GR-03", "one-time pay", p -> p.withCompensation(Compensation.builder().base(
            PayRange.exactly(Money.of("5000", "USD"), PayPeriod.ONE_TIME)).build()),
            "compensation.base.period"),
        fails("GR-03", "open-ended range", p -> p.withCompensation(Compensation.builder().base(
            PayRange.atLeast(Money.of("20", "USD"), PayPeriod.HOUR)).build()),
            "compensation.base"),
        passes("GR-03", "a fixed hourly wage", p -> p.withCompensation(Compensation.builder()
            .base(PayRange.exactly(Money.of("20", "USD"), PayPeriod.HOUR)).build())),
        fails("GR-04", "no identifier", p -> p.withIdentifiers(List.of()), "identifiers"),
        passes("GR-04", "an identifier", p -> p),
        fails("GR-05", "no directApply", p -> p.withApplication(
            Application.builder().addEmail("jobs@example.com").build()),
            "application.directApply"),
        fails("GR-05", "no application", p -> p.withApplication(Optional.empty()),
            "application"),
        passes("GR-05", "directApply false", p -> p.withApplication(
            p.application().orElseThrow().withDirectApply(false))),
        fails("GR-06", "no sameAs or logo", p -> p.withEmployer(Employer.of("Trailhead Jobs")),
            "employer.sameAs", "employer.logo"),
        passes("GR-06", "sameAs and logo", p -> p),
        fails("GR-07", "primary education", p -> p.withRequirements(Requirement.builder()
            .kind(RequirementKind.EDUCATION).text("Primary school")
            .educationLevel(EducationLevel.PRIMARY).build()), "requirements[0].educationLevel"),
        passes("GR-07", "high school", p -> p.withRequirements(Requirement.builder()
            .kind(RequirementKind.EDUCATION).text("High school")
            .educationLevel(EducationLevel.HIGH_SCHOOL).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyThePathsOfTheRule(Case c) {
    Rule rule = JobPostingValidator.rules().stream().filter(r -> r.id().equals(c.rule()))
        .findFirst().orElseThrow();
    ValidationReport report = VALIDATOR.validate(c.change().apply(compliant()), rule.profile());
    assertThat(paths(report, c.rule())).as(report.toString()).isEqualTo(c.paths());
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("{"));
  }

  @Test
  void theCompliantPostingPassesEveryProfile() {
    assertThat(VALIDATOR.validate(compliant()).findings()).isEmpty();
  }

  @Test
  void everyPublishingAndGoogleRuleHasAFailingAndAPassingCase() {
    Set<String> ruleIds = JobPostingValidator.rules().stream().map(Rule::id)
        .filter(id -> !id.startsWith("PT-")).collect(Collectors.toSet());
    assertThat(cases().filter(c -> !c.paths().isEmpty()).map(Case::rule))
        .containsAll(ruleIds);
    assertThat(cases().filter(c -> c.paths().isEmpty()).map(Case::rule))
        .containsAll(ruleIds);
  }
}
