package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.LegalDisclosures;
import dev.jobposting.WebAddress;
import dev.jobposting.application.Application;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.GeoCoordinates;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import dev.jobposting.role.Role;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a posting as a schema.org {@code JobPosting} object following Google's rules, straight
 * to a generator: building a tree first and then writing it was almost half of an export. Absent
 * values are tested rather than handled in {@code Optional.ifPresent} lambdas, which cannot throw
 * the generator's {@code IOException}.
 */
public final class PostingWriter {

  private final JsonGenerator out;

  private PostingWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Writes a posting, with {@code @context}, as one JSON object.
   *
   * @param posting the posting
   * @param out where to write; amounts go out as {@code BigDecimal}s, so a generator that writes
   *     them plain gives plain numbers
   * @throws IOException when the generator fails
   */
  public static void write(JobPosting posting, JsonGenerator out) throws IOException {
    new PostingWriter(out).posting(posting);
  }

  private void posting(JobPosting posting) throws IOException {
    out.writeStartObject();
    text(CONTEXT, SCHEMA_ORG);
    text(TYPE, JOB_POSTING);
    text(TITLE, posting.title());
    text(DESCRIPTION, DescriptionHtml.of(posting));
    oneOrMany(IDENTIFIER, posting.identifiers(), id -> identifier(id, posting));
    text(DATE_POSTED, posting.datePosted());
    text(VALID_THROUGH, posting.validThrough());
    Employer employer = posting.employer().orElse(null);
    if (employer != null) {
      out.writeFieldName(HIRING_ORGANIZATION);
      organization(employer);
    }
    Workplace workplace = posting.workplace().orElse(null);
    if (workplace != null) {
      workplace(workplace);
    }
    Compensation compensation = posting.compensation().orElse(null);
    if (compensation != null) {
      compensation(compensation);
    }
    Employment employment = posting.employment().orElse(null);
    if (employment != null) {
      employment(employment);
    }
    texts(RESPONSIBILITIES, posting.responsibilities());
    requirements(posting.requirements());
    if (posting.experienceInPlaceOfEducation()) {
      out.writeBooleanField(EXPERIENCE_IN_PLACE_OF_EDUCATION, true);
    }
    oneOrMany(JOB_BENEFITS, posting.benefits(), b -> out.writeString(b.text()));
    Role role = posting.role().orElse(null);
    if (role != null) {
      role(role, posting);
    }
    if (role == null || role.industry().isEmpty()) {
      text(INDUSTRY, publicEmployer(posting).flatMap(Employer::industry));
    }
    Application application = posting.application().orElse(null);
    if (application != null) {
      application(application);
    }
    texts(SPECIAL_COMMITMENTS, posting.legal().map(LegalDisclosures::specialCommitments)
        .orElse(List.of()));
    text(IN_LANGUAGE, posting.language().map(Locale::toLanguageTag));
    text(URL, posting.url());
    out.writeEndObject();
  }

  /** {@return the employer, unless it is confidential} */
  private static Optional<Employer> publicEmployer(JobPosting posting) {
    return posting.employer().filter(e -> !e.confidential());
  }

  private void identifier(Identifier id, JobPosting posting) throws IOException {
    startTyped(PROPERTY_VALUE);
    text(PROPERTY_ID, id.scheme());
    // Google reads name as the hiring organisation; without one the scheme is the best name.
    text(NAME, publicEmployer(posting).map(Employer::name).orElse(id.scheme()));
    text(VALUE, id.value());
    out.writeEndObject();
  }

  private void organization(Employer employer) throws IOException {
    startTyped(ORGANIZATION);
    if (employer.confidential()) {
      text(NAME, CONFIDENTIAL);
      out.writeEndObject();
      return;
    }
    text(NAME, employer.name());
    text(LEGAL_NAME, employer.legalName());
    text(URL, employer.website());
    text(LOGO, employer.logo());
    oneOrMany(SAME_AS, employer.sameAs(), u -> out.writeString(u.toString()));
    text(DESCRIPTION, employer.about());
    PostalAddress headquarters = employer.headquarters().orElse(null);
    if (headquarters != null) {
      out.writeFieldName(ADDRESS);
      address(headquarters);
    }
    if (employer.headcount().isPresent()) {
      out.writeFieldName(NUMBER_OF_EMPLOYEES);
      startTyped(QUANTITATIVE_VALUE);
      out.writeNumberField(VALUE, employer.headcount().get());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void workplace(Workplace workplace) throws IOException {
    oneOrMany(JOB_LOCATION, workplace.locations(), this::place);
    if (workplace.mode() == WorkMode.REMOTE) {
      text(JOB_LOCATION_TYPE, TELECOMMUTE);
      oneOrMany(APPLICANT_LOCATION_REQUIREMENTS, workplace.applicantLocations(), this::area);
    }
  }

  private void place(PostalAddress address) throws IOException {
    startTyped(PLACE);
    out.writeFieldName(ADDRESS);
    address(address);
    GeoCoordinates coordinates = address.coordinates().orElse(null);
    if (coordinates != null) {
      out.writeFieldName(GEO);
      startTyped(GEO_COORDINATES);
      out.writeNumberField(LATITUDE, coordinates.latitude());
      out.writeNumberField(LONGITUDE, coordinates.longitude());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void address(PostalAddress address) throws IOException {
    startTyped(POSTAL_ADDRESS);
    text(STREET_ADDRESS, address.streetAddress());
    text(ADDRESS_LOCALITY, address.locality());
    text(ADDRESS_REGION, address.subdivision().map(PostingWriter::region).or(address::region));
    text(POSTAL_CODE, address.postalCode());
    text(ADDRESS_COUNTRY, address.country().code());
    out.writeEndObject();
  }

  /** US and Canadian pages write the state alone ("CA"); elsewhere the full code is unambiguous. */
  private static String region(SubdivisionCode subdivision) {
    return SubdivisionCode.isListed(subdivision.country()) ? subdivision.part() : subdivision.code();
  }

  private void area(AdministrativeArea area) throws IOException {
    if (area.isWorldwide()) {
      startTyped(ADMINISTRATIVE_AREA);
      text(NAME, "Worldwide");
    } else {
      startTyped(area.subdivision().isPresent() ? STATE : COUNTRY);
      text(NAME, area.toString());
    }
    out.writeEndObject();
  }

  private void compensation(Compensation compensation) throws IOException {
    PayRange base = compensation.base().filter(b -> b.period().googleUnitText().isPresent())
        .orElse(null);
    if (base != null) {
      out.writeFieldName(BASE_SALARY);
      salary(base);
    }
    oneOrMany(INCENTIVE_COMPENSATION, compensation.components(),
        part -> out.writeString(component(part)));
  }

  private void salary(PayRange range) throws IOException {
    startTyped(MONETARY_AMOUNT);
    text(CURRENCY, range.currency().getCurrencyCode());
    out.writeFieldName(VALUE);
    startTyped(QUANTITATIVE_VALUE);
    if (range.isFixed()) {
      out.writeNumberField(VALUE, range.minimum().get().amount());
    } else {
      if (range.minimum().isPresent()) {
        out.writeNumberField(MIN_VALUE, range.minimum().get().amount());
      }
      if (range.maximum().isPresent()) {
        out.writeNumberField(MAX_VALUE, range.maximum().get().amount());
      }
    }
    text(UNIT_TEXT, range.period().googleUnitText().orElseThrow());
    out.writeEndObject();
    out.writeEndObject();
  }

  private static String component(CompensationComponent component) {
    List<String> parts = new ArrayList<>();
    component.amount().map(PostingWriter::amountText).ifPresent(parts::add);
    component.description().ifPresent(parts::add);
    return IncentiveTexts.write(component.type(),
        parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts)));
  }

  private static String amountText(PayRange range) {
    String min = range.minimum().map(Object::toString).orElse("");
    String max = range.maximum().map(Object::toString).orElse("");
    String span = range.isFixed() ? min : min.isEmpty() ? "up to " + max
        : max.isEmpty() ? "from " + min : min + " - " + max;
    return span + range.period().googleUnitText().map(u -> " per " + u.toLowerCase(Locale.ROOT))
        .orElse(" once");
  }

  private void employment(Employment employment) throws IOException {
    // Sorted: several types share one of Google's values, so the posting's order cannot come back.
    Set<String> types = new TreeSet<>();
    for (EmploymentType type : employment.types()) {
      types.add(type.googleValue());
    }
    texts(EMPLOYMENT_TYPE, List.copyOf(types));
    text(WORK_HOURS, employment.workHours());
    text(JOB_START_DATE, employment.startDate());
    if (employment.immediateStart()) {
      out.writeBooleanField(JOB_IMMEDIATE_START, true);
    }
    text(JOB_DURATION, employment.duration());
    if (employment.openings().isPresent()) {
      out.writeNumberField(TOTAL_JOB_OPENINGS, employment.openings().get());
    }
  }

  private void requirements(List<Requirement> requirements) throws IOException {
    oneOrMany(SKILLS, of(requirements, RequirementKind.SKILL), this::skill);
    oneOrMany(EXPERIENCE_REQUIREMENTS, of(requirements, RequirementKind.EXPERIENCE), r -> {
      startTyped(EXPERIENCE);
      if (r.monthsOfExperience().isPresent()) {
        out.writeNumberField(MONTHS_OF_EXPERIENCE, r.monthsOfExperience().get());
      }
      text(DESCRIPTION, r.text());
      out.writeEndObject();
    });
    oneOrMany(EDUCATION_REQUIREMENTS, of(requirements, RequirementKind.EDUCATION), r -> {
      startTyped(CREDENTIAL);
      if (r.educationLevel().isPresent()) {
        text(CREDENTIAL_CATEGORY, r.educationLevel().get().googleCredentialCategory());
        text(EDUCATIONAL_LEVEL, EducationLevels.label(r.educationLevel().get()));
      }
      text(DESCRIPTION, r.text());
      out.writeEndObject();
    });
    oneOrMany(QUALIFICATIONS, of(requirements, RequirementKind.CREDENTIAL,
        RequirementKind.LANGUAGE, RequirementKind.OTHER), r -> {
          if (r.kind() == RequirementKind.CREDENTIAL) {
            startTyped(CREDENTIAL);
            text(DESCRIPTION, r.text());
            out.writeEndObject();
          } else {
            out.writeString(r.text());
          }
        });
    oneOrMany(ELIGIBILITY_TO_WORK, of(requirements, RequirementKind.WORK_AUTHORIZATION),
        this::writeText);
    oneOrMany(SECURITY_CLEARANCE, of(requirements, RequirementKind.SECURITY_CLEARANCE),
        this::writeText);
    oneOrMany(PHYSICAL_REQUIREMENT, of(requirements, RequirementKind.PHYSICAL),
        this::writeText);
  }

  private void skill(Requirement requirement) throws IOException {
    if (requirement.code().isEmpty()) {
      writeText(requirement);
      return;
    }
    ClassificationCode code = requirement.code().get();
    startTyped(DEFINED_TERM);
    text(NAME, requirement.text());
    text(TERM_CODE, code.code());
    out.writeFieldName(IN_DEFINED_TERM_SET);
    codeSet(DEFINED_TERM_SET, code);
    out.writeEndObject();
  }

  private void role(Role role, JobPosting posting) throws IOException {
    oneOrMany(OCCUPATIONAL_CATEGORY, role.occupations(), code -> {
      startTyped(CATEGORY_CODE);
      text(CODE_VALUE, code.code());
      text(NAME, code.label());
      out.writeFieldName(IN_CODE_SET);
      codeSet(CATEGORY_CODE_SET, code);
      out.writeEndObject();
    });
    ClassificationCode industry = role.industry().orElse(null);
    if (industry != null) {
      String text = publicEmployer(posting).flatMap(Employer::industry).orElse(null);
      int values = text == null ? 1 : 2;
      startOneOrMany(INDUSTRY, values);
      startTyped(DEFINED_TERM);
      text(TERM_CODE, industry.code());
      text(NAME, industry.label());
      out.writeFieldName(IN_DEFINED_TERM_SET);
      codeSet(DEFINED_TERM_SET, industry);
      out.writeEndObject();
      if (text != null) {
        out.writeString(text);
      }
      endOneOrMany(values);
    }
    if (role.department().isPresent()) {
      out.writeFieldName(EMPLOYMENT_UNIT);
      startTyped(ORGANIZATION);
      text(NAME, role.department().get());
      out.writeEndObject();
    }
  }

  private void codeSet(String type, ClassificationCode code) throws IOException {
    startTyped(type);
    if (code.scheme() == ClassificationScheme.OTHER) {
      text(NAME, code.schemeName().orElseThrow());
    } else {
      text(NAME, Schemes.name(code.scheme()));
      text(ALTERNATE_NAME, code.schemeName());
    }
    text(VERSION, code.schemeVersion());
    out.writeEndObject();
  }

  private void application(Application application) throws IOException {
    if (application.directApply().isPresent()) {
      out.writeBooleanField(DIRECT_APPLY, application.directApply().get());
    }
    List<String> emails = application.emails();
    List<WebAddress> urls = application.urls();
    int contacts = emails.size() + urls.size();
    if (contacts == 0) {
      return;
    }
    startOneOrMany(APPLICATION_CONTACT, contacts);
    for (String email : emails) {
      contact(EMAIL, email);
    }
    for (WebAddress url : urls) {
      contact(URL, url.toString());
    }
    endOneOrMany(contacts);
  }

  private void contact(String name, String value) throws IOException {
    startTyped(CONTACT_POINT);
    text(CONTACT_TYPE, "application");
    text(name, value);
    out.writeEndObject();
  }

  /** Loops, not streams: a stream per kind of requirement was a visible cost of the export. */
  private static List<Requirement> of(List<Requirement> requirements, RequirementKind... kinds) {
    List<Requirement> matching = null;
    for (Requirement requirement : requirements) {
      for (RequirementKind kind : kinds) {
        if (requirement.kind() == kind) {
          if (matching == null) {
            matching = new ArrayList<>();
          }
          matching.add(requirement);
        }
      }
    }
    return matching == null ? List.of() : matching;
  }

  private void writeText(Requirement requirement) throws IOException {
    out.writeString(requirement.text());
  }

  private void startTyped(String type) throws IOException {
    out.writeStartObject();
    text(TYPE, type);
  }

  private void text(String name, String value) throws IOException {
    out.writeStringField(name, value);
  }

  /**
   * Writes the text of a value that JSON-LD writes as a string (a string, URL, date or duration),
   * or nothing when it is absent.
   */
  private void text(String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get().toString());
    }
  }

  private void texts(String name, List<String> values) throws IOException {
    oneOrMany(name, values, out::writeString);
  }

  /** Writes one value as itself and several as an array, as Google's examples do. */
  private <T> void oneOrMany(String name, List<T> values, Element<T> write) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    startOneOrMany(name, values.size());
    for (T value : values) {
      write.write(value);
    }
    endOneOrMany(values.size());
  }

  /** Starts a property of one value or, for more, an array; its values follow. */
  private void startOneOrMany(String name, int values) throws IOException {
    out.writeFieldName(name);
    if (values > 1) {
      out.writeStartArray();
    }
  }

  private void endOneOrMany(int values) throws IOException {
    if (values > 1) {
      out.writeEndArray();
    }
  }

  /** Writes one element of a property's value. */
  @FunctionalInterface
  private interface Element<T> {
    void write(T value) throws IOException;
  }
}
