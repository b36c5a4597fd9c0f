package dev.jobposting.validation.internal;

import static dev.jobposting.validation.Fixtures.TODAY;
import static dev.jobposting.validation.Fixtures.VALIDATOR;
import static dev.jobposting.validation.Fixtures.address;
import static dev.jobposting.validation.Fixtures.inCountry;
import static dev.jobposting.validation.Fixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.application.Application;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayBasis;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.Headcount;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.validation.Fixtures;
import dev.jobposting.validation.JobPostingValidator;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Rule;
import dev.jobposting.validation.Severity;
import dev.jobposting.validation.ValidationReport;
import dev.jobposting.validation.internal.Jurisdiction.Option;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pay-transparency rule: a covered posting that passes, one that fails each duty, and the
 * boundaries of coverage (effective date, headcount threshold, remote applicant locations,
 * reporting location).
 */
class PayTransparencyRulesTest {

  /** A work location inside the jurisdiction. */
  static PostalAddress inside(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
      case US_NYC:
        return address("US-NY", "Brooklyn");
      case IT: case SK: case LT: case MT: case PL:
        return inCountry(jurisdiction.code());
      default:
        String area = jurisdiction.name().replace('_', '-');
        return address(area, "Capital");
    }
  }

  /**
   * The compliant posting at a work location inside the jurisdiction; in Ontario paid in CAD, so
   * that the range's width can be checked.
   */
  static JobPosting covered(Jurisdiction jurisdiction) {
    JobPosting posting = Fixtures.at(inside(jurisdiction));
    if (jurisdiction != Jurisdiction.CA_ON) {
      return posting;
    }
    return posting.withCompensation(posting.compensation().orElseThrow().withBase(
        PayRange.between(Money.of("90000", "CAD"), Money.of("120000", "CAD"), PayPeriod.YEAR)));
  }

  /** The covered posting without base pay, and without a pay-before-interview declaration. */
  static JobPosting withoutPay(Jurisdiction jurisdiction) {
    JobPosting posting = covered(jurisdiction);
    return posting
        .withCompensation(posting.compensation().orElseThrow().withBase(Optional.empty()))
        .withLegal(posting.legal().orElseThrow().withPayDisclosedBeforeInterview(Optional.empty()));
  }

  static ValidationReport validate(JobPosting posting, Jurisdiction jurisdiction) {
    return VALIDATOR.validate(posting, jurisdiction.profile());
  }

  static String id(Jurisdiction jurisdiction, Duty duty) {
    return duty.ruleId(jurisdiction);
  }

  static String headcountRule(Jurisdiction jurisdiction) {
    return "PT-" + jurisdiction.code() + "-00";
  }

  /** A way to break one duty, with the paths its rule reports. */
  record Breach(Jurisdiction jurisdiction, Duty duty, String name, JobPosting posting,
      Set<String> paths) {
    @Override
    public String toString() {
      return id(jurisdiction, duty) + " " + name;
    }
  }

  static Stream<Breach> breaches() {
    List<Breach> all = new ArrayList<>();
    for (Jurisdiction j : Jurisdiction.values()) {
      JobPosting covered = covered(j);
      Compensation pay = covered.compensation().orElseThrow()
          .withDetailsUrl(Optional.empty());
      for (Duty duty : j.duties()) {
        switch (duty) {
          case PAY_RANGE:
            all.add(new Breach(j, duty, "no base pay", withoutPay(j),
                Set.of("compensation.base")));
            all.add(new Breach(j, duty, "open-ended range", withoutPay(j).withCompensation(
                pay.withBase(PayRange.atLeast(Money.of("20", "USD"), PayPeriod.HOUR))),
                Set.of("compensation.base")));
            break;
          case BENEFITS:
            all.add(new Breach(j, duty, "no benefits",
                covered.withBenefits(List.of()).withCompensation(pay), Set.of("benefits")));
            break;
          case OTHER_COMPENSATION:
            all.add(new Breach(j, duty, "no other compensation", covered.withCompensation(
                pay.withComponents(List.of()).withNotes(List.of())),
                Set.of("compensation.components")));
            break;
          case DEADLINE:
            all.add(new Breach(j, duty, "no deadline", covered.withApplication(
                covered.application().orElseThrow().withDeadline(Optional.empty())),
                Set.of("application.deadline")));
            break;
          case HOW_TO_APPLY:
            all.add(new Breach(j, duty, "only a deadline", covered.withApplication(
                Application.builder().deadline(ApplicationDeadline.ongoing()).build()),
                Set.of("application")));
            break;
          case JOB_DESCRIPTION:
            all.add(new Breach(j, duty, "no description",
                covered.withDescription(Optional.empty()), Set.of("description")));
            break;
          case RANGE_WIDTH:
            all.add(new Breach(j, duty, "60,000 wide", covered.withCompensation(pay.withBase(
                PayRange.between(Money.of("60000", "CAD"), Money.of("120000", "CAD"),
                    PayPeriod.YEAR))), Set.of("compensation.base")));
            all.add(new Breach(j, duty, "an hourly range 30 wide a year", covered.withCompensation(
                pay.withBase(PayRange.between(Money.of("30", "CAD"), Money.of("60", "CAD"),
                    PayPeriod.HOUR))), Set.of("compensation.base")));
            break;
          case AI_DECLARATION:
            all.add(new Breach(j, duty, "AI use not declared", covered.withLegal(
                covered.legal().orElseThrow().withAiUsedInScreening(Optional.empty())),
                Set.of("legal.aiUsedInScreening")));
            break;
          case VACANCY_DECLARATION:
            all.add(new Breach(j, duty, "vacancy not declared", covered.withLegal(
                covered.legal().orElseThrow().withExistingVacancy(Optional.empty())),
                Set.of("legal.existingVacancy")));
            break;
          case NO_CANADIAN_EXPERIENCE:
            all.add(new Breach(j, duty, "Canadian experience required",
                covered.withTitle("Backend Engineer, Canadian experience")
                    .withRequirements(Requirement.of(RequirementKind.EXPERIENCE,
                        Necessity.REQUIRED, "Two years of Canadian work experience")),
                Set.of("title", "requirements[0].text")));
            break;
          case TIPPED_DISCLOSURE:
            all.add(new Breach(j, duty, "tipped without a TIPS component", covered.withCompensation(
                pay.withBasis(PayBasis.TIPPED)), Set.of("compensation.components")));
            break;
          default:
            throw new IllegalStateException(duty.name());
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaches")
  void aBreachIsReportedAtItsPaths(Breach breach) {
    ValidationReport report = validate(breach.posting(), breach.jurisdiction());
    assertThat(paths(report, id(breach.jurisdiction(), breach.duty())))
        .as(report.toString()).isEqualTo(breach.paths());
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("{"));
    Rule rule = rule(id(breach.jurisdiction(), breach.duty()));
    LocalDate from = rule.effectiveFrom().orElseThrow();
    assertThat(JobPostingValidator.create().asOf(from.minusDays(1))
        .validate(breach.posting(), breach.jurisdiction().profile()).ruleIds())
        .doesNotContain(rule.id());
    assertThat(JobPostingValidator.create().asOf(from)
        .validate(breach.posting(), breach.jurisdiction().profile()).ruleIds())
        .contains(rule.id());
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void aCoveredCompliantPostingPasses(Jurisdiction jurisdiction) {
    assertThat(validate(covered(jurisdiction), jurisdiction).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void appliesFromItsEffectiveDateOn(Jurisdiction jurisdiction) {
    JobPostingValidator validator = JobPostingValidator.create();
    String pay = id(jurisdiction, Duty.PAY_RANGE);
    assertThat(validator.asOf(jurisdiction.effectiveFrom().minusDays(1))
        .validate(withoutPay(jurisdiction), jurisdiction.profile()).findings()).isEmpty();
    assertThat(validator.asOf(jurisdiction.effectiveFrom())
        .validate(withoutPay(jurisdiction), jurisdiction.profile()).ruleIds()).contains(pay);
  }

  @Test
  void lithuaniaAsksForPayInAdsSinceItsLabourCodeAmendmentOf2019() {
    JobPostingValidator validator = JobPostingValidator.create();
    JobPosting posting = withoutPay(Jurisdiction.LT);
    assertThat(validator.asOf(LocalDate.of(2019, 7, 26))
        .validate(posting, Profile.PAY_LT).findings()).isEmpty();
    assertThat(validator.asOf(LocalDate.of(2019, 7, 27))
        .validate(posting, Profile.PAY_LT).ruleIds()).containsExactly("PT-LT-01");
    assertThat(validator.asOf(LocalDate.of(2026, 6, 6))
        .validate(posting, Profile.PAY_LT).ruleIds())
        .as("in force before the Directive's transposition deadline").contains("PT-LT-01");
  }

  @Test
  void coloradoAsksForTheDeadlineFrom2024() {
    JobPosting posting = covered(Jurisdiction.US_CO);
    posting = posting.withApplication(posting.application().orElseThrow()
        .withDeadline(Optional.empty()));
    JobPostingValidator validator = JobPostingValidator.create();
    assertThat(validator.asOf(Jurisdiction.COLORADO_DEADLINE_FROM.minusDays(1))
        .validate(posting, Jurisdiction.US_CO.profile()).findings()).isEmpty();
    assertThat(validator.asOf(Jurisdiction.COLORADO_DEADLINE_FROM)
        .validate(posting, Jurisdiction.US_CO.profile()).ruleIds()).containsExactly("PT-CO-04");
  }

  static Stream<Object[]> thresholds() {
    return Stream.of(Jurisdiction.values())
        .flatMap(j -> j.thresholds().stream().map(t -> new Object[] {j, t}));
  }

  /** An employer whose headcounts sit at every threshold, one of them lowered by {@code less}. */
  static Employer employerAt(Jurisdiction jurisdiction, Threshold lowered, int less) {
    Employer.Builder employer = Employer.builder().name("Trailhead Jobs");
    int total = 0;
    for (Threshold t : jurisdiction.thresholds()) {
      int count = t.minimum() - (t.equals(lowered) ? less : 0);
      if (t.area().isEmpty()) {
        total = count;
      } else {
        employer.addRegionalHeadcount(Headcount.of(t.area().get(), count));
        total = Math.max(total, count);
      }
    }
    return employer.headcount(total).build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("thresholds")
  void coversFromTheThresholdOn(Jurisdiction jurisdiction, Threshold threshold) {
    JobPosting posting = withoutPay(jurisdiction);
    String pay = id(jurisdiction, Duty.PAY_RANGE);
    assertThat(validate(posting.withEmployer(employerAt(jurisdiction, threshold, 1)),
        jurisdiction).findings()).isEmpty();
    assertThat(validate(posting.withEmployer(employerAt(jurisdiction, threshold, 0)),
        jurisdiction).ruleIds()).containsExactly(pay);
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void anUnknownHeadcountCountsAsCoveredWithAWarning(Jurisdiction jurisdiction) {
    JobPosting posting = withoutPay(jurisdiction).withEmployer(Employer.of("Trailhead Jobs"));
    ValidationReport report = validate(posting, jurisdiction);
    Set<String> expected = jurisdiction.thresholds().stream().map(Threshold::path)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(paths(report, headcountRule(jurisdiction))).isEqualTo(expected);
    assertThat(report.ruleIds()).contains(id(jurisdiction, Duty.PAY_RANGE));
    assertThat(validate(posting.withEmployer(Optional.empty()), jurisdiction).ruleIds())
        .contains(id(jurisdiction, Duty.PAY_RANGE));
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void remoteWorkReachesTheJurisdictionsItsApplicantsMayLiveIn(Jurisdiction jurisdiction) {
    JobPosting posting = withoutPay(jurisdiction);
    AdministrativeArea area = inside(jurisdiction).area();
    String pay = id(jurisdiction, Duty.PAY_RANGE);
    assertThat(validate(posting.withWorkplace(Workplace.remote(area)), jurisdiction).ruleIds())
        .contains(pay);
    assertThat(validate(posting.withWorkplace(
        Workplace.remote(AdministrativeArea.country(area.country().orElseThrow()))),
        jurisdiction).ruleIds()).contains(pay);
    assertThat(validate(posting.withWorkplace(Workplace.remote(AdministrativeArea.worldwide())),
        jurisdiction).ruleIds()).contains(pay);
    assertThat(validate(posting.withWorkplace(Workplace.remote(AdministrativeArea.country("JP"))),
        jurisdiction).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void aReportingLocationCountsWhereTheLawSaysSo(Jurisdiction jurisdiction) {
    JobPosting posting = withoutPay(jurisdiction).withWorkplace(Workplace.builder()
        .mode(WorkMode.ON_SITE).addLocation(inCountry("JP")).reportsTo(inside(jurisdiction))
        .build());
    List<String> ids = validate(posting, jurisdiction).ruleIds();
    if (jurisdiction.has(Option.REPORTS_TO)) {
      assertThat(ids).contains(id(jurisdiction, Duty.PAY_RANGE));
    } else {
      assertThat(ids).isEmpty();
    }
  }

  @Test
  void anAddressInTheCountryButNoStateReachesNoState() {
    JobPosting posting = withoutPay(Jurisdiction.US_CO)
        .withWorkplace(Workplace.onSite(inCountry("US")));
    assertThat(VALIDATOR.validate(posting, dev.jobposting.validation.Profile.PAY_TRANSPARENCY)
        .findings()).isEmpty();
  }

  @Test
  void newYorkCityIsAStateAddressWithACityLocality() {
    JobPosting buffalo = withoutPay(Jurisdiction.US_NY)
        .withWorkplace(Workplace.onSite(address("US-NY", "Buffalo")));
    assertThat(validate(buffalo, Jurisdiction.US_NYC).findings()).isEmpty();
    assertThat(validate(buffalo, Jurisdiction.US_NY).ruleIds()).containsExactly("PT-NY-01");
    for (String borough : List.of("New York", "NYC", "Manhattan", "The Bronx", "Queens",
        "Staten Island", "brooklyn")) {
      JobPosting posting = buffalo.withWorkplace(Workplace.onSite(address("US-NY", borough)));
      assertThat(validate(posting, Jurisdiction.US_NYC).ruleIds()).as(borough)
          .containsExactly("PT-NYC-01");
    }
    JobPosting remoteNewJersey = buffalo.withWorkplace(
        Workplace.remote(AdministrativeArea.subdivision("US-NJ")));
    assertThat(validate(remoteNewJersey, Jurisdiction.US_NYC).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Jurisdiction.class, names = {"US_NY", "US_VT"})
  void commissionOnlyPayNeedsOnlyTheStatement(Jurisdiction jurisdiction) {
    JobPosting posting = withoutPay(jurisdiction);
    posting = posting.withCompensation(posting.compensation().orElseThrow()
        .withBasis(PayBasis.COMMISSION_ONLY));
    assertThat(validate(posting, jurisdiction).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void payBeforeTheInterviewCountsOnlyWhereTheLawAllowsIt(Jurisdiction jurisdiction) {
    JobPosting posting = withoutPay(jurisdiction);
    posting = posting.withLegal(posting.legal().orElseThrow().withPayDisclosedBeforeInterview(true));
    List<String> ids = validate(posting, jurisdiction).ruleIds();
    Rule pay = rule(id(jurisdiction, Duty.PAY_RANGE));
    if (jurisdiction.has(Option.PAY_BEFORE_INTERVIEW)) {
      assertThat(ids).isEmpty();
      assertThat(pay.severity()).isEqualTo(Severity.WARNING);
    } else {
      assertThat(ids).containsExactly(pay.id());
      assertThat(pay.severity()).isEqualTo(Severity.ERROR);
    }
  }

  @Test
  void illinoisAcceptsALinkForBenefitsAndOtherCompensation() {
    JobPosting posting = covered(Jurisdiction.US_IL);
    posting = posting.withBenefits(List.of()).withCompensation(posting.compensation().orElseThrow()
        .withComponents(List.of()).withNotes(List.of()));
    assertThat(validate(posting, Jurisdiction.US_IL).findings()).isEmpty();
    assertThat(validate(posting.withWorkplace(Workplace.onSite(inside(Jurisdiction.US_WA))),
        Jurisdiction.US_WA).ruleIds()).containsExactly("PT-WA-02", "PT-WA-03");
  }

  @Test
  void ontarioRangeWidthBoundaries() {
    JobPosting posting = covered(Jurisdiction.CA_ON);
    Compensation pay = posting.compensation().orElseThrow();
    JobPosting exactly = posting.withCompensation(pay.withBase(PayRange.between(
        Money.of("60000", "CAD"), Money.of("110000", "CAD"), PayPeriod.YEAR)));
    JobPosting highPaid = posting.withCompensation(pay.withBase(PayRange.between(
        Money.of("200001", "CAD"), Money.of("300000", "CAD"), PayPeriod.YEAR)));
    JobPosting otherCurrency = posting.withCompensation(pay.withBase(PayRange.between(
        Money.of("60000", "USD"), Money.of("120000", "USD"), PayPeriod.YEAR)));
    assertThat(validate(exactly, Jurisdiction.CA_ON).findings()).isEmpty();
    assertThat(validate(highPaid, Jurisdiction.CA_ON).findings()).isEmpty();
    assertThat(Fixtures.keys(validate(otherCurrency, Jurisdiction.CA_ON)))
        .as("not converted, so only a warning that it went unchecked")
        .containsExactly("PT-ON-07W@compensation.base");
    JobPosting paidOnce = posting.withCompensation(pay.withBase(PayRange.between(
        Money.of("60000", "CAD"), Money.of("120000", "CAD"), PayPeriod.ONE_TIME)));
    assertThat(Fixtures.keys(validate(paidOnce, Jurisdiction.CA_ON)))
        .containsExactly("PT-ON-07W@compensation.base");
    assertThat(validate(otherCurrency, Jurisdiction.CA_ON).findings().get(0).message())
        .contains("USD", "YEAR").doesNotContain("{");
  }

  @Test
  void vermontTippedJobsSaySoWithATipsComponent() {
    JobPosting posting = covered(Jurisdiction.US_VT);
    Compensation tipped = posting.compensation().orElseThrow().withBasis(PayBasis.TIPPED)
        .withBase(PayRange.between(Money.of("14", "USD"), Money.of("16", "USD"), PayPeriod.HOUR));
    assertThat(paths(validate(posting.withCompensation(tipped), Jurisdiction.US_VT), "PT-VT-11"))
        .containsExactly("compensation.components");
    JobPosting disclosed = posting.withCompensation(tipped.withComponents(
        CompensationComponent.of(ComponentType.TIPS, "Tips are pooled and paid weekly")));
    assertThat(validate(disclosed, Jurisdiction.US_VT).findings()).isEmpty();
    assertThat(validate(disclosed.withCompensation(tipped.withBase(Optional.empty())
        .withComponents(CompensationComponent.of(ComponentType.TIPS, "Tips are pooled"))),
        Jurisdiction.US_VT).ruleIds())
        .as("the wage excluding tips is still the base pay").containsExactly("PT-VT-01");
    assertThat(validate(covered(Jurisdiction.US_CO).withCompensation(tipped),
        Jurisdiction.US_CO).ruleIds()).as("only Vermont asks").isEmpty();
  }

  @Test
  void descriptionsMentioningCanadianExperienceAreFlagged() {
    JobPosting posting = covered(Jurisdiction.CA_ON);
    posting = posting.withDescription(RichText.html("<p>Canadian experience is a must.</p>"));
    assertThat(paths(validate(posting, Jurisdiction.CA_ON), "PT-ON-10"))
        .containsExactly("description");
  }

  @Test
  void theAllJurisdictionsProfileRunsEveryJurisdictionTheRemoteJobReaches() {
    JobPosting posting = withoutPay(Jurisdiction.US_CO)
        .withWorkplace(Workplace.remote(AdministrativeArea.worldwide()));
    List<String> ids = VALIDATOR.validate(posting,
        dev.jobposting.validation.Profile.PAY_TRANSPARENCY).ruleIds();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(Stream.of(Jurisdiction.values())
        .map(j -> id(j, Duty.PAY_RANGE)).collect(Collectors.toList()));
    JobPosting unitedStates = posting.withWorkplace(Workplace.remote(
        AdministrativeArea.country("US")));
    assertThat(VALIDATOR.validate(unitedStates,
        dev.jobposting.validation.Profile.PAY_TRANSPARENCY).ruleIds())
        .allMatch(id -> Stream.of(Jurisdiction.values())
            .filter(j -> j.name().startsWith("US_"))
            .anyMatch(j -> id.equals(id(j, Duty.PAY_RANGE))))
        .hasSize(12);
  }

  @Test
  void remoteWorkWithoutApplicantAreasIsOpenInTheWorkLocationsCountries() {
    JobPosting posting = withoutPay(Jurisdiction.US_CO);
    JobPosting fromUnitedStates = posting.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE)
        .addLocation(address("US-CO", "Denver")).build());
    assertThat(VALIDATOR.validate(fromUnitedStates, Profile.PAY_TRANSPARENCY).ruleIds())
        .as("as Google reads it: open to applicants anywhere in the US")
        .containsExactlyInAnyOrderElementsOf(Stream.of(Jurisdiction.values())
            .filter(j -> j.name().startsWith("US_")).map(j -> id(j, Duty.PAY_RANGE))
            .collect(Collectors.toList()));
    JobPosting fromItaly = posting.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE)
        .addLocation(inCountry("IT")).build());
    assertThat(VALIDATOR.validate(fromItaly, Profile.PAY_TRANSPARENCY).ruleIds())
        .containsExactly("PT-IT-01");
    JobPosting statedAreas = posting.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE)
        .addLocation(inCountry("US")).addApplicantLocation(AdministrativeArea.subdivision("US-CO"))
        .build());
    assertThat(VALIDATOR.validate(statedAreas, Profile.PAY_TRANSPARENCY).ruleIds())
        .as("stated applicant areas replace the work locations' countries")
        .containsExactly("PT-CO-01");
  }

  @Test
  void aPostingWithNoPlaceAtAllWarnsThatItsReachIsUnknown() {
    JobPosting posting = withoutPay(Jurisdiction.US_CO);
    JobPosting remoteNowhere = posting.withWorkplace(
        Workplace.builder().mode(WorkMode.REMOTE).build());
    ValidationReport report = VALIDATOR.validate(remoteNowhere, Profile.PAY_TRANSPARENCY);
    assertThat(Fixtures.keys(report)).containsExactly("PT-00@workplace.applicantLocations");
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.findings().get(0).message()).doesNotContain("{");
    assertThat(Fixtures.keys(VALIDATOR.validate(posting.withWorkplace(Optional.empty()),
        Profile.PAY_TRANSPARENCY))).containsExactly("PT-00@workplace");
    assertThat(Fixtures.keys(VALIDATOR.validate(posting.withWorkplace(
        Workplace.builder().mode(WorkMode.HYBRID).build()), Profile.PAY_TRANSPARENCY)))
        .containsExactly("PT-00@workplace.locations");
    assertThat(VALIDATOR.validate(remoteNowhere, Jurisdiction.US_CO.profile()).findings())
        .as("only the profile of every jurisdiction asks where the posting reaches").isEmpty();
    JobPosting reportsToDenver = posting.withWorkplace(Workplace.builder().mode(WorkMode.REMOTE)
        .reportsTo(address("US-CO", "Denver")).build());
    assertThat(VALIDATOR.validate(reportsToDenver, Profile.PAY_TRANSPARENCY).ruleIds())
        .doesNotContain("PT-00");
  }

  @Test
  void everyPayTransparencyRuleHasAFailingCase() {
    Set<String> exercised = breaches().map(b -> id(b.jurisdiction(), b.duty()))
        .collect(Collectors.toSet());
    exercised.add("PT-00");
    exercised.add("PT-ON-07W");
    Stream.of(Jurisdiction.values()).filter(j -> !j.thresholds().isEmpty())
        .forEach(j -> exercised.add(headcountRule(j)));
    assertThat(exercised).containsExactlyInAnyOrderElementsOf(RuleBook.get().rules().stream()
        .map(Rule::id).filter(id -> id.startsWith("PT-")).collect(Collectors.toList()));
    assertThat(TODAY).isAfterOrEqualTo(Stream.of(Jurisdiction.values())
        .map(Jurisdiction::effectiveFrom).max(java.util.Comparator.naturalOrder()).orElseThrow());
  }

  @Test
  void unusedLegalDisclosuresAreNotNeeded() {
    JobPosting posting = covered(Jurisdiction.US_CA).withLegal(LegalDisclosures.builder().build());
    assertThat(validate(posting, Jurisdiction.US_CA).findings()).isEmpty();
  }

  private static Rule rule(String id) {
    return RuleBook.get().rules().stream().filter(rule -> rule.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no rule " + id));
  }
}
