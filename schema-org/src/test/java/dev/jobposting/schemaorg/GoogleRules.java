package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks exported JSON-LD against schema.org's vocabulary (every type and property is one that
 * schema.org defines, reference/domain.md b1) and Google's JobPosting rules (b2).
 */
final class GoogleRules {

  private static final Set<String> THING = Set.of("@type", "name", "description", "url", "sameAs",
      "identifier", "alternateName");

  /** The properties each type may carry in our output, with Thing's own. */
  private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
      Map.entry("JobPosting", Set.of("@context", "title", "datePosted", "validThrough",
          "hiringOrganization", "jobLocation", "jobLocationType", "applicantLocationRequirements",
          "baseSalary", "incentiveCompensation", "employmentType", "workHours", "jobStartDate",
          "jobImmediateStart", "jobDuration", "totalJobOpenings", "responsibilities", "skills",
          "qualifications", "educationRequirements", "experienceRequirements",
          "experienceInPlaceOfEducation", "eligibilityToWorkRequirement",
          "securityClearanceRequirement", "physicalRequirement", "jobBenefits",
          "occupationalCategory", "industry", "employmentUnit", "directApply",
          "applicationContact", "specialCommitments", "inLanguage")),
      Map.entry("Organization", Set.of("legalName", "logo", "address", "numberOfEmployees")),
      Map.entry("PropertyValue", Set.of("propertyID", "value")),
      Map.entry("Place", Set.of("address", "geo")),
      Map.entry("PostalAddress", Set.of("streetAddress", "addressLocality", "addressRegion",
          "postalCode", "addressCountry")),
      Map.entry("GeoCoordinates", Set.of("latitude", "longitude")),
      Map.entry("Country", Set.of()),
      Map.entry("State", Set.of()),
      Map.entry("AdministrativeArea", Set.of()),
      Map.entry("MonetaryAmount", Set.of("currency", "value")),
      Map.entry("QuantitativeValue", Set.of("value", "minValue", "maxValue", "unitText")),
      Map.entry("OccupationalExperienceRequirements", Set.of("monthsOfExperience")),
      Map.entry("EducationalOccupationalCredential", Set.of("credentialCategory",
          "educationalLevel")),
      Map.entry("DefinedTerm", Set.of("termCode", "inDefinedTermSet")),
      Map.entry("DefinedTermSet", Set.of("version")),
      Map.entry("CategoryCode", Set.of("codeValue", "inCodeSet")),
      Map.entry("CategoryCodeSet", Set.of("version")),
      Map.entry("ContactPoint", Set.of("contactType", "email")));

  private static final Set<String> EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME",
      "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");
  private static final Set<String> UNITS = Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");
  private static final Set<String> CREDENTIAL_CATEGORIES = Set.of("high school",
      "associate degree", "bachelor degree", "professional certificate", "postgraduate degree");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)");

  private GoogleRules() {}

  static void check(JsonNode posting) {
    assertThat(posting.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(posting.path("@type").asText()).isEqualTo("JobPosting");
    assertThat(posting.path("title").isTextual()).isTrue();
    vocabulary(posting, "$");
    for (String date : new String[] {"datePosted", "validThrough", "jobStartDate"}) {
      if (posting.has(date)) {
        assertThat(posting.get(date).asText()).as(date).matches(DATE);
      }
    }
    if (posting.has("description")) {
      Matcher tags = TAG.matcher(posting.get("description").asText());
      while (tags.find()) {
        assertThat(tags.group(1)).as("tag in description").isIn("p", "ul", "li");
      }
    }
    each(posting.path("employmentType"), t -> assertThat(t.asText()).isIn(EMPLOYMENT_TYPES));
    each(posting.path("jobLocation"), place -> assertThat(
        place.path("address").path("addressCountry").asText()).matches("[A-Z]{2}"));
    if (posting.has("jobLocationType")) {
      assertThat(posting.get("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
    }
    if (posting.has("baseSalary")) {
      JsonNode amount = posting.get("baseSalary");
      assertThat(amount.path("@type").asText()).isEqualTo("MonetaryAmount");
      assertThat(amount.path("currency").asText()).matches("[A-Z]{3}");
      JsonNode value = amount.path("value");
      assertThat(value.path("@type").asText()).isEqualTo("QuantitativeValue");
      assertThat(value.path("unitText").asText()).isIn(UNITS);
      assertThat(value.has("value") != (value.has("minValue") || value.has("maxValue"))).isTrue();
    }
    each(posting.path("identifier"),
        id -> assertThat(id.path("@type").asText()).isEqualTo("PropertyValue"));
    each(posting.path("educationRequirements"), e -> {
      if (e.has("credentialCategory")) {
        assertThat(e.get("credentialCategory").asText()).isIn(CREDENTIAL_CATEGORIES);
      }
    });
    each(posting.path("experienceRequirements"), e -> {
      if (e.has("monthsOfExperience")) {
        assertThat(e.get("monthsOfExperience").isNumber()).isTrue();
      }
    });
    for (String flag : new String[] {"directApply", "jobImmediateStart",
        "experienceInPlaceOfEducation"}) {
      if (posting.has(flag)) {
        assertThat(posting.get(flag).isBoolean()).as(flag).isTrue();
      }
    }
    if (posting.has("totalJobOpenings")) {
      assertThat(posting.get("totalJobOpenings").isInt()).isTrue();
    }
  }

  private static void vocabulary(JsonNode node, String path) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        vocabulary(node.get(i), path + "[" + i + "]");
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("@type").asText();
    assertThat(PROPERTIES).as("type at %s", path).containsKey(type);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      assertThat(THING.contains(field.getKey()) || PROPERTIES.get(type).contains(field.getKey()))
          .as("%s.%s is a property of %s", path, field.getKey(), type).isTrue();
      vocabulary(field.getValue(), path + "." + field.getKey());
    }
  }

  private static void each(JsonNode node, java.util.function.Consumer<JsonNode> check) {
    if (node.isArray()) {
      node.forEach(check);
    } else if (!node.isMissingNode()) {
      check.accept(node);
    }
  }
}
