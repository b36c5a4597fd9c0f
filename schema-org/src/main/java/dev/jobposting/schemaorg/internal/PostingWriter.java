package dev.jobposting.schemaorg.internal;

import static dev.jobposting.schemaorg.internal.Vocabulary.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.application.Application;
import dev.jobposting.compensation.CompensationComponent;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.place.SubdivisionCode;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import dev.jobposting.role.Role;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns a posting into a schema.org {@code JobPosting} tree following Google's rules. */
public final class PostingWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PostingWriter() {}

  /**
   * Writes a posting.
   *
   * @param posting the posting
   * @return a new {@code JobPosting} object with {@code @context}
   */
  public static ObjectNode write(JobPosting posting) {
    // Room for a typical posting's properties: the default map grew on every export.
    ObjectNode node = new ObjectNode(NODES, new LinkedHashMap<>(32));
    node.put(CONTEXT, SCHEMA_ORG);
    node.put(TYPE, JOB_POSTING);
    node.put(TITLE, posting.title());
    DescriptionHtml.of(posting).ifPresent(d -> node.put(DESCRIPTION, d));
    oneOrMany(node, IDENTIFIER, posting.identifiers(), id -> identifier(id, posting));
    posting.datePosted().ifPresent(d -> node.put(DATE_POSTED, d.toString()));
    posting.validThrough().ifPresent(d -> node.put(VALID_THROUGH, d.toString()));
    posting.employer().ifPresent(e -> node.set(HIRING_ORGANIZATION, organization(e)));
    posting.workplace().ifPresent(w -> workplace(node, w));
    posting.compensation().ifPresent(c -> {
      c.base().filter(b -> b.period().googleUnitText().isPresent())
          .ifPresent(b -> node.set(BASE_SALARY, salary(b)));
      oneOrMany(node, INCENTIVE_COMPENSATION, c.components(),
          part -> NODES.textNode(component(part)));
    });
    posting.employment().ifPresent(e -> employment(node, e));
    texts(node, RESPONSIBILITIES, posting.responsibilities());
    requirements(node, posting.requirements());
    if (posting.experienceInPlaceOfEducation()) {
      node.put(EXPERIENCE_IN_PLACE_OF_EDUCATION, true);
    }
    oneOrMany(node, JOB_BENEFITS, posting.benefits(), b -> NODES.textNode(b.text()));
    posting.role().ifPresent(r -> role(node, r, posting));
    if (posting.role().flatMap(Role::industry).isEmpty()) {
      posting.employer().filter(e -> !e.confidential()).flatMap(Employer::industry)
          .ifPresent(i -> node.put(INDUSTRY, i));
    }
    posting.application().ifPresent(a -> application(node, a));
    posting.legal().ifPresent(l -> texts(node, SPECIAL_COMMITMENTS, l.specialCommitments()));
    posting.language().ifPresent(l -> node.put(IN_LANGUAGE, l.toLanguageTag()));
    posting.url().ifPresent(u -> node.put(URL, u.toString()));
    return node;
  }

  private static ObjectNode identifier(Identifier id, JobPosting posting) {
    ObjectNode node = typed(PROPERTY_VALUE);
    node.put(PROPERTY_ID, id.scheme());
    // Google reads name as the hiring organisation; without one the scheme is the best name.
    node.put(NAME, posting.employer().filter(e -> !e.confidential()).map(Employer::name)
        .orElse(id.scheme()));
    node.put(VALUE, id.value());
    return node;
  }

  private static ObjectNode organization(Employer employer) {
    ObjectNode node = typed(ORGANIZATION);
    if (employer.confidential()) {
      node.put(NAME, CONFIDENTIAL);
      return node;
    }
    node.put(NAME, employer.name());
    employer.legalName().ifPresent(n -> node.put(LEGAL_NAME, n));
    employer.website().ifPresent(u -> node.put(URL, u.toString()));
    employer.logo().ifPresent(u -> node.put(LOGO, u.toString()));
    oneOrMany(node, SAME_AS, employer.sameAs(), u -> NODES.textNode(u.toString()));
    employer.about().ifPresent(a -> node.put(DESCRIPTION, a));
    employer.headquarters().ifPresent(a -> node.set(ADDRESS, address(a)));
    employer.headcount().ifPresent(h -> {
      ObjectNode count = typed(QUANTITATIVE_VALUE);
      count.put(VALUE, h);
      node.set(NUMBER_OF_EMPLOYEES, count);
    });
    return node;
  }

  private static void workplace(ObjectNode node, Workplace workplace) {
    oneOrMany(node, JOB_LOCATION, workplace.locations(), PostingWriter::place);
    if (workplace.mode() == WorkMode.REMOTE) {
      node.put(JOB_LOCATION_TYPE, TELECOMMUTE);
      oneOrMany(node, APPLICANT_LOCATION_REQUIREMENTS, workplace.applicantLocations(),
          PostingWriter::area);
    }
  }

  private static ObjectNode place(PostalAddress address) {
    ObjectNode node = typed(PLACE);
    node.set(ADDRESS, address(address));
    address.coordinates().ifPresent(c -> {
      ObjectNode geo = typed(GEO_COORDINATES);
      geo.put(LATITUDE, c.latitude());
      geo.put(LONGITUDE, c.longitude());
      node.set(GEO, geo);
    });
    return node;
  }

  private static ObjectNode address(PostalAddress address) {
    ObjectNode node = typed(POSTAL_ADDRESS);
    address.streetAddress().ifPresent(s -> node.put(STREET_ADDRESS, s));
    address.locality().ifPresent(s -> node.put(ADDRESS_LOCALITY, s));
    address.subdivision().map(PostingWriter::region)
        .or(address::region).ifPresent(s -> node.put(ADDRESS_REGION, s));
    address.postalCode().ifPresent(s -> node.put(POSTAL_CODE, s));
    node.put(ADDRESS_COUNTRY, address.country().code());
    return node;
  }

  /** US and Canadian pages write the state alone ("CA"); elsewhere the full code is unambiguous. */
  private static String region(SubdivisionCode subdivision) {
    return SubdivisionCode.isListed(subdivision.country()) ? subdivision.part() : subdivision.code();
  }

  private static ObjectNode area(AdministrativeArea area) {
    if (area.isWorldwide()) {
      ObjectNode node = typed(ADMINISTRATIVE_AREA);
      node.put(NAME, "Worldwide");
      return node;
    }
    ObjectNode node = typed(area.subdivision().isPresent() ? STATE : COUNTRY);
    node.put(NAME, area.toString());
    return node;
  }

  private static ObjectNode salary(PayRange range) {
    ObjectNode amount = typed(MONETARY_AMOUNT);
    amount.put(CURRENCY, range.currency().getCurrencyCode());
    ObjectNode value = typed(QUANTITATIVE_VALUE);
    if (range.isFixed()) {
      value.put(VALUE, range.minimum().get().amount());
    } else {
      range.minimum().ifPresent(m -> value.put(MIN_VALUE, m.amount()));
      range.maximum().ifPresent(m -> value.put(MAX_VALUE, m.amount()));
    }
    value.put(UNIT_TEXT, range.period().googleUnitText().orElseThrow());
    amount.set(VALUE, value);
    return amount;
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

  private static void employment(ObjectNode node, Employment employment) {
    // Sorted: several types share one of Google's values, so the posting's order cannot come back.
    Set<String> types = new TreeSet<>();
    for (EmploymentType type : employment.types()) {
      types.add(type.googleValue());
    }
    texts(node, EMPLOYMENT_TYPE, List.copyOf(types));
    employment.workHours().ifPresent(h -> node.put(WORK_HOURS, h));
    employment.startDate().ifPresent(d -> node.put(JOB_START_DATE, d.toString()));
    if (employment.immediateStart()) {
      node.put(JOB_IMMEDIATE_START, true);
    }
    employment.duration().ifPresent(d -> node.put(JOB_DURATION, d.toString()));
    employment.openings().ifPresent(o -> node.put(TOTAL_JOB_OPENINGS, o));
  }

  private static void requirements(ObjectNode node, List<Requirement> requirements) {
    oneOrMany(node, SKILLS, of(requirements, RequirementKind.SKILL), PostingWriter::skill);
    oneOrMany(node, EXPERIENCE_REQUIREMENTS, of(requirements, RequirementKind.EXPERIENCE), r -> {
      ObjectNode experience = typed(EXPERIENCE);
      r.monthsOfExperience().ifPresent(m -> experience.put(MONTHS_OF_EXPERIENCE, m));
      experience.put(DESCRIPTION, r.text());
      return experience;
    });
    oneOrMany(node, EDUCATION_REQUIREMENTS, of(requirements, RequirementKind.EDUCATION), r -> {
      ObjectNode credential = typed(CREDENTIAL);
      r.educationLevel().ifPresent(level -> {
        level.googleCredentialCategory().ifPresent(c -> credential.put(CREDENTIAL_CATEGORY, c));
        credential.put(EDUCATIONAL_LEVEL, EducationLevels.label(level));
      });
      credential.put(DESCRIPTION, r.text());
      return credential;
    });
    List<JsonNode> qualifications = new ArrayList<>();
    for (Requirement r : requirements) {
      if (r.kind() == RequirementKind.CREDENTIAL) {
        ObjectNode credential = typed(CREDENTIAL);
        credential.put(DESCRIPTION, r.text());
        qualifications.add(credential);
      } else if (r.kind() == RequirementKind.LANGUAGE || r.kind() == RequirementKind.OTHER) {
        qualifications.add(NODES.textNode(r.text()));
      }
    }
    if (!qualifications.isEmpty()) {
      node.set(QUALIFICATIONS, qualifications.size() == 1 ? qualifications.get(0)
          : NODES.arrayNode().addAll(qualifications));
    }
    oneOrMany(node, ELIGIBILITY_TO_WORK, of(requirements, RequirementKind.WORK_AUTHORIZATION),
        PostingWriter::text);
    oneOrMany(node, SECURITY_CLEARANCE, of(requirements, RequirementKind.SECURITY_CLEARANCE),
        PostingWriter::text);
    oneOrMany(node, PHYSICAL_REQUIREMENT, of(requirements, RequirementKind.PHYSICAL),
        PostingWriter::text);
  }

  private static JsonNode skill(Requirement requirement) {
    if (requirement.code().isEmpty()) {
      return NODES.textNode(requirement.text());
    }
    ClassificationCode code = requirement.code().get();
    ObjectNode term = typed(DEFINED_TERM);
    term.put(NAME, requirement.text());
    term.put(TERM_CODE, code.code());
    term.set(IN_DEFINED_TERM_SET, codeSet(DEFINED_TERM_SET, code));
    return term;
  }

  private static void role(ObjectNode node, Role role, JobPosting posting) {
    oneOrMany(node, OCCUPATIONAL_CATEGORY, role.occupations(), code -> {
      ObjectNode category = typed(CATEGORY_CODE);
      category.put(CODE_VALUE, code.code());
      code.label().ifPresent(l -> category.put(NAME, l));
      category.set(IN_CODE_SET, codeSet(CATEGORY_CODE_SET, code));
      return category;
    });
    role.industry().ifPresent(code -> {
      ObjectNode term = typed(DEFINED_TERM);
      term.put(TERM_CODE, code.code());
      code.label().ifPresent(l -> term.put(NAME, l));
      term.set(IN_DEFINED_TERM_SET, codeSet(DEFINED_TERM_SET, code));
      String text = posting.employer().filter(e -> !e.confidential()).flatMap(Employer::industry)
          .orElse(null);
      node.set(INDUSTRY, text == null ? term : NODES.arrayNode().add(term).add(text));
    });
    role.department().ifPresent(d -> {
      ObjectNode unit = typed(ORGANIZATION);
      unit.put(NAME, d);
      node.set(EMPLOYMENT_UNIT, unit);
    });
  }

  private static ObjectNode codeSet(String type, ClassificationCode code) {
    ObjectNode set = typed(type);
    if (code.scheme() == ClassificationScheme.OTHER) {
      set.put(NAME, code.schemeName().orElseThrow());
    } else {
      set.put(NAME, Schemes.name(code.scheme()));
      code.schemeName().ifPresent(n -> set.put(ALTERNATE_NAME, n));
    }
    code.schemeVersion().ifPresent(v -> set.put(VERSION, v));
    return set;
  }

  private static void application(ObjectNode node, Application application) {
    application.directApply().ifPresent(d -> node.put(DIRECT_APPLY, d));
    List<ObjectNode> contacts = new ArrayList<>();
    for (String email : application.emails()) {
      ObjectNode contact = typed(CONTACT_POINT);
      contact.put(CONTACT_TYPE, "application");
      contact.put(EMAIL, email);
      contacts.add(contact);
    }
    for (URI url : application.urls()) {
      ObjectNode contact = typed(CONTACT_POINT);
      contact.put(CONTACT_TYPE, "application");
      contact.put(URL, url.toString());
      contacts.add(contact);
    }
    oneOrMany(node, APPLICATION_CONTACT, contacts, c -> c);
  }

  /** Loops, not streams: a stream per kind of requirement was a visible cost of the export. */
  private static List<Requirement> of(List<Requirement> requirements, RequirementKind kind) {
    List<Requirement> matching = null;
    for (Requirement requirement : requirements) {
      if (requirement.kind() == kind) {
        if (matching == null) {
          matching = new ArrayList<>();
        }
        matching.add(requirement);
      }
    }
    return matching == null ? List.of() : matching;
  }

  private static JsonNode text(Requirement requirement) {
    return NODES.textNode(requirement.text());
  }

  private static ObjectNode typed(String type) {
    ObjectNode node = NODES.objectNode();
    node.put(TYPE, type);
    return node;
  }

  private static void texts(ObjectNode node, String name, List<String> values) {
    oneOrMany(node, name, values, NODES::textNode);
  }

  /** Writes one value as itself and several as an array, as Google's examples do. */
  private static <T> void oneOrMany(ObjectNode node, String name, List<T> values,
      Function<T, ? extends JsonNode> write) {
    if (values.size() == 1) {
      node.set(name, write.apply(values.get(0)));
    } else if (values.size() > 1) {
      ArrayNode array = node.putArray(name);
      for (T value : values) {
        array.add(write.apply(value));
      }
    }
  }
}
