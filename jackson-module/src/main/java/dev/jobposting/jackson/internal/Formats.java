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

  private static final ValueFormat<String> TEXT_FORMAT = Scalars.STRING;
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
          .optional(MINIMUM, MONEY_FORMAT, PayRange::minimum, PayRange.Builder::minimum)
          .optional(MAXIMUM, MONEY_FORMAT, PayRange::maximum, PayRange.Builder::maximum)
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
          .optional(AMOUNT, PAY_RANGE_FORMAT, CompensationComponent::amount,
              CompensationComponent.Builder::amount)
          .optional(DESCRIPTION, TEXT_FORMAT, CompensationComponent::description,
              CompensationComponent.Builder::description)
          .done();

  static final ObjectFormat<Compensation, Compensation.Builder> COMPENSATION_FORMAT =
      ObjectFormat.of(Compensation.class, Compensation::builder, Compensation.Builder::clear,
              Compensation.Builder::build)
          .optional(BASE, PAY_RANGE_FORMAT, Compensation::base, Compensation.Builder::base)
          .optional(BASIS, new EnumFormat<>(PayBasis.class), Compensation::basis,
              Compensation.Builder::basis)
          .list(COMPONENTS, COMPONENT_FORMAT, Compensation::components,
              Compensation.Builder::addComponent)
          .list(NOTES, TEXT_FORMAT, Compensation::notes, Compensation.Builder::addNote)
          .optional(DETAILS_URL, Scalars.URI_FORMAT, Compensation::detailsUrl,
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
          .optional(STREET_ADDRESS, TEXT_FORMAT, PostalAddress::streetAddress,
              PostalAddress.Builder::streetAddress)
          .optional(LOCALITY, TEXT_FORMAT, PostalAddress::locality,
              PostalAddress.Builder::locality)
          .optional(SUBDIVISION, Scalars.SUBDIVISION_CODE, PostalAddress::subdivision,
              PostalAddress.Builder::subdivision)
          .optional(REGION, TEXT_FORMAT, PostalAddress::region, PostalAddress.Builder::region)
          .optional(POSTAL_CODE, TEXT_FORMAT, PostalAddress::postalCode,
              PostalAddress.Builder::postalCode)
          .required(COUNTRY, Scalars.COUNTRY_CODE, PostalAddress::country,
              PostalAddress.Builder::country)
          .optional(COORDINATES, COORDINATES_FORMAT, PostalAddress::coordinates,
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
          .optional(LEGAL_NAME, TEXT_FORMAT, Employer::legalName, Employer.Builder::legalName)
          .optional(WEBSITE, Scalars.URI_FORMAT, Employer::website, Employer.Builder::website)
          .optional(LOGO, Scalars.URI_FORMAT, Employer::logo, Employer.Builder::logo)
          .optional(ABOUT, TEXT_FORMAT, Employer::about, Employer.Builder::about)
          .list(SAME_AS, Scalars.URI_FORMAT, Employer::sameAs, Employer.Builder::addSameAs)
          .optional(HEADQUARTERS, POSTAL_ADDRESS_FORMAT, Employer::headquarters,
              Employer.Builder::headquarters)
          .optional(INDUSTRY, TEXT_FORMAT, Employer::industry, Employer.Builder::industry)
          .optional(HEADCOUNT, Scalars.INTEGER, Employer::headcount, Employer.Builder::headcount)
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
          .optional(WEBSITE, Scalars.URI_FORMAT, PostingParty::website,
              PostingParty.Builder::website)
          .done();

  static final ObjectFormat<ClassificationCode, ClassificationCode.Builder>
      CLASSIFICATION_FORMAT =
      ObjectFormat.of(ClassificationCode.class, ClassificationCode::builder,
              ClassificationCode.Builder::clear,
              ClassificationCode.Builder::build)
          .required(SCHEME, new EnumFormat<>(ClassificationScheme.class),
              ClassificationCode::scheme, ClassificationCode.Builder::scheme)
          .optional(SCHEME_VERSION, TEXT_FORMAT, ClassificationCode::schemeVersion,
              ClassificationCode.Builder::schemeVersion)
          .optional(SCHEME_NAME, TEXT_FORMAT, ClassificationCode::schemeName,
              ClassificationCode.Builder::schemeName)
          .required(CODE, TEXT_FORMAT, ClassificationCode::code, ClassificationCode.Builder::code)
          .optional(LABEL, TEXT_FORMAT, ClassificationCode::label,
              ClassificationCode.Builder::label)
          .done();

  static final ObjectFormat<Role, Role.Builder> ROLE_FORMAT =
      ObjectFormat.of(Role.class, Role::builder, Role.Builder::clear, Role.Builder::build)
          .optional(DEPARTMENT, TEXT_FORMAT, Role::department, Role.Builder::department)
          .optional(SENIORITY, new EnumFormat<>(Seniority.class), Role::seniority,
              Role.Builder::seniority)
          .list(OCCUPATIONS, CLASSIFICATION_FORMAT, Role::occupations,
              Role.Builder::addOccupation)
          .optional(INDUSTRY, CLASSIFICATION_FORMAT, Role::industry, Role.Builder::industry)
          .done();

  static final ObjectFormat<Employment, Employment.Builder> EMPLOYMENT_FORMAT =
      ObjectFormat.of(Employment.class, Employment::builder, Employment.Builder::clear,
              Employment.Builder::build)
          .set(TYPES, new EnumFormat<>(EmploymentType.class), Employment::types,
              Employment.Builder::addType)
          .list(OTHER_TYPES, TEXT_FORMAT, Employment::otherTypes,
              Employment.Builder::addOtherType)
          .optional(WORK_HOURS, TEXT_FORMAT, Employment::workHours, Employment.Builder::workHours)
          .optional(HOURS_PER_WEEK, Scalars.DECIMAL, Employment::hoursPerWeek,
              Employment.Builder::hoursPerWeek)
          .optional(START_DATE, Scalars.DATE_FORMAT, Employment::startDate,
              Employment.Builder::startDate)
          .flag(IMMEDIATE_START, Employment::immediateStart, Employment.Builder::immediateStart)
          .optional(DURATION, Scalars.PERIOD, Employment::duration, Employment.Builder::duration)
          .optional(OPENINGS, Scalars.INTEGER, Employment::openings, Employment.Builder::openings)
          .done();

  static final ObjectFormat<Travel, Travel.Builder> TRAVEL_FORMAT =
      ObjectFormat.of(Travel.class, Travel::builder, Travel.Builder::clear, Travel.Builder::build)
          .optional(PERCENT_OF_TIME, Scalars.INTEGER, Travel::percentOfTime,
              Travel.Builder::percentOfTime)
          .optional(TRIPS_PER_YEAR, Scalars.INTEGER, Travel::tripsPerYear,
              Travel.Builder::tripsPerYear)
          .optional(TRIP_LENGTH, Scalars.PERIOD, Travel::tripLength, Travel.Builder::tripLength)
          .optional(DESCRIPTION, TEXT_FORMAT, Travel::description, Travel.Builder::description)
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
          .optional(REPORTS_TO, POSTAL_ADDRESS_FORMAT, Workplace::reportsTo,
              Workplace.Builder::reportsTo)
          .optional(ON_SITE_DAYS_PER_WEEK, Scalars.INTEGER, Workplace::onSiteDaysPerWeek,
              Workplace.Builder::onSiteDaysPerWeek)
          .optional(TRAVEL, TRAVEL_FORMAT, Workplace::travel, Workplace.Builder::travel)
          .optional(RELOCATION_ASSISTANCE, Scalars.BOOLEAN, Workplace::relocationAssistance,
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
          .optional(MONTHS_OF_EXPERIENCE, Scalars.INTEGER, Requirement::monthsOfExperience,
              Requirement.Builder::monthsOfExperience)
          .optional(EDUCATION_LEVEL, new EnumFormat<>(EducationLevel.class),
              Requirement::educationLevel, Requirement.Builder::educationLevel)
          .optional(FIELD_OF_STUDY, TEXT_FORMAT, Requirement::fieldOfStudy,
              Requirement.Builder::fieldOfStudy)
          .optional(LANGUAGE, Scalars.LANGUAGE, Requirement::language,
              Requirement.Builder::language)
          .optional(LANGUAGE_LEVEL, new EnumFormat<>(LanguageLevel.class),
              Requirement::languageLevel, Requirement.Builder::languageLevel)
          .optional(CODE, CLASSIFICATION_FORMAT, Requirement::code, Requirement.Builder::code)
          .done();

  static final ObjectFormat<Benefit, Benefit.Builder> BENEFIT_FORMAT =
      ObjectFormat.of(Benefit.class, Benefit::builder, Benefit.Builder::clear,
              Benefit.Builder::build)
          .required(CATEGORY, new EnumFormat<>(BenefitCategory.class), Benefit::category,
              Benefit.Builder::category)
          .required(TEXT, TEXT_FORMAT, Benefit::text, Benefit.Builder::text)
          .optional(VALUE, MONEY_FORMAT, Benefit::value, Benefit.Builder::value)
          .optional(PERIOD, PAY_PERIOD_FORMAT, Benefit::period,
              Benefit.Builder::period)
          .done();

  static final ObjectFormat<ApplicationDeadline, ApplicationDeadline.Builder> DEADLINE_FORMAT =
      ObjectFormat.of(ApplicationDeadline.class, ApplicationDeadline::builder,
              ApplicationDeadline.Builder::clear,
              ApplicationDeadline.Builder::build)
          .optional(DATE, Scalars.DATE_FORMAT, ApplicationDeadline::date,
              ApplicationDeadline.Builder::date)
          .flag(ROLLING, ApplicationDeadline::rolling, ApplicationDeadline.Builder::rolling)
          .done();

  static final ObjectFormat<Application, Application.Builder> APPLICATION_FORMAT =
      ObjectFormat.of(Application.class, Application::builder, Application.Builder::clear,
              Application.Builder::build)
          .list(URLS, Scalars.URI_FORMAT, Application::urls, Application.Builder::addUrl)
          .list(EMAILS, TEXT_FORMAT, Application::emails, Application.Builder::addEmail)
          .optional(INSTRUCTIONS, TEXT_FORMAT, Application::instructions,
              Application.Builder::instructions)
          .optional(DIRECT_APPLY, Scalars.BOOLEAN, Application::directApply,
              Application.Builder::directApply)
          .optional(DEADLINE, DEADLINE_FORMAT, Application::deadline,
              Application.Builder::deadline)
          .done();

  static final ObjectFormat<LegalDisclosures, LegalDisclosures.Builder> LEGAL_FORMAT =
      ObjectFormat.of(LegalDisclosures.class, LegalDisclosures::builder,
              LegalDisclosures.Builder::clear,
              LegalDisclosures.Builder::build)
          .optional(EQUAL_OPPORTUNITY_STATEMENT, TEXT_FORMAT,
              LegalDisclosures::equalOpportunityStatement,
              LegalDisclosures.Builder::equalOpportunityStatement)
          .optional(ACCOMMODATION_STATEMENT, TEXT_FORMAT, LegalDisclosures::accommodationStatement,
              LegalDisclosures.Builder::accommodationStatement)
          .optional(AI_USED_IN_SCREENING, Scalars.BOOLEAN, LegalDisclosures::aiUsedInScreening,
              LegalDisclosures.Builder::aiUsedInScreening)
          .optional(EXISTING_VACANCY, Scalars.BOOLEAN, LegalDisclosures::existingVacancy,
              LegalDisclosures.Builder::existingVacancy)
          .optional(PAY_DISCLOSED_BEFORE_INTERVIEW, Scalars.BOOLEAN,
              LegalDisclosures::payDisclosedBeforeInterview,
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
          .optional(DESCRIPTION, RICH_TEXT_FORMAT, JobPosting::description,
              JobPosting.Builder::description)
          .optional(LANGUAGE, Scalars.LANGUAGE, JobPosting::language,
              JobPosting.Builder::language)
          .optional(EMPLOYER, EMPLOYER_FORMAT, JobPosting::employer, JobPosting.Builder::employer)
          .optional(POSTING_PARTY, POSTING_PARTY_FORMAT, JobPosting::postingParty,
              JobPosting.Builder::postingParty)
          .optional(ROLE, ROLE_FORMAT, JobPosting::role, JobPosting.Builder::role)
          .optional(EMPLOYMENT, EMPLOYMENT_FORMAT, JobPosting::employment,
              JobPosting.Builder::employment)
          .optional(WORKPLACE, WORKPLACE_FORMAT, JobPosting::workplace,
              JobPosting.Builder::workplace)
          .optional(COMPENSATION, COMPENSATION_FORMAT, JobPosting::compensation,
              JobPosting.Builder::compensation)
          .list(RESPONSIBILITIES, TEXT_FORMAT, JobPosting::responsibilities,
              JobPosting.Builder::addResponsibility)
          .list(REQUIREMENTS, REQUIREMENT_FORMAT, JobPosting::requirements,
              JobPosting.Builder::addRequirement)
          .flag(EXPERIENCE_IN_PLACE_OF_EDUCATION, JobPosting::experienceInPlaceOfEducation,
              JobPosting.Builder::experienceInPlaceOfEducation)
          .list(BENEFITS, BENEFIT_FORMAT, JobPosting::benefits, JobPosting.Builder::addBenefit)
          .optional(APPLICATION, APPLICATION_FORMAT, JobPosting::application,
              JobPosting.Builder::application)
          .optional(DATE_POSTED, Scalars.DATE_FORMAT, JobPosting::datePosted,
              JobPosting.Builder::datePosted)
          .optional(VALID_THROUGH, Scalars.DATE_FORMAT, JobPosting::validThrough,
              JobPosting.Builder::validThrough)
          .optional(LEGAL, LEGAL_FORMAT, JobPosting::legal, JobPosting.Builder::legal)
          .optional(URL, Scalars.URI_FORMAT, JobPosting::url, JobPosting.Builder::url)
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
