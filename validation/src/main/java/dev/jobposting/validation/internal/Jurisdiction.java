package dev.jobposting.validation.internal;

import static dev.jobposting.validation.internal.Duty.AI_DECLARATION;
import static dev.jobposting.validation.internal.Duty.BENEFITS;
import static dev.jobposting.validation.internal.Duty.DEADLINE;
import static dev.jobposting.validation.internal.Duty.HOW_TO_APPLY;
import static dev.jobposting.validation.internal.Duty.JOB_DESCRIPTION;
import static dev.jobposting.validation.internal.Duty.NO_CANADIAN_EXPERIENCE;
import static dev.jobposting.validation.internal.Duty.OTHER_COMPENSATION;
import static dev.jobposting.validation.internal.Duty.PAY_RANGE;
import static dev.jobposting.validation.internal.Duty.RANGE_WIDTH;
import static dev.jobposting.validation.internal.Duty.TIPPED_DISCLOSURE;
import static dev.jobposting.validation.internal.Duty.VACANCY_DECLARATION;

import dev.jobposting.JobPosting;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.validation.Profile;
import dev.jobposting.validation.Source;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pay-transparency jurisdiction: where it is, from when its law applies, which employers and
 * postings it covers, and what a covered posting must contain. Facts and dates follow the project's
 * domain reference, section (b5).
 */
enum Jurisdiction {
  US_CO("CO", "Colorado", Profile.PAY_US_CO, "US-CO", LocalDate.of(2021, 1, 1),
      Source.of("Colorado Equal Pay for Equal Work Act, C.R.S. 8-5-201; 7 CCR 1103-18 Rule 11",
          "https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/"
              + "rule-7-ccr-1103-18-11"),
      List.of(Threshold.in("US-CO", 1)),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION, DEADLINE, HOW_TO_APPLY),
      EnumSet.noneOf(Option.class)),
  US_CA("CA", "California", Profile.PAY_US_CA, "US-CA", LocalDate.of(2023, 1, 1),
      Source.of("California Labor Code 432.3 (SB 1162; SB 642)",
          "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
              + "?lawCode=LAB&sectionNum=432.3"),
      List.of(Threshold.total(15), Threshold.in("US-CA", 1)),
      EnumSet.of(PAY_RANGE), EnumSet.noneOf(Option.class)),
  US_NY("NY", "New York State", Profile.PAY_US_NY, "US-NY", LocalDate.of(2023, 9, 17),
      Source.of("New York Labor Law 194-b", "https://www.nysenate.gov/legislation/laws/LAB/194-B"),
      List.of(Threshold.total(4)),
      EnumSet.of(PAY_RANGE, JOB_DESCRIPTION),
      EnumSet.of(Option.REPORTS_TO, Option.COMMISSION_STATEMENT)),
  US_NYC("NYC", "New York City", Profile.PAY_US_NYC, "US-NY", LocalDate.of(2022, 11, 1),
      Source.of("NYC Administrative Code 8-107(32) (Local Laws 32 and 59 of 2022)",
          "https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1247510/"
              + "new-york-city-pay-transparency-law-now-in-effect"),
      List.of(Threshold.total(4)),
      EnumSet.of(PAY_RANGE), EnumSet.of(Option.CITY_OF_NEW_YORK)),
  US_WA("WA", "Washington", Profile.PAY_US_WA, "US-WA", LocalDate.of(2023, 1, 1),
      Source.of("Washington RCW 49.58.110 (SB 5761; SSB 5408)",
          "https://app.leg.wa.gov/RCW/default.aspx?cite=49.58.110"),
      List.of(Threshold.total(15)),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION), EnumSet.noneOf(Option.class)),
  US_IL("IL", "Illinois", Profile.PAY_US_IL, "US-IL", LocalDate.of(2025, 1, 1),
      Source.of("Illinois Equal Pay Act, 820 ILCS 112 (HB 3129)",
          "https://open.pluralpolicy.com/il/bills/103rd/HB3129"),
      List.of(Threshold.total(15)),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION),
      EnumSet.of(Option.REPORTS_TO, Option.BENEFITS_LINK)),
  US_MD("MD", "Maryland", Profile.PAY_US_MD, "US-MD", LocalDate.of(2024, 10, 1),
      Source.of("Maryland Labor and Employment 3-301 et seq. (Wage Range Transparency, HB 649)",
          "https://dllr.state.md.us/LABOR/wages/esswagerangefaq.shtml"),
      List.of(),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION), EnumSet.noneOf(Option.class)),
  US_MA("MA", "Massachusetts", Profile.PAY_US_MA, "US-MA", LocalDate.of(2025, 10, 29),
      Source.of("Massachusetts Salary Range Transparency Act (2024)",
          "https://www.morse.law/news/employment-law-alert-what-to-know-ma-pay-transparency-act"),
      List.of(Threshold.in("US-MA", 25)),
      EnumSet.of(PAY_RANGE), EnumSet.of(Option.REPORTS_TO)),
  US_HI("HI", "Hawaii", Profile.PAY_US_HI, "US-HI", LocalDate.of(2024, 1, 1),
      Source.of("Hawaii Revised Statutes 378-2.8 (SB 1057, Act 203 of 2023)",
          "https://courtgpt.ai/laws/hawaii/title-21/chapter-378/section-378-2-8"),
      List.of(Threshold.total(50)),
      EnumSet.of(PAY_RANGE), EnumSet.noneOf(Option.class)),
  US_MN("MN", "Minnesota", Profile.PAY_US_MN, "US-MN", LocalDate.of(2025, 1, 1),
      Source.of("Minnesota Statutes 181.173 (pay transparency, 2024)",
          "https://natlawreview.com/article/trend-new-pay-equity-laws-coming-massachusetts-"
              + "minnesota-and-vermont-2025"),
      List.of(Threshold.in("US-MN", 30)),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION), EnumSet.noneOf(Option.class)),
  US_VT("VT", "Vermont", Profile.PAY_US_VT, "US-VT", LocalDate.of(2025, 7, 1),
      Source.of("Vermont pay transparency law (2024)",
          "https://natlawreview.com/article/trend-new-pay-equity-laws-coming-massachusetts-"
              + "minnesota-and-vermont-2025"),
      List.of(Threshold.total(5)),
      EnumSet.of(PAY_RANGE, TIPPED_DISCLOSURE),
      EnumSet.of(Option.REPORTS_TO, Option.COMMISSION_STATEMENT)),
  US_NJ("NJ", "New Jersey", Profile.PAY_US_NJ, "US-NJ", LocalDate.of(2025, 6, 1),
      Source.of("New Jersey pay transparency law (2024)",
          "https://manatt.com/insights/newsletters/employment-law/"
              + "more-states-enact-pay-transparency-laws"),
      List.of(Threshold.total(10)),
      EnumSet.of(PAY_RANGE, BENEFITS, OTHER_COMPENSATION), EnumSet.noneOf(Option.class)),
  CA_BC("BC", "British Columbia", Profile.PAY_CA_BC, "CA-BC", LocalDate.of(2023, 11, 1),
      Source.of("British Columbia Pay Transparency Act, SBC 2023 c. 18",
          "https://e2rsolutions.com/legislative-updates"),
      List.of(),
      EnumSet.of(PAY_RANGE), EnumSet.noneOf(Option.class)),
  CA_ON("ON", "Ontario", Profile.PAY_CA_ON, "CA-ON", LocalDate.of(2026, 1, 1),
      Source.of("Ontario Employment Standards Act Part III.1; O. Reg. 476/24",
          "https://www.ontario.ca/laws/regulation/r24476"),
      List.of(Threshold.in("CA-ON", 25)),
      EnumSet.of(PAY_RANGE, RANGE_WIDTH, AI_DECLARATION, VACANCY_DECLARATION,
          NO_CANADIAN_EXPERIENCE),
      EnumSet.noneOf(Option.class)),
  IT("IT", "Italy", Profile.PAY_IT, "IT", LocalDate.of(2026, 6, 7), Eu.SOURCE,
      List.of(), EnumSet.of(PAY_RANGE), EnumSet.noneOf(Option.class)),
  SK("SK", "Slovakia", Profile.PAY_SK, "SK", LocalDate.of(2026, 6, 7), Eu.SOURCE,
      List.of(), EnumSet.of(PAY_RANGE), EnumSet.of(Option.PAY_BEFORE_INTERVIEW)),
  LT("LT", "Lithuania", Profile.PAY_LT, "LT", Lithuania.PAY_IN_ADS_FROM, Lithuania.SOURCE,
      List.of(), EnumSet.of(PAY_RANGE), EnumSet.noneOf(Option.class)),
  MT("MT", "Malta", Profile.PAY_MT, "MT", LocalDate.of(2026, 6, 7), Eu.SOURCE,
      List.of(), EnumSet.of(PAY_RANGE), EnumSet.of(Option.PAY_BEFORE_INTERVIEW)),
  PL("PL", "Poland", Profile.PAY_PL, "PL", LocalDate.of(2025, 12, 24),
      Source.of("Polish Labour Code art. 18(3ca) (Act of 4 June 2025)",
          "https://abclegal.com.pl/en/inne/new-employer-obligations-starting-december-24-2025-"
              + "remuneration-transparency-and-gender-neutrality-in-job-advertisements"),
      List.of(), EnumSet.of(PAY_RANGE), EnumSet.of(Option.PAY_BEFORE_INTERVIEW));

  /** Colorado's 2024 amendment added the application deadline to the posting's content. */
  static final LocalDate COLORADO_DEADLINE_FROM = LocalDate.of(2024, 1, 1);

  /** Localities of a {@code US-NY} address that are New York City: its name and five boroughs. */
  static final Set<String> NEW_YORK_CITY = Set.of("new york", "new york city", "nyc",
      "manhattan", "brooklyn", "queens", "bronx", "the bronx", "staten island");

  /** Facts about a law that change how its duties are tested. */
  enum Option {
    /** A role that reports to a supervisor, office or site in the jurisdiction is covered. */
    REPORTS_TO,
    /** Commission-only pay needs only a statement that pay is by commission. */
    COMMISSION_STATEMENT,
    /** A link to a public page on pay and benefits satisfies the benefits duties. */
    BENEFITS_LINK,
    /** Pay may be told before the interview instead of in the posting; missing pay warns. */
    PAY_BEFORE_INTERVIEW,
    /** The area is a city inside the subdivision, recognised by the address's locality. */
    CITY_OF_NEW_YORK
  }

  private final String code;
  private final String title;
  private final Profile profile;
  private final AdministrativeArea area;
  private final LocalDate effectiveFrom;
  private final Source source;
  private final List<Threshold> thresholds;
  private final Set<Duty> duties;
  private final Set<Option> options;

  Jurisdiction(String code, String title, Profile profile, String area, LocalDate effectiveFrom,
      Source source, List<Threshold> thresholds, Set<Duty> duties, Set<Option> options) {
    this.code = code;
    this.title = title;
    this.profile = profile;
    this.area = area.contains("-")
        ? AdministrativeArea.subdivision(area) : AdministrativeArea.country(area);
    this.effectiveFrom = effectiveFrom;
    this.source = source;
    this.thresholds = thresholds;
    this.duties = duties;
    this.options = options;
  }

  String code() {
    return code;
  }

  String title() {
    return title;
  }

  Profile profile() {
    return profile;
  }

  Source source() {
    return source;
  }

  LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  LocalDate effectiveFrom(Duty duty) {
    return this == US_CO && duty == DEADLINE ? COLORADO_DEADLINE_FROM : effectiveFrom;
  }

  List<Threshold> thresholds() {
    return thresholds;
  }

  Set<Duty> duties() {
    return duties;
  }

  boolean has(Option option) {
    return options.contains(option);
  }

  /**
   * Whether the posting reaches the jurisdiction: a work location in it, remote applicants
   * allowed from an area that overlaps it, or (for laws that say so) a reporting location in it.
   * An address counts only when it lies inside the area: "somewhere in the US" is not Colorado.
   */
  boolean isReachedBy(JobPosting posting) {
    if (posting.workplace().isEmpty()) {
      return false;
    }
    Workplace workplace = posting.workplace().get();
    return workplace.locations().stream().anyMatch(this::contains)
        || has(Option.REPORTS_TO) && workplace.reportsTo().map(this::contains).orElse(false)
        || workplace.mode() == WorkMode.REMOTE
            && applicantAreas(workplace).stream().anyMatch(a -> a.overlaps(area));
  }

  /**
   * Where remote applicants may live. Without stated areas, the countries of the work locations:
   * Google reads a missing applicantLocationRequirements as "open in the jobLocation's country",
   * and the schema.org export writes the work locations as jobLocation.
   */
  static List<AdministrativeArea> applicantAreas(Workplace workplace) {
    if (!workplace.applicantLocations().isEmpty()) {
      return List.copyOf(workplace.applicantLocations());
    }
    return workplace.locations().stream().map(a -> AdministrativeArea.country(a.country()))
        .distinct().collect(Collectors.toList());
  }

  /**
   * Whether the posting gives nothing to decide which laws reach it: no work location, no remote
   * applicant area and no reporting location.
   */
  static boolean reachIsUnknown(JobPosting posting) {
    return posting.workplace().map(w -> w.locations().isEmpty() && w.reportsTo().isEmpty()
        && (w.mode() != WorkMode.REMOTE || w.applicantLocations().isEmpty())).orElse(true);
  }

  private boolean contains(PostalAddress address) {
    if (!area.covers(address.area())) {
      return false;
    }
    return !has(Option.CITY_OF_NEW_YORK) || address.locality()
        .map(l -> NEW_YORK_CITY.contains(l.strip().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /** {@return the thresholds the employer's known headcount cannot settle} */
  List<Threshold> unknownThresholds(JobPosting posting) {
    return thresholds.stream()
        .filter(t -> t.isMetBy(posting.employer()).isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * Whether the law covers the posting: it reaches the jurisdiction, and no threshold is known to
   * be missed. An unknown headcount counts as covered; rule {@code 00} says so.
   */
  boolean covers(JobPosting posting) {
    return isReachedBy(posting) && thresholds.stream()
        .allMatch(t -> t.isMetBy(posting.employer()).orElse(true));
  }

  /** {@return where the law applies, in words, for the catalogue} */
  String coverage() {
    String where = has(Option.CITY_OF_NEW_YORK)
        ? "a work location in US-NY whose locality is New York (City), NYC or a borough"
        : "a work location in " + area;
    String reports = has(Option.REPORTS_TO) ? ", a reporting location in " + area : "";
    String remote = has(Option.CITY_OF_NEW_YORK)
        ? ", or remote work open to applicants in US-NY"
        : ", or remote work open to applicants in " + area;
    String size = thresholds.isEmpty() ? "every employer" : "employers with "
        + thresholds.stream().map(Threshold::describe).collect(Collectors.joining(" and "));
    return where + reports + remote + "; " + size;
  }

  /**
   * Lithuania asked for pay in job advertisements long before the Directive: the domain
   * reference (b5, L12) says "since 2019" without a day, and the amendment of Labour Code
   * Article 25 took effect on 27 July 2019.
   */
  static final class Lithuania {
    static final LocalDate PAY_IN_ADS_FROM = LocalDate.of(2019, 7, 27);
    static final Source SOURCE = Source.of(
        "Lithuanian Labour Code Art. 25, as amended in force 2019-07-27 (pay in job ads since"
            + " 2019, per the EU transposition trackers); Directive (EU) 2023/970 transposed",
        "https://bnt.eu/pl/wiadomosci-prawne/amendment-to-lithuanian-labour-code-new-obligation-"
            + "for-employers/");

    private Lithuania() {}
  }

  /** The source shared by the member states that transposed Directive (EU) 2023/970. */
  private static final class Eu {
    static final Source SOURCE = Source.of(
        "Directive (EU) 2023/970, Art. 5, as transposed (status per transposition tracker)",
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023L0970");
  }
}
