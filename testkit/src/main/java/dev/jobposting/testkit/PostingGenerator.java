package dev.jobposting.testkit;

import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A seeded generator of random, valid job postings: every value goes through the public builders
 * and their invariants, every optional attribute is sometimes set and sometimes not, and every enum
 * constant turns up. The same seed gives the same sequence.
 *
 * <pre>{@code
 * PostingGenerator generator = PostingGenerator.withSeed(42);
 * JobPosting first = generator.next();
 * }</pre>
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class PostingGenerator {

  private static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "CAD", "JPY", "CHF", "INR", "BHD", "PLN");
  private static final List<String> COUNTRIES =
      List.of("US", "CA", "DE", "FR", "ES", "IT", "PL", "LT", "SK", "MT", "GB", "JP", "BR", "IN");
  private static final List<String> SUBDIVISIONS =
      List.of("US-CO", "US-CA", "US-NY", "US-WA", "US-IL", "US-MD", "US-MA", "US-HI", "US-MN",
          "US-VT", "US-NJ", "US-TX", "CA-BC", "CA-ON", "CA-QC", "DE-BY", "FR-IDF");
  private static final List<String> WORDS =
      List.of("data", "platform", "customer", "kitchen", "night", "senior", "Ünïcödé", "Straße",
          "日本語", "énergie", "O'Brien", "<b>bold</b>", "A & B", "quote \" mark", "back\\slash",
          "tab\there", "émoji 🚀", "שלום", "line\nbreak");
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja", "pt-BR", "en-GB");

  private final RandomGenerator random;

  /**
   * A generator drawing from the given source of randomness.
   *
   * @param random the source; its state advances as postings are generated
   */
  public PostingGenerator(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A generator seeded for repeatable sequences.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PostingGenerator withSeed(long seed) {
    return new PostingGenerator(new SplittableRandom(seed));
  }

  /** {@return the next random valid posting} */
  public JobPosting next() {
    JobPosting.Builder posting = JobPosting.builder().title(text(4));
    repeat(2, i -> posting.addIdentifier(Identifier.of(i == 0 ? "requisition" : "ats", token())));
    maybe(() -> posting.description(RichText.of(paragraph(), pick(TextFormat.values()))));
    maybe(() -> posting.language(Locale.forLanguageTag(pick(LANGUAGES))));
    maybe(() -> posting.employer(employer()));
    maybe(() -> posting.postingParty(postingParty()));
    maybe(() -> posting.role(role()));
    maybe(() -> posting.employment(employment()));
    maybe(() -> posting.workplace(workplace()));
    maybe(() -> posting.compensation(compensation()));
    repeat(4, i -> posting.addResponsibility(text(6)));
    repeat(4, i -> posting.addRequirement(requirement()));
    posting.experienceInPlaceOfEducation(random.nextBoolean());
    repeat(4, i -> posting.addBenefit(benefit()));
    maybe(() -> posting.application(application()));
    LocalDate posted = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1200));
    maybe(() -> posting.datePosted(posted));
    maybe(() -> posting.validThrough(posted.plusDays(random.nextInt(120))));
    maybe(() -> posting.legal(legal()));
    maybe(() -> posting.url(url("jobs")));
    return posting.build();
  }

  private Employer employer() {
    Employer.Builder employer = Employer.builder().name(text(2));
    maybe(() -> employer.legalName(text(3)));
    maybe(() -> employer.website(url("www")));
    maybe(() -> employer.logo(url("logo")));
    maybe(() -> employer.about(paragraph()));
    repeat(2, i -> employer.addSameAs(url("profile" + i)));
    maybe(() -> employer.headquarters(address()));
    maybe(() -> employer.industry(text(2)));
    int total = 1 + random.nextInt(5000);
    boolean totalKnown = random.nextBoolean();
    if (totalKnown) {
      employer.headcount(total);
    }
    List<AdministrativeArea> areas = distinctUpTo(3, this::headcountArea);
    areas.forEach(area -> employer.addRegionalHeadcount(
        Headcount.of(area, random.nextInt((totalKnown ? total : 5000) + 1))));
    employer.confidential(random.nextInt(10) == 0);
    return employer.build();
  }

  private AdministrativeArea headcountArea() {
    return random.nextBoolean()
        ? AdministrativeArea.subdivision(pick(SUBDIVISIONS))
        : AdministrativeArea.country(pick(COUNTRIES));
  }

  private PostingParty postingParty() {
    PostingParty.Builder party = PostingParty.builder().name(text(2)).role(pick(PostingPartyRole.values()));
    maybe(() -> party.website(url("agency")));
    return party.build();
  }

  private Role role() {
    Role.Builder role = Role.builder();
    maybe(() -> role.department(text(2)));
    maybe(() -> role.seniority(pick(Seniority.values())));
    distinctUpTo(2, this::classification).forEach(role::addOccupation);
    maybe(() -> role.industry(classification()));
    return role.build();
  }

  private ClassificationCode classification() {
    ClassificationScheme scheme = pick(ClassificationScheme.values());
    ClassificationCode.Builder code = ClassificationCode.builder().scheme(scheme).code(token());
    maybe(() -> code.schemeVersion(String.valueOf(2000 + random.nextInt(30))));
    if (scheme == ClassificationScheme.OTHER || random.nextBoolean()) {
      code.schemeName(text(2));
    }
    maybe(() -> code.label(text(3)));
    return code.build();
  }

  private Employment employment() {
    Employment.Builder employment = Employment.builder();
    repeat(3, i -> employment.addType(pick(EmploymentType.values())));
    distinctUpTo(2, () -> text(2)).forEach(employment::addOtherType);
    maybe(() -> employment.workHours(text(5)));
    maybe(() -> employment.hoursPerWeek(BigDecimal.valueOf(1 + random.nextInt(1680), 1)));
    if (random.nextInt(3) == 0) {
      employment.immediateStart(true);
    } else {
      maybe(() -> employment.startDate(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900))));
    }
    maybe(() -> employment.duration(Period.ofMonths(1 + random.nextInt(36))));
    maybe(() -> employment.openings(1 + random.nextInt(50)));
    return employment.build();
  }

  private Workplace workplace() {
    WorkMode mode = pick(WorkMode.values());
    Workplace.Builder workplace = Workplace.builder().mode(mode);
    distinctUpTo(3, this::address).forEach(workplace::addLocation);
    if (mode == WorkMode.REMOTE) {
      if (random.nextInt(4) == 0) {
        workplace.addApplicantLocation(AdministrativeArea.worldwide());
      } else {
        distinctUpTo(3, this::headcountArea).forEach(workplace::addApplicantLocation);
      }
    }
    if (mode == WorkMode.HYBRID) {
      maybe(() -> workplace.onSiteDaysPerWeek(1 + random.nextInt(6)));
    }
    maybe(() -> workplace.reportsTo(address()));
    maybe(() -> workplace.travel(travel()));
    maybe(() -> workplace.relocationAssistance(random.nextBoolean()));
    return workplace.build();
  }

  private Travel travel() {
    Travel.Builder travel = Travel.builder().description(text(4));
    maybe(() -> travel.percentOfTime(random.nextInt(101)));
    maybe(() -> travel.tripsPerYear(random.nextInt(25)));
    maybe(() -> travel.tripLength(Period.ofDays(1 + random.nextInt(30))));
    Travel full = travel.build();
    return random.nextBoolean() && (full.percentOfTime().isPresent()
        || full.tripsPerYear().isPresent() || full.tripLength().isPresent())
        ? Travel.builder().from(full).description(Optional.empty()).build()
        : full;
  }

  private PostalAddress address() {
    PostalAddress.Builder address = PostalAddress.builder();
    if (random.nextBoolean()) {
      SubdivisionCode subdivision = SubdivisionCode.of(pick(SUBDIVISIONS));
      address.subdivision(subdivision).country(subdivision.country());
    } else {
      address.country(CountryCode.of(pick(COUNTRIES)));
    }
    maybe(() -> address.streetAddress(random.nextInt(999) + 1 + " " + text(2)));
    maybe(() -> address.locality(text(1)));
    maybe(() -> address.region(text(2)));
    maybe(() -> address.postalCode(String.valueOf(10000 + random.nextInt(89999))));
    maybe(() -> address.coordinates(GeoCoordinates.of(
        BigDecimal.valueOf(random.nextInt(180_000_001) - 90_000_000, 6),
        BigDecimal.valueOf(random.nextInt(360_000_001) - 180_000_000, 6))));
    return address.build();
  }

  private Compensation compensation() {
    Compensation.Builder compensation = Compensation.builder();
    maybe(() -> compensation.base(payRange(pick(CURRENCIES))));
    maybe(() -> compensation.basis(pick(PayBasis.values())));
    repeat(3, i -> compensation.addComponent(component()));
    repeat(2, i -> compensation.addNote(text(6)));
    maybe(() -> compensation.detailsUrl(url("pay")));
    return compensation.build();
  }

  private CompensationComponent component() {
    ComponentType type = pick(ComponentType.values());
    CompensationComponent.Builder component = CompensationComponent.builder().type(type);
    maybe(() -> component.amount(payRange(pick(CURRENCIES))));
    if (type == ComponentType.OTHER || random.nextBoolean()) {
      component.description(text(5));
    }
    return component.build();
  }

  private PayRange payRange(String currency) {
    PayPeriod period = pick(PayPeriod.values());
    Money low = money(currency);
    Money high = Money.of(low.amount().add(money(currency).amount()), low.currency());
    switch (random.nextInt(4)) {
      case 0:
        return PayRange.exactly(low, period);
      case 1:
        return PayRange.atLeast(low, period);
      case 2:
        return PayRange.upTo(high, period);
      default:
        return PayRange.between(low, high, period);
    }
  }

  private Money money(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    long units = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 10_000_000L);
    return Money.of(BigDecimal.valueOf(units, digits), Currency.getInstance(currency));
  }

  private Requirement requirement() {
    RequirementKind kind = pick(RequirementKind.values());
    Requirement.Builder requirement = Requirement.builder()
        .kind(kind)
        .necessity(pick(Necessity.values()))
        .text(text(6));
    if (random.nextInt(4) == 0) {
      List<String> alternatives = distinct(2 + random.nextInt(3), () -> text(2));
      if (alternatives.size() >= 2) {
        requirement.addAllAlternatives(alternatives);
      }
    }
    switch (kind) {
      case EXPERIENCE:
        maybe(() -> requirement.monthsOfExperience(random.nextInt(241)));
        break;
      case EDUCATION:
        maybe(() -> requirement.educationLevel(pick(EducationLevel.values())));
        maybe(() -> requirement.fieldOfStudy(text(2)));
        break;
      case LANGUAGE:
        maybe(() -> requirement.language(Locale.forLanguageTag(pick(LANGUAGES))));
        maybe(() -> requirement.languageLevel(pick(LanguageLevel.values())));
        break;
      default:
        break;
    }
    maybe(() -> requirement.code(classification()));
    return requirement.build();
  }

  private Benefit benefit() {
    Benefit.Builder benefit = Benefit.builder().category(pick(BenefitCategory.values())).text(text(4));
    if (random.nextBoolean()) {
      benefit.value(money(pick(CURRENCIES)));
      maybe(() -> benefit.period(pick(PayPeriod.values())));
    }
    return benefit.build();
  }

  private Application application() {
    Application.Builder application = Application.builder();
    distinctUpTo(2, () -> url("apply")).forEach(application::addUrl);
    repeat(2, i -> application.addEmail("jobs" + i + "@" + token().toLowerCase(Locale.ROOT) + ".example"));
    maybe(() -> application.instructions(text(8)));
    maybe(() -> application.directApply(random.nextBoolean()));
    maybe(() -> application.deadline(deadline()));
    return application.build();
  }

  private ApplicationDeadline deadline() {
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
    switch (random.nextInt(3)) {
      case 0:
        return ApplicationDeadline.on(day);
      case 1:
        return ApplicationDeadline.ongoing();
      default:
        return ApplicationDeadline.ongoingUntil(day);
    }
  }

  private LegalDisclosures legal() {
    LegalDisclosures.Builder legal = LegalDisclosures.builder();
    maybe(() -> legal.equalOpportunityStatement(text(8)));
    maybe(() -> legal.accommodationStatement(text(8)));
    maybe(() -> legal.aiUsedInScreening(random.nextBoolean()));
    maybe(() -> legal.existingVacancy(random.nextBoolean()));
    maybe(() -> legal.payDisclosedBeforeInterview(random.nextBoolean()));
    repeat(2, i -> legal.addSpecialCommitment(text(1)));
    return legal.build();
  }

  private String text(int maxWords) {
    int words = 1 + random.nextInt(maxWords);
    StringBuilder text = new StringBuilder(pick(WORDS));
    for (int i = 1; i < words; i++) {
      text.append(' ').append(pick(WORDS));
    }
    return text.toString().strip();
  }

  private String paragraph() {
    return text(12) + ". " + text(12) + ".";
  }

  private String token() {
    return Long.toString(random.nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
  }

  private WebAddress url(String path) {
    return WebAddress.of("https://" + token().toLowerCase(Locale.ROOT) + ".example/" + path);
  }

  private void maybe(Runnable setter) {
    if (random.nextBoolean()) {
      setter.run();
    }
  }

  private void repeat(int max, IntConsumer action) {
    int times = random.nextInt(max + 1);
    for (int i = 0; i < times; i++) {
      action.accept(i);
    }
  }

  private <T> List<T> distinctUpTo(int max, Supplier<T> supplier) {
    return distinct(random.nextInt(max + 1), supplier);
  }

  /** Up to {@code count} distinct values; fewer when the supplier keeps repeating itself. */
  private <T> List<T> distinct(int count, Supplier<T> supplier) {
    List<T> values = new ArrayList<>();
    for (int tries = 0; values.size() < count && tries < count * 10; tries++) {
      T value = supplier.get();
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
