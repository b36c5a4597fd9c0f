package dev.jobposting.jackson.internal;

import static dev.jobposting.jackson.internal.FieldNames.*;

import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.RichText;
import dev.jobposting.TextFormat;
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
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON format of every core type, declared property by property in the order they
 * are written. The JSON Schema shipped beside this module describes the same format.
 */
public final class Formats {

  // Every format is named after what it formats plus _FORMAT, which keeps the names apart from
  // the field names imported from FieldNames (EMPLOYER the field, EMPLOYER_FORMAT its format).

  private static final ValueFormat<String> TEXT_FORMAT = StringFormat.PLAIN_TEXT;
  private static final ValueFormat<PayPeriod> PAY_PERIOD_FORMAT =
      new EnumFormat<>(PayPeriod.class);

  static final ObjectFormat<Identifier, Slots> IDENTIFIER_FORMAT =
      ObjectFormat.of(Identifier.class, () -> new Slots(2), Slots::clear,
              s -> Identifier.of(s.<String>get(0), s.<String>get(1)))
          .required(SCHEME, TEXT_FORMAT, Identifier::scheme, (s, v) -> s.set(0, v))
          .required(VALUE, TEXT_FORMAT, Identifier::value, (s, v) -> s.set(1, v))
          .done();

  static final ObjectFormat<RichText, Slots> RICH_TEXT_FORMAT =
      ObjectFormat.of(RichText.class, () -> new Slots(2), Slots::clear, Formats::richText)
          .required(TEXT, TEXT_FORMAT, RichText::text, (s, v) -> s.set(0, v))
          .required(FORMAT, new EnumFormat<>(TextFormat.class), RichText::format,
              (s, v) -> s.set(1, v))
          .done();

  static final ObjectFormat<Money, Slots> MONEY_FORMAT =
      ObjectFormat.of(Money.class, () -> new Slots(2), Slots::clear,
              s -> Money.of(s.<BigDecimal>get(0), s.<Currency>get(1)))
          .required(AMOUNT, Scalars.DECIMAL, Money::amount, (s, v) -> s.set(0, v))
          .required(CURRENCY, Scalars.CURRENCY, Money::currency, (s, v) -> s.set(1, v))
          .done();

  static final ObjectFormat<PayRange, PayRange.Builder> PAY_RANGE_FORMAT =
      ObjectFormat.of(PayRange.class, PayRange::builder, PayRange.Builder::clear,
              PayRange.Builder::build)
          .optional(MINIMUM, MONEY_FORMAT, v -> v.minimum().orElse(null), PayRange.Builder::minimum)
          .optional(MAXIMUM, MONEY_FORMAT, v -> v.maximum().orElse(null), PayRange.Builder::maximum)
          .required(PERIOD, PAY_PERIOD_FORMAT, PayRange::period,
              PayRange.Builder::period)
          .done();

  static final ObjectFormat<CompensationComponent, CompensationComponent.Builder>
      COMPONENT_FORMAT =
      ObjectFormat.of(CompensationComponent.class, CompensationComponent::builder,
              CompensationComponent.Builder::clear,
              CompensationComponent.Builder::build)
          .required(TYPE, new EnumFormat<>(ComponentType.class), CompensationComponent::type,
              CompensationComponent.Builder::type)
          .optional(AMOUNT, PAY_RANGE_FORMAT, v -> v.amount().orElse(null),
              CompensationComponent.Builder::amount)
          .optional(DESCRIPTION, TEXT_FORMAT, v -> v.description().orElse(null),
              CompensationComponent.Builder::description)
          .done();

  static final ObjectFormat<Compensation, Compensation.Builder> COMPENSATION_FORMAT =
      ObjectFormat.of(Compensation.class, Compensation::builder, Compensation.Builder::clear,
              Compensation.Builder::build)
          .optional(BASE, PAY_RANGE_FORMAT, v -> v.base().orElse(null), Compensation.Builder::base)
          .optional(BASIS, new EnumFormat<>(PayBasis.class), v -> v.basis().orElse(null),
              Compensation.Builder::basis)
          .list(COMPONENTS, COMPONENT_FORMAT, Compensation::components,
              Compensation.Builder::addComponent)
          .list(NOTES, TEXT_FORMAT, Compensation::notes, Compensation.Builder::addNote)
          .optional(DETAILS_URL, Scalars.WEB_ADDRESS, v -> v.detailsUrl().orElse(null),
              Compensation.Builder::detailsUrl)
          .done();

  static final ObjectFormat<GeoCoordinates, Slots> COORDINATES_FORMAT =
      ObjectFormat.of(GeoCoordinates.class, () -> new Slots(2), Slots::clear,
              s -> GeoCoordinates.of(s.<BigDecimal>get(0), s.<BigDecimal>get(1)))
          .required(LATITUDE, Scalars.DECIMAL, GeoCoordinates::latitude, (s, v) -> s.set(0, v))
          .required(LONGITUDE, Scalars.DECIMAL, GeoCoordinates::longitude, (s, v) -> s.set(1, v))
          .done();

  static final ObjectFormat<PostalAddress, PostalAddress.Builder> POSTAL_ADDRESS_FORMAT =
      ObjectFormat.of(PostalAddress.class, PostalAddress::builder, PostalAddress.Builder::clear,
              PostalAddress.Builder::build)
          .optional(STREET_ADDRESS, TEXT_FORMAT, v -> v.streetAddress().orElse(null),
              PostalAddress.Builder::streetAddress)
          .optional(LOCALITY, TEXT_FORMAT, v -> v.locality().orElse(null),
              PostalAddress.Builder::locality)
          .optional(SUBDIVISION, Scalars.SUBDIVISION_CODE, v -> v.subdivision().orElse(null),
              PostalAddress.Builder::subdivision)
          .optional(REGION, TEXT_FORMAT, v -> v.region().orElse(null),
              PostalAddress.Builder::region)
          .optional(POSTAL_CODE, TEXT_FORMAT, v -> v.postalCode().orElse(null),
              PostalAddress.Builder::postalCode)
          .required(COUNTRY, Scalars.COUNTRY_CODE, PostalAddress::country,
              PostalAddress.Builder::country)
          .optional(COORDINATES, COORDINATES_FORMAT, v -> v.coordinates().orElse(null),
              PostalAddress.Builder::coordinates)
          .done();

  static final ObjectFormat<Headcount, Slots> HEADCOUNT_FORMAT =
      ObjectFormat.of(Headcount.class, () -> new Slots(2), Slots::clear,
              s -> Headcount.of(s.get(0), s.<Integer>get(1)))
          .required(AREA, Scalars.AREA, Headcount::area, (s, v) -> s.set(0, v))
          .required(EMPLOYEES, Scalars.INTEGER, Headcount::employees, (s, v) -> s.set(1, v))
          .done();

  static final ObjectFormat<Employer, Employer.Builder> EMPLOYER_FORMAT =
      ObjectFormat.of(Employer.class, Employer::builder, Employer.Builder::clear,
              Employer.Builder::build)
          .required(NAME, TEXT_FORMAT, Employer::name, Employer.Builder::name)
          .optional(LEGAL_NAME, TEXT_FORMAT, v -> v.legalName().orElse(null),
              Employer.Builder::legalName)
          .optional(WEBSITE, Scalars.WEB_ADDRESS, v -> v.website().orElse(null),
              Employer.Builder::website)
          .optional(LOGO, Scalars.WEB_ADDRESS, v -> v.logo().orElse(null), Employer.Builder::logo)
          .optional(ABOUT, TEXT_FORMAT, v -> v.about().orElse(null), Employer.Builder::about)
          .list(SAME_AS, Scalars.WEB_ADDRESS, Employer::sameAs, Employer.Builder::addSameAs)
          .optional(HEADQUARTERS, POSTAL_ADDRESS_FORMAT, v -> v.headquarters().orElse(null),
              Employer.Builder::headquarters)
          .optional(INDUSTRY, TEXT_FORMAT, v -> v.industry().orElse(null),
              Employer.Builder::industry)
          .optional(HEADCOUNT, Scalars.INTEGER, v -> v.headcount().orElse(null),
              Employer.Builder::headcount)
          .list(REGIONAL_HEADCOUNTS, HEADCOUNT_FORMAT, Employer::regionalHeadcounts,
              Employer.Builder::addRegionalHeadcount)
          .flag(CONFIDENTIAL, Employer::confidential, Employer.Builder::confidential)
          .done();

  static final ObjectFormat<PostingParty, PostingParty.Builder> POSTING_PARTY_FORMAT =
      ObjectFormat.of(PostingParty.class, PostingParty::builder, PostingParty.Builder::clear,
              PostingParty.Builder::build)
          .required(NAME, TEXT_FORMAT, PostingParty::name, PostingParty.Builder::name)
          .required(ROLE, new EnumFormat<>(PostingPartyRole.class), PostingParty::role,
              PostingParty.Builder::role)
          .optional(WEBSITE, Scalars.WEB_ADDRESS, v -> v.website().orElse(null),
              PostingParty.Builder::website)
          .done();

  static final ObjectFormat<ClassificationCode, ClassificationCode.Builder>
      CLASSIFICATION_FORMAT =
      ObjectFormat.of(ClassificationCode.class, ClassificationCode::builder,
              ClassificationCode.Builder::clear,
              ClassificationCode.Builder::build)
          .required(SCHEME, new EnumFormat<>(ClassificationScheme.class),
              ClassificationCode::scheme, ClassificationCode.Builder::scheme)
          .optional(SCHEME_VERSION, TEXT_FORMAT, v -> v.schemeVersion().orElse(null),
              ClassificationCode.Builder::schemeVersion)
          .optional(SCHEME_NAME, TEXT_FORMAT, v -> v.schemeName().orElse(null),
              ClassificationCode.Builder::schemeName)
          .required(CODE, TEXT_FORMAT, ClassificationCode::code, ClassificationCode.Builder::code)
          .optional(LABEL, TEXT_FORMAT, v -> v.label().orElse(null),
              ClassificationCode.Builder::label)
          .done();

  static final ObjectFormat<Role, Role.Builder> ROLE_FORMAT =
      ObjectFormat.of(Role.class, Role::builder, Role.Builder::clear, Role.Builder::build)
          .optional(DEPARTMENT, TEXT_FORMAT, v -> v.department().orElse(null),
              Role.Builder::department)
          .optional(SENIORITY, new EnumFormat<>(Seniority.class), v -> v.seniority().orElse(null),
              Role.Builder::seniority)
          .list(OCCUPATIONS, CLASSIFICATION_FORMAT, Role::occupations,
              Role.Builder::addOccupation)
          .optional(INDUSTRY, CLASSIFICATION_FORMAT, v -> v.industry().orElse(null),
              Role.Builder::industry)
          .done();

  static final ObjectFormat<Employment, Employment.Builder> EMPLOYMENT_FORMAT =
      ObjectFormat.of(Employment.class, Employment::builder, Employment.Builder::clear,
              Employment.Builder::build)
          .set(TYPES, new EnumFormat<>(EmploymentType.class), Employment::types,
              Employment.Builder::addType)
          .list(OTHER_TYPES, TEXT_FORMAT, Employment::otherTypes,
              Employment.Builder::addOtherType)
          .optional(WORK_HOURS, TEXT_FORMAT, v -> v.workHours().orElse(null),
              Employment.Builder::workHours)
          .optional(HOURS_PER_WEEK, Scalars.DECIMAL, v -> v.hoursPerWeek().orElse(null),
              Employment.Builder::hoursPerWeek)
          .optional(START_DATE, Scalars.DATE_FORMAT, v -> v.startDate().orElse(null),
              Employment.Builder::startDate)
          .flag(IMMEDIATE_START, Employment::immediateStart, Employment.Builder::immediateStart)
          .optional(DURATION, Scalars.PERIOD, v -> v.duration().orElse(null),
              Employment.Builder::duration)
          .optional(OPENINGS, Scalars.INTEGER, v -> v.openings().orElse(null),
              Employment.Builder::openings)
          .done();

  static final ObjectFormat<Travel, Travel.Builder> TRAVEL_FORMAT =
      ObjectFormat.of(Travel.class, Travel::builder, Travel.Builder::clear, Travel.Builder::build)
          .optional(PERCENT_OF_TIME, Scalars.INTEGER, v -> v.percentOfTime().orElse(null),
              Travel.Builder::percentOfTime)
          .optional(TRIPS_PER_YEAR, Scalars.INTEGER, v -> v.tripsPerYear().orElse(null),
              Travel.Builder::tripsPerYear)
          .optional(TRIP_LENGTH, Scalars.PERIOD, v -> v.tripLength().orElse(null),
              Travel.Builder::tripLength)
          .optional(DESCRIPTION, TEXT_FORMAT, v -> v.description().orElse(null),
              Travel.Builder::description)
          .done();

  static final ObjectFormat<Workplace, Workplace.Builder> WORKPLACE_FORMAT =
      ObjectFormat.of(Workplace.class, Workplace::builder, Workplace.Builder::clear,
              Workplace.Builder::build)
          .required(MODE, new EnumFormat<>(WorkMode.class), Workplace::mode,
              Workplace.Builder::mode)
          .list(LOCATIONS, POSTAL_ADDRESS_FORMAT, Workplace::locations,
              Workplace.Builder::addLocation)
          .list(APPLICANT_LOCATIONS, Scalars.AREA, Workplace::applicantLocations,
              Workplace.Builder::addApplicantLocation)
          .optional(REPORTS_TO, POSTAL_ADDRESS_FORMAT, v -> v.reportsTo().orElse(null),
              Workplace.Builder::reportsTo)
          .optional(ON_SITE_DAYS_PER_WEEK, Scalars.INTEGER, v -> v.onSiteDaysPerWeek().orElse(null),
              Workplace.Builder::onSiteDaysPerWeek)
          .optional(TRAVEL, TRAVEL_FORMAT, v -> v.travel().orElse(null), Workplace.Builder::travel)
          .optional(RELOCATION_ASSISTANCE, Scalars.BOOLEAN,
              v -> v.relocationAssistance().orElse(null),
              Workplace.Builder::relocationAssistance)
          .done();

  static final ObjectFormat<Requirement, Requirement.Builder> REQUIREMENT_FORMAT =
      ObjectFormat.of(Requirement.class, Requirement::builder, Requirement.Builder::clear,
              Requirement.Builder::build)
          .required(KIND, new EnumFormat<>(RequirementKind.class), Requirement::kind,
              Requirement.Builder::kind)
          .required(NECESSITY, new EnumFormat<>(Necessity.class), Requirement::necessity,
              Requirement.Builder::necessity)
          .required(TEXT, TEXT_FORMAT, Requirement::text, Requirement.Builder::text)
          .list(ALTERNATIVES, TEXT_FORMAT, Requirement::alternatives,
              Requirement.Builder::addAlternative)
          .optional(MONTHS_OF_EXPERIENCE, Scalars.INTEGER, v -> v.monthsOfExperience().orElse(null),
              Requirement.Builder::monthsOfExperience)
          .optional(EDUCATION_LEVEL, new EnumFormat<>(EducationLevel.class),
              v -> v.educationLevel().orElse(null), Requirement.Builder::educationLevel)
          .optional(FIELD_OF_STUDY, TEXT_FORMAT, v -> v.fieldOfStudy().orElse(null),
              Requirement.Builder::fieldOfStudy)
          .optional(LANGUAGE, Scalars.LANGUAGE, v -> v.language().orElse(null),
              Requirement.Builder::language)
          .optional(LANGUAGE_LEVEL, new EnumFormat<>(LanguageLevel.class),
              v -> v.languageLevel().orElse(null), Requirement.Builder::languageLevel)
          .optional(CODE, CLASSIFICATION_FORMAT, v -> v.code().orElse(null),
              Requirement.Builder::code)
          .done();

  static final ObjectFormat<Benefit, Benefit.Builder> BENEFIT_FORMAT =
      ObjectFormat.of(Benefit.class, Benefit::builder, Benefit.Builder::clear,
              Benefit.Builder::build)
          .required(CATEGORY, new EnumFormat<>(BenefitCategory.class), Benefit::category,
              Benefit.Builder::category)
          .required(TEXT, TEXT_FORMAT, Benefit::text, Benefit.Builder::text)
          .optional(VALUE, MONEY_FORMAT, v -> v.value().orElse(null), Benefit.Builder::value)
          .optional(PERIOD, PAY_PERIOD_FORMAT, v -> v.period().orElse(null),
              Benefit.Builder::period)
          .done();

  static final ObjectFormat<ApplicationDeadline, ApplicationDeadline.Builder> DEADLINE_FORMAT =
      ObjectFormat.of(ApplicationDeadline.class, ApplicationDeadline::builder,
              ApplicationDeadline.Builder::clear,
              ApplicationDeadline.Builder::build)
          .optional(DATE, Scalars.DATE_FORMAT, v -> v.date().orElse(null),
              ApplicationDeadline.Builder::date)
          .flag(ROLLING, ApplicationDeadline::rolling, ApplicationDeadline.Builder::rolling)
          .done();

  static final ObjectFormat<Application, Application.Builder> APPLICATION_FORMAT =
      ObjectFormat.of(Application.class, Application::builder, Application.Builder::clear,
              Application.Builder::build)
          .list(URLS, Scalars.WEB_ADDRESS, Application::urls, Application.Builder::addUrl)
          .list(EMAILS, TEXT_FORMAT, Application::emails, Application.Builder::addEmail)
          .optional(INSTRUCTIONS, TEXT_FORMAT, v -> v.instructions().orElse(null),
              Application.Builder::instructions)
          .optional(DIRECT_APPLY, Scalars.BOOLEAN, v -> v.directApply().orElse(null),
              Application.Builder::directApply)
          .optional(DEADLINE, DEADLINE_FORMAT, v -> v.deadline().orElse(null),
              Application.Builder::deadline)
          .done();

  static final ObjectFormat<LegalDisclosures, LegalDisclosures.Builder> LEGAL_FORMAT =
      ObjectFormat.of(LegalDisclosures.class, LegalDisclosures::builder,
              LegalDisclosures.Builder::clear,
              LegalDisclosures.Builder::build)
          .optional(EQUAL_OPPORTUNITY_STATEMENT, TEXT_FORMAT,
              v -> v.equalOpportunityStatement().orElse(null),
              LegalDisclosures.Builder::equalOpportunityStatement)
          .optional(ACCOMMODATION_STATEMENT, TEXT_FORMAT,
              v -> v.accommodationStatement().orElse(null),
              LegalDisclosures.Builder::accommodationStatement)
          .optional(AI_USED_IN_SCREENING, Scalars.BOOLEAN, v -> v.aiUsedInScreening().orElse(null),
              LegalDisclosures.Builder::aiUsedInScreening)
          .optional(EXISTING_VACANCY, Scalars.BOOLEAN, v -> v.existingVacancy().orElse(null),
              LegalDisclosures.Builder::existingVacancy)
          .optional(PAY_DISCLOSED_BEFORE_INTERVIEW, Scalars.BOOLEAN,
              v -> v.payDisclosedBeforeInterview().orElse(null),
              LegalDisclosures.Builder::payDisclosedBeforeInterview)
          .list(SPECIAL_COMMITMENTS, TEXT_FORMAT, LegalDisclosures::specialCommitments,
              LegalDisclosures.Builder::addSpecialCommitment)
          .done();

  static final ObjectFormat<JobPosting, JobPosting.Builder> JOB_POSTING_FORMAT =
      ObjectFormat.of(JobPosting.class, JobPosting::builder, JobPosting.Builder::clear,
              JobPosting.Builder::build)
          .list(IDENTIFIERS, IDENTIFIER_FORMAT, JobPosting::identifiers,
              JobPosting.Builder::addIdentifier)
          .required(TITLE, TEXT_FORMAT, JobPosting::title, JobPosting.Builder::title)
          .optional(DESCRIPTION, RICH_TEXT_FORMAT, v -> v.description().orElse(null),
              JobPosting.Builder::description)
          .optional(LANGUAGE, Scalars.LANGUAGE, v -> v.language().orElse(null),
              JobPosting.Builder::language)
          .optional(EMPLOYER, EMPLOYER_FORMAT, v -> v.employer().orElse(null),
              JobPosting.Builder::employer)
          .optional(POSTING_PARTY, POSTING_PARTY_FORMAT, v -> v.postingParty().orElse(null),
              JobPosting.Builder::postingParty)
          .optional(ROLE, ROLE_FORMAT, v -> v.role().orElse(null), JobPosting.Builder::role)
          .optional(EMPLOYMENT, EMPLOYMENT_FORMAT, v -> v.employment().orElse(null),
              JobPosting.Builder::employment)
          .optional(WORKPLACE, WORKPLACE_FORMAT, v -> v.workplace().orElse(null),
              JobPosting.Builder::workplace)
          .optional(COMPENSATION, COMPENSATION_FORMAT, v -> v.compensation().orElse(null),
              JobPosting.Builder::compensation)
          .list(RESPONSIBILITIES, TEXT_FORMAT, JobPosting::responsibilities,
              JobPosting.Builder::addResponsibility)
          .list(REQUIREMENTS, REQUIREMENT_FORMAT, JobPosting::requirements,
              JobPosting.Builder::addRequirement)
          .flag(EXPERIENCE_IN_PLACE_OF_EDUCATION, JobPosting::experienceInPlaceOfEducation,
              JobPosting.Builder::experienceInPlaceOfEducation)
          .list(BENEFITS, BENEFIT_FORMAT, JobPosting::benefits, JobPosting.Builder::addBenefit)
          .optional(APPLICATION, APPLICATION_FORMAT, v -> v.application().orElse(null),
              JobPosting.Builder::application)
          .optional(DATE_POSTED, Scalars.DATE_FORMAT, v -> v.datePosted().orElse(null),
              JobPosting.Builder::datePosted)
          .optional(VALID_THROUGH, Scalars.DATE_FORMAT, v -> v.validThrough().orElse(null),
              JobPosting.Builder::validThrough)
          .optional(LEGAL, LEGAL_FORMAT, v -> v.legal().orElse(null), JobPosting.Builder::legal)
          .optional(URL, Scalars.WEB_ADDRESS, v -> v.url().orElse(null), JobPosting.Builder::url)
          .done();

  private Formats() {}

  /**
   * The format of every core type the module reads and writes, by type: the object types, and
   * the codes written as strings.
   *
   * @return the formats, in a stable order
   */
  public static Map<Class<?>, ValueFormat<?>> all() {
    Map<Class<?>, ValueFormat<?>> all = new LinkedHashMap<>();
    for (ObjectFormat<?, ?> format : List.of(JOB_POSTING_FORMAT, IDENTIFIER_FORMAT,
        RICH_TEXT_FORMAT, EMPLOYER_FORMAT, HEADCOUNT_FORMAT, POSTING_PARTY_FORMAT, ROLE_FORMAT,
        CLASSIFICATION_FORMAT, EMPLOYMENT_FORMAT, WORKPLACE_FORMAT, TRAVEL_FORMAT,
        POSTAL_ADDRESS_FORMAT, COORDINATES_FORMAT, COMPENSATION_FORMAT, PAY_RANGE_FORMAT,
        MONEY_FORMAT, COMPONENT_FORMAT, REQUIREMENT_FORMAT, BENEFIT_FORMAT, APPLICATION_FORMAT,
        DEADLINE_FORMAT, LEGAL_FORMAT)) {
      all.put(format.type(), format);
    }
    all.put(CountryCode.class, Scalars.COUNTRY_CODE);
    all.put(SubdivisionCode.class, Scalars.SUBDIVISION_CODE);
    all.put(AdministrativeArea.class, Scalars.AREA);
    return all;
  }

  private static RichText richText(Slots slots) {
    String text = slots.get(0);
    return slots.get(1) == TextFormat.HTML ? RichText.html(text) : RichText.plain(text);
  }
}
