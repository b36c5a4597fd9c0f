package dev.jobposting.jackson.internal;

/**
 * Every JSON property name of the format, in one place, so that the names are a contract that a
 * port to another JSON library (such as Jackson 3) copies rather than re-derives.
 *
 * <p>Names follow the core accessors, in camelCase; the JSON Schema uses the same names.
 */
public final class FieldNames {

  // JobPosting
  public static final String IDENTIFIERS = "identifiers";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String LANGUAGE = "language";
  public static final String EMPLOYER = "employer";
  public static final String POSTING_PARTY = "postingParty";
  public static final String ROLE = "role";
  public static final String EMPLOYMENT = "employment";
  public static final String WORKPLACE = "workplace";
  public static final String COMPENSATION = "compensation";
  public static final String RESPONSIBILITIES = "responsibilities";
  public static final String REQUIREMENTS = "requirements";
  public static final String EXPERIENCE_IN_PLACE_OF_EDUCATION = "experienceInPlaceOfEducation";
  public static final String BENEFITS = "benefits";
  public static final String APPLICATION = "application";
  public static final String DATE_POSTED = "datePosted";
  public static final String VALID_THROUGH = "validThrough";
  public static final String LEGAL = "legal";
  public static final String URL = "url";

  // Identifier, RichText
  public static final String SCHEME = "scheme";
  public static final String VALUE = "value";
  public static final String TEXT = "text";
  public static final String FORMAT = "format";

  // Employer, PostingParty, Headcount
  public static final String NAME = "name";
  public static final String LEGAL_NAME = "legalName";
  public static final String WEBSITE = "website";
  public static final String LOGO = "logo";
  public static final String ABOUT = "about";
  public static final String SAME_AS = "sameAs";
  public static final String HEADQUARTERS = "headquarters";
  public static final String INDUSTRY = "industry";
  public static final String HEADCOUNT = "headcount";
  public static final String REGIONAL_HEADCOUNTS = "regionalHeadcounts";
  public static final String CONFIDENTIAL = "confidential";
  public static final String AREA = "area";
  public static final String EMPLOYEES = "employees";

  // Role, ClassificationCode
  public static final String DEPARTMENT = "department";
  public static final String SENIORITY = "seniority";
  public static final String OCCUPATIONS = "occupations";
  public static final String SCHEME_VERSION = "schemeVersion";
  public static final String SCHEME_NAME = "schemeName";
  public static final String CODE = "code";
  public static final String LABEL = "label";

  // Employment
  public static final String TYPES = "types";
  public static final String OTHER_TYPES = "otherTypes";
  public static final String WORK_HOURS = "workHours";
  public static final String HOURS_PER_WEEK = "hoursPerWeek";
  public static final String START_DATE = "startDate";
  public static final String IMMEDIATE_START = "immediateStart";
  public static final String DURATION = "duration";
  public static final String OPENINGS = "openings";

  // Workplace, Travel, PostalAddress, GeoCoordinates
  public static final String MODE = "mode";
  public static final String LOCATIONS = "locations";
  public static final String APPLICANT_LOCATIONS = "applicantLocations";
  public static final String REPORTS_TO = "reportsTo";
  public static final String ON_SITE_DAYS_PER_WEEK = "onSiteDaysPerWeek";
  public static final String TRAVEL = "travel";
  public static final String RELOCATION_ASSISTANCE = "relocationAssistance";
  public static final String PERCENT_OF_TIME = "percentOfTime";
  public static final String TRIPS_PER_YEAR = "tripsPerYear";
  public static final String TRIP_LENGTH = "tripLength";
  public static final String STREET_ADDRESS = "streetAddress";
  public static final String LOCALITY = "locality";
  public static final String SUBDIVISION = "subdivision";
  public static final String REGION = "region";
  public static final String POSTAL_CODE = "postalCode";
  public static final String COUNTRY = "country";
  public static final String COORDINATES = "coordinates";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";

  // Compensation, PayRange, Money, CompensationComponent
  public static final String BASE = "base";
  public static final String BASIS = "basis";
  public static final String COMPONENTS = "components";
  public static final String NOTES = "notes";
  public static final String DETAILS_URL = "detailsUrl";
  public static final String MINIMUM = "minimum";
  public static final String MAXIMUM = "maximum";
  public static final String PERIOD = "period";
  public static final String AMOUNT = "amount";
  public static final String CURRENCY = "currency";
  public static final String TYPE = "type";

  // Requirement
  public static final String KIND = "kind";
  public static final String NECESSITY = "necessity";
  public static final String ALTERNATIVES = "alternatives";
  public static final String MONTHS_OF_EXPERIENCE = "monthsOfExperience";
  public static final String EDUCATION_LEVEL = "educationLevel";
  public static final String FIELD_OF_STUDY = "fieldOfStudy";
  public static final String LANGUAGE_LEVEL = "languageLevel";

  // Benefit
  public static final String CATEGORY = "category";

  // Application, ApplicationDeadline
  public static final String URLS = "urls";
  public static final String EMAILS = "emails";
  public static final String INSTRUCTIONS = "instructions";
  public static final String DIRECT_APPLY = "directApply";
  public static final String DEADLINE = "deadline";
  public static final String DATE = "date";
  public static final String ROLLING = "rolling";

  // LegalDisclosures
  public static final String EQUAL_OPPORTUNITY_STATEMENT = "equalOpportunityStatement";
  public static final String ACCOMMODATION_STATEMENT = "accommodationStatement";
  public static final String AI_USED_IN_SCREENING = "aiUsedInScreening";
  public static final String EXISTING_VACANCY = "existingVacancy";
  public static final String PAY_DISCLOSED_BEFORE_INTERVIEW = "payDisclosedBeforeInterview";
  public static final String SPECIAL_COMMITMENTS = "specialCommitments";

  private FieldNames() {}
}
