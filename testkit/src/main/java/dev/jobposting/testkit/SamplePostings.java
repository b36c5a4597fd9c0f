package dev.jobposting.testkit;

import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.WebAddress;
import dev.jobposting.application.Application;
import dev.jobposting.application.ApplicationDeadline;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayBasis;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.organization.Headcount;
import dev.jobposting.organization.PostingParty;
import dev.jobposting.organization.PostingPartyRole;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.GeoCoordinates;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.requirement.EducationLevel;
import dev.jobposting.requirement.LanguageLevel;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import dev.jobposting.role.Role;
import dev.jobposting.role.Seniority;
import dev.jobposting.workplace.Travel;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-built postings for tests: the smallest valid one, one with every attribute set, and the
 * reference posting the project models end to end.
 *
 * <pre>{@code
 * JobPosting reference = SamplePostings.reference();
 * assertThat(reference.workplace().orElseThrow().isOpenWorldwide()).isTrue();
 * }</pre>
 */
public final class SamplePostings {

  /** The apply address of the reference posting. */
  public static final WebAddress REFERENCE_APPLY_URL =
      WebAddress.of("https://www.remotewlb.com/apply/linux-server-software-engineering-manager");

  private SamplePostings() {}

  /**
   * Every sample by its name, for tests that run over all of them.
   *
   * <pre>{@code
   * SamplePostings.all().forEach((name, posting) ->
   *     assertThat(read(write(posting))).as(name).isEqualTo(posting));
   * }</pre>
   *
   * @return {@code minimal}, {@code full} and {@code reference}, in that order, unmodifiable
   */
  public static Map<String, JobPosting> all() {
    Map<String, JobPosting> all = new LinkedHashMap<>();
    all.put("minimal", minimal());
    all.put("full", full());
    all.put("reference", reference());
    return Collections.unmodifiableMap(all);
  }

  /** {@return the smallest valid posting: a title and nothing else} */
  public static JobPosting minimal() {
    return JobPosting.builder().title("Warehouse Associate").build();
  }

  /**
   * A posting with every attribute of every type set, for tests that must see each field once.
   *
   * @return a hybrid backend engineering job in Denver with a pay range, on-site days and travel
   */
  public static JobPosting full() {
    PostalAddress denver = PostalAddress.builder()
        .streetAddress("1600 Market Street, Suite 400")
        .locality("Denver")
        .subdivision(SubdivisionCode.of("US-CO"))
        .region("Denver County")
        .postalCode("80202")
        .country(CountryCode.of("US"))
        .coordinates(GeoCoordinates.of(new BigDecimal("39.7508"), new BigDecimal("-104.9966")))
        .build();
    return JobPosting.builder()
        .addIdentifier(Identifier.of("requisition", "ENG-2026-117"))
        .title("Senior Backend Engineer")
        .description(RichText.html("<p>Build and run the services behind our job marketplace.</p>"))
        .language(Locale.forLanguageTag("en-US"))
        .employer(Employer.builder()
            .name("Trailhead Jobs")
            .legalName("Trailhead Jobs, Inc.")
            .website(WebAddress.of("https://trailhead.example"))
            .logo(WebAddress.of("https://trailhead.example/logo.png"))
            .about("Trailhead Jobs runs a job marketplace for outdoor and hospitality work.")
            .addSameAs(WebAddress.of("https://www.linkedin.com/company/trailhead-jobs-example"))
            .headquarters(denver)
            .industry("Internet marketplaces")
            .headcount(180)
            .addRegionalHeadcount(Headcount.of(AdministrativeArea.subdivision("US-CO"), 120))
            .confidential(false)
            .build())
        .postingParty(PostingParty.builder()
            .name("Summit Talent Partners")
            .role(PostingPartyRole.AGENCY)
            .website(WebAddress.of("https://summit-talent.example"))
            .build())
        .role(Role.builder()
            .department("Platform Engineering")
            .seniority(Seniority.EXPERIENCED)
            .addOccupation(ClassificationCode.builder()
                .scheme(ClassificationScheme.ONET_SOC)
                .schemeVersion("2019")
                .schemeName("O*NET-SOC")
                .code("15-1252.00")
                .label("Software Developers")
                .build())
            .industry(ClassificationCode.builder()
                .scheme(ClassificationScheme.OTHER)
                .schemeVersion("3")
                .schemeName("Trailhead industry list")
                .code("MKT")
                .label("Marketplaces")
                .build())
            .build())
        .employment(Employment.builder()
            .addType(EmploymentType.FULL_TIME)
            .addOtherType("Sabbatical-eligible")
            .workHours("Monday to Friday, core hours 10:00 to 15:00 Mountain Time")
            .hoursPerWeek(new BigDecimal("40"))
            .startDate(LocalDate.of(2027, 2, 1))
            .duration(Period.ofMonths(24))
            .openings(2)
            .build())
        .workplace(Workplace.builder()
            .mode(WorkMode.HYBRID)
            .addLocation(denver)
            .reportsTo(denver)
            .onSiteDaysPerWeek(2)
            .travel(Travel.builder()
                .percentOfTime(10)
                .tripsPerYear(4)
                .tripLength(Period.ofDays(3))
                .description("Quarterly planning week at a partner site")
                .build())
            .relocationAssistance(true)
            .build())
        .compensation(Compensation.builder()
            .base(PayRange.between(Money.of("135000", "USD"), Money.of("165000", "USD"),
                PayPeriod.YEAR))
            .basis(PayBasis.SALARIED)
            .addComponent(CompensationComponent.builder()
                .type(ComponentType.SIGNING_BONUS)
                .amount(PayRange.exactly(Money.of("5000", "USD"), PayPeriod.ONE_TIME))
                .description("Paid with the first salary")
                .build())
            .addNote("The range is what we expect to pay at hire in Colorado.")
            .detailsUrl(WebAddress.of("https://trailhead.example/careers/pay-and-benefits"))
            .build())
        .addResponsibility("Design and build the APIs that job boards call")
        .addResponsibility("Keep the services fast, observable and on call-friendly")
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.EXPERIENCE)
            .necessity(Necessity.REQUIRED)
            .text("Five years building backend services in Java or Kotlin")
            .addAlternatives("Java", "Kotlin")
            .monthsOfExperience(60)
            .build())
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.EDUCATION)
            .necessity(Necessity.PREFERRED)
            .text("A bachelor's degree in computer science or a related field")
            .educationLevel(EducationLevel.BACHELOR_DEGREE)
            .fieldOfStudy("Computer science")
            .build())
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.LANGUAGE)
            .text("Fluent English")
            .language(Locale.ENGLISH)
            .languageLevel(LanguageLevel.C1)
            .build())
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.SKILL)
            .text("Relational database design")
            .code(ClassificationCode.builder()
                .scheme(ClassificationScheme.ESCO)
                .schemeVersion("1.2")
                .schemeName("ESCO")
                .code("S1.2.3")
                .label("design databases")
                .build())
            .build())
        .experienceInPlaceOfEducation(true)
        .addBenefit(Benefit.of(BenefitCategory.HEALTH, "Medical, dental and vision insurance"))
        .addBenefit(Benefit.builder()
            .category(BenefitCategory.RETIREMENT)
            .text("401(k) with employer match")
            .value(Money.of("6000", "USD"))
            .period(PayPeriod.YEAR)
            .build())
        .application(Application.builder()
            .addUrl(WebAddress.of("https://trailhead.example/careers/eng-2026-117/apply"))
            .addEmail("jobs@trailhead.example")
            .instructions("Apply online with your CV; no cover letter needed.")
            .directApply(true)
            .deadline(ApplicationDeadline.on(LocalDate.of(2027, 1, 15)))
            .build())
        .datePosted(LocalDate.of(2026, 11, 20))
        .validThrough(LocalDate.of(2027, 1, 15))
        .legal(LegalDisclosures.builder()
            .equalOpportunityStatement("We hire without regard to race, religion, sex or any other"
                + " protected characteristic.")
            .accommodationStatement("Tell us at apply time if you need an accommodation.")
            .aiUsedInScreening(false)
            .existingVacancy(true)
            .payDisclosedBeforeInterview(true)
            .addSpecialCommitment("VeteranCommit")
            .build())
        .url(WebAddress.of("https://trailhead.example/careers/eng-2026-117"))
        .build();
  }

  /**
   * The reference posting: Canonical's Linux Server Software Engineering Manager, a fully remote
   * role open worldwide, with no pay range and no posting date, modelled in typed fields throughout
   * (texts in this project's words).
   *
   * @return the reference posting
   */
  public static JobPosting reference() {
    return JobPosting.builder()
        .title("Linux Server Software Engineering Manager")
        .description(RichText.html("<p>Lead the Partner Engineering team that tunes Ubuntu for"
            + " the newest server silicon, from the kernel to AI workloads.</p>"
            + "<p>This is a globally remote role.</p>"))
        .language(Locale.ENGLISH)
        .employer(Employer.builder()
            .name("Canonical")
            .about("Canonical publishes Ubuntu and has worked as a remote-first company since its"
                + " founding in 2004, hiring around the globe.")
            .build())
        .role(Role.builder()
            .department("Partner Engineering")
            .seniority(Seniority.MANAGER)
            .build())
        .workplace(Workplace.builder()
            .mode(WorkMode.REMOTE)
            .addApplicantLocation(AdministrativeArea.worldwide())
            .travel(Travel.builder()
                .tripsPerYear(2)
                .tripLength(Period.ofWeeks(2))
                .description("Global travel to meet the team and partners")
                .build())
            .build())
        .compensation(Compensation.builder()
            .addComponent(CompensationComponent.of(ComponentType.BONUS,
                "Some roles are eligible for an annual bonus"))
            .addComponent(CompensationComponent.of(ComponentType.COMMISSION,
                "Some roles are eligible for sales incentives tied to revenue or utilisation"))
            .addNote("Base pay depends on location, experience, knowledge and skills.")
            .build())
        .addResponsibility("Lead distributed engineers integrating Ubuntu with the latest"
            + " server hardware and software stacks")
        .addResponsibility("Work with commercial partners on a first-class Ubuntu experience for"
            + " their platforms")
        .addResponsibility("Grow the team through coaching, mentoring, example and feedback")
        .addResponsibility("Oversee partner engagements and deliver agreed milestones on time")
        .addResponsibility("Hold the team to strict quality and reliability standards")
        .addResponsibility("Align product architecture and roadmaps with other Canonical teams")
        .addRequirement(Requirement.of(RequirementKind.EXPERIENCE, Necessity.REQUIRED,
            "A proven track record in technical roles with Linux"))
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.EXPERIENCE)
            .necessity(Necessity.PREFERRED)
            .text("Experience with Ubuntu or Debian")
            .addAlternatives("Ubuntu", "Debian")
            .build())
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.REQUIRED,
            "Strong software engineering in C/C++ and Python"))
        .addRequirement(Requirement.builder()
            .kind(RequirementKind.EXPERIENCE)
            .text("Experience with one or more of: Ubuntu kernel and userspace, deb and snap"
                + " packaging, embedded Linux, QEMU/KVM, OVS/OVN")
            .addAlternatives("Ubuntu kernel and userspace", "deb and snap packaging",
                "Embedded Linux", "QEMU/KVM", "OVS/OVN")
            .build())
        .addRequirement(Requirement.of(RequirementKind.EXPERIENCE, Necessity.REQUIRED,
            "Customer-facing work that turns business problems into technical solutions"))
        .addRequirement(Requirement.of(RequirementKind.EXPERIENCE, Necessity.REQUIRED,
            "Managing software engineers, with a record of planning, delivery and quality"))
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.REQUIRED,
            "Collaboration across internal teams that builds trust and delivers results"))
        .addBenefit(Benefit.of(BenefitCategory.REMOTE_WORK, "Fully remote work, as since 2004"))
        .addBenefit(Benefit.builder()
            .category(BenefitCategory.LEARNING)
            .text("Personal learning and development budget")
            .value(Money.of("2000", "USD"))
            .period(PayPeriod.YEAR)
            .build())
        .addBenefit(Benefit.of(BenefitCategory.PAY_REVIEW, "Annual compensation review"))
        .addBenefit(Benefit.of(BenefitCategory.RECOGNITION, "Recognition rewards"))
        .addBenefit(Benefit.of(BenefitCategory.PAID_TIME_OFF, "Annual holiday leave"))
        .addBenefit(Benefit.of(BenefitCategory.PARENTAL_LEAVE, "Parental leave"))
        .addBenefit(Benefit.of(BenefitCategory.WELLBEING, "Employee assistance programme"))
        .addBenefit(Benefit.of(BenefitCategory.TRAVEL,
            "Travel to meet colleagues at team sprints in new places"))
        .addBenefit(Benefit.of(BenefitCategory.TRAVEL,
            "Priority Pass and travel upgrades for long-haul company events"))
        .application(Application.builder().addUrl(REFERENCE_APPLY_URL).build())
        .legal(LegalDisclosures.builder()
            .equalOpportunityStatement("Canonical is an equal opportunity employer and gives every"
                + " application fair consideration, whatever the applicant's identity.")
            .build())
        .url(REFERENCE_APPLY_URL)
        .build();
  }
}
