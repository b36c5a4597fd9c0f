package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.Identifier;
import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.WebAddress;
import dev.jobposting.application.Application;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.employment.EmploymentType;
import dev.jobposting.organization.Employer;
import dev.jobposting.place.AdministrativeArea;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.requirement.EducationLevel;
import dev.jobposting.requirement.Necessity;
import dev.jobposting.requirement.Requirement;
import dev.jobposting.requirement.RequirementKind;
import dev.jobposting.role.ClassificationCode;
import dev.jobposting.role.ClassificationScheme;
import dev.jobposting.role.Role;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import dev.jobposting.workplace.WorkMode;
import dev.jobposting.workplace.Workplace;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonLdExporterTest {

  private static final JsonLdExporter EXPORTER = JsonLdExporter.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  private static JobPosting.Builder base() {
    return JobPosting.builder().title("Backend Engineer").employer(Employer.of("Example GmbH"));
  }

  @Test
  void samplesAndGeneratedPostingsFollowGooglesRules() {
    GoogleRules.check(EXPORTER.toTree(SamplePostings.minimal()));
    GoogleRules.check(EXPORTER.toTree(SamplePostings.full()));
    GoogleRules.check(EXPORTER.toTree(SamplePostings.reference()));
    PropertyCheck.forAll(1000, p -> GoogleRules.check(EXPORTER.toTree(p)));
  }

  @Test
  void stringStreamWriterAndTreeCarryTheSameText() {
    SamplePostings.all().values().forEach(JsonLdExporterTest::writesTheSameTextEveryWay);
    PropertyCheck.forAll(1000, JsonLdExporterTest::writesTheSameTextEveryWay);
  }

  private static void writesTheSameTextEveryWay(JobPosting posting) {
    String json = EXPORTER.toJson(posting);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    try {
      EXPORTER.write(posting, bytes);
      EXPORTER.write(posting, chars);
      assertThat(EXPORTER.text(null, generator -> generator.writeTree(EXPORTER.toTree(posting))))
          .isEqualTo(json);
      // Jackson's byte writer escapes characters beyond the BMP; the document is the same, read
      // with exact decimals so that the numbers' digits count.
      assertThat(EXACT.readTree(bytes.toString(StandardCharsets.UTF_8)))
          .isEqualTo(EXACT.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(chars).hasToString(json);
  }

  @Test
  void amountsKeepTheirScaleInTextAndTree() {
    JobPosting posting = base().compensation(Compensation.builder().base(PayRange.between(
        Money.of("50000.00", "EUR"), Money.of("60000.5", "EUR"), PayPeriod.YEAR)).build()).build();

    assertThat(EXPORTER.toJson(posting)).contains("\"minValue\":50000.00,\"maxValue\":60000.50,");
    assertThat(EXPORTER.toTree(posting).at("/baseSalary/value/minValue").decimalValue())
        .isEqualTo(new BigDecimal("50000.00"));
  }

  @Test
  void flushesButLeavesTheStreamsOpen() throws Exception {
    JobPosting posting = SamplePostings.minimal();
    boolean[] closed = new boolean[2];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    StringWriter chars = new StringWriter() {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    EXPORTER.write(posting, new BufferedOutputStream(bytes, 1 << 16));
    EXPORTER.write(posting, new BufferedWriter(chars, 1 << 16));

    assertThat(closed).containsExactly(false, false);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(EXPORTER.toJson(posting));
    assertThat(chars).hasToString(EXPORTER.toJson(posting));
  }

  @Test
  void industryIsTheCodeOrTheCodeAndTheEmployersText() {
    Role role = Role.builder().industry(ClassificationCode.of(ClassificationScheme.NAICS, "5415"))
        .build();
    Employer employer = Employer.builder().name("Example GmbH").industry("Software").build();
    JsonNode code = EXPORTER.toTree(base().role(role).build());
    JsonNode both = EXPORTER.toTree(base().role(role).employer(employer).build());
    JsonNode text = EXPORTER.toTree(base().employer(employer).build());

    assertThat(code.at("/industry/termCode").asText()).isEqualTo("5415");
    assertThat(both.get("industry")).hasSize(2);
    assertThat(both.at("/industry/0/termCode").asText()).isEqualTo("5415");
    assertThat(both.at("/industry/1").asText()).isEqualTo("Software");
    assertThat(text.get("industry").asText()).isEqualTo("Software");
  }

  @Test
  void oneApplicationContactIsAnObjectAndSeveralAreAnArrayEmailsFirst() {
    JsonNode one = EXPORTER.toTree(base().application(Application.builder()
        .addEmail("jobs@example.com").build()).build());
    JsonNode two = EXPORTER.toTree(base().application(Application.builder()
        .addUrl(WebAddress.of("https://example.com/apply")).addEmail("jobs@example.com").build())
        .build());

    assertThat(one.at("/applicationContact/email").asText()).isEqualTo("jobs@example.com");
    assertThat(two.get("applicationContact")).hasSize(2);
    assertThat(two.at("/applicationContact/0/email").asText()).isEqualTo("jobs@example.com");
    assertThat(two.at("/applicationContact/1/url").asText())
        .isEqualTo("https://example.com/apply");
  }

  @Test
  void qualificationsKeepTheRequirementsOrderAcrossTheirKinds() {
    JsonNode json = EXPORTER.toTree(base()
        .addRequirement(Requirement.of(RequirementKind.LANGUAGE, Necessity.REQUIRED, "German"))
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.REQUIRED, "Java"))
        .addRequirement(Requirement.of(RequirementKind.CREDENTIAL, Necessity.REQUIRED, "CPA"))
        .addRequirement(Requirement.of(RequirementKind.OTHER, Necessity.REQUIRED, "Driving"))
        .build());

    assertThat(json.get("qualifications")).hasSize(3);
    assertThat(json.at("/qualifications/0").asText()).isEqualTo("German");
    assertThat(json.at("/qualifications/1/@type").asText())
        .isEqualTo("EducationalOccupationalCredential");
    assertThat(json.at("/qualifications/1/description").asText()).isEqualTo("CPA");
    assertThat(json.at("/qualifications/2").asText()).isEqualTo("Driving");
    assertThat(json.get("skills").asText()).isEqualTo("Java");
  }

  @Test
  void fullyRemoteWorkIsTelecommuteWithApplicantLocations() {
    JsonNode json = EXPORTER.toTree(base().workplace(Workplace.remote(
        AdministrativeArea.country("DE"), AdministrativeArea.subdivision("US-CA"))).build());

    assertThat(json.get("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
    assertThat(json.get("applicantLocationRequirements")).hasSize(2);
    assertThat(json.at("/applicantLocationRequirements/0/@type").asText()).isEqualTo("Country");
    assertThat(json.at("/applicantLocationRequirements/0/name").asText()).isEqualTo("DE");
    assertThat(json.at("/applicantLocationRequirements/1/@type").asText()).isEqualTo("State");
    assertThat(json.at("/applicantLocationRequirements/1/name").asText()).isEqualTo("US-CA");
    assertThat(json.get("description").asText()).contains("Fully remote");
  }

  @Test
  void hybridWorkIsNeverTelecommuteAndStatesItsTermsInTheDescription() {
    JsonNode json = EXPORTER.toTree(base().workplace(Workplace.builder().mode(WorkMode.HYBRID)
        .addLocation(PostalAddress.inCountry("DE")).onSiteDaysPerWeek(3).build()).build());

    assertThat(json.has("jobLocationType")).isFalse();
    assertThat(json.has("applicantLocationRequirements")).isFalse();
    assertThat(json.at("/jobLocation/address/addressCountry").asText()).isEqualTo("DE");
    assertThat(json.get("description").asText()).contains("Hybrid; days on site each week: 3");
  }

  @Test
  void remoteWorkWithoutApplicantAreasClaimsNoArea() {
    String description = EXPORTER.toTree(base().workplace(Workplace.remote()).build())
        .get("description").asText();

    assertThat(description).contains("<p>Fully remote</p>").doesNotContain("anywhere")
        .doesNotContain("work from");
  }

  @Test
  void remoteWorkNamesItsApplicantAreas() {
    String description = EXPORTER.toTree(base().workplace(Workplace.remote(
        AdministrativeArea.country("DE"))).build()).get("description").asText();

    assertThat(description).contains("<p>Fully remote; you can work from DE</p>");
  }

  @Test
  void hybridWorkWithoutOnSiteDaysSaysJustHybrid() {
    String description = EXPORTER.toTree(base().workplace(Workplace.builder()
        .mode(WorkMode.HYBRID).addLocation(PostalAddress.inCountry("DE")).build()).build())
        .get("description").asText();

    assertThat(description).contains("<p>Hybrid</p>").doesNotContain("days on site")
        .doesNotContain(": -");
  }

  @Test
  void oneLocationIsAnObjectAndSeveralAreAnArray() {
    JsonNode one = EXPORTER.toTree(base()
        .workplace(Workplace.onSite(PostalAddress.inCountry("FR"))).build());
    JsonNode two = EXPORTER.toTree(base().workplace(Workplace.onSite(
        PostalAddress.inCountry("FR"), PostalAddress.inCountry("BE"))).build());

    assertThat(one.get("jobLocation").isObject()).isTrue();
    assertThat(two.get("jobLocation").isArray()).isTrue();
    assertThat(two.at("/jobLocation/1/address/addressCountry").asText()).isEqualTo("BE");
  }

  @Test
  void salaryIsAMonetaryAmountAndOneTimePayHasNone() {
    JsonNode range = EXPORTER.toTree(base().compensation(Compensation.builder().base(
        PayRange.between(Money.of("50000", "EUR"), Money.of("60000", "EUR"), PayPeriod.YEAR))
        .build()).build());
    JsonNode fixed = EXPORTER.toTree(base().compensation(Compensation.builder()
        .base(PayRange.exactly(Money.of("25.50", "USD"), PayPeriod.HOUR)).build()).build());
    JsonNode once = EXPORTER.toTree(base().compensation(Compensation.builder()
        .base(PayRange.exactly(Money.of("1000", "USD"), PayPeriod.ONE_TIME)).build()).build());

    assertThat(range.at("/baseSalary/currency").asText()).isEqualTo("EUR");
    assertThat(range.at("/baseSalary/value/minValue").decimalValue()).isEqualByComparingTo("50000");
    assertThat(range.at("/baseSalary/value/maxValue").decimalValue()).isEqualByComparingTo("60000");
    assertThat(range.at("/baseSalary/value/unitText").asText()).isEqualTo("YEAR");
    assertThat(fixed.at("/baseSalary/value/value").decimalValue()).isEqualByComparingTo("25.50");
    assertThat(fixed.at("/baseSalary/value/unitText").asText()).isEqualTo("HOUR");
    assertThat(once.has("baseSalary")).isFalse();
  }

  @Test
  void employmentTypesBecomeGooglesValuesOnce() {
    JsonNode json = EXPORTER.toTree(base().employment(Employment.builder()
        .addType(EmploymentType.CONTRACT_TO_HIRE).addType(EmploymentType.CONTRACTOR)
        .addType(EmploymentType.SEASONAL).build()).build());

    assertThat(json.get("employmentType")).containsExactly(
        MAPPER.getNodeFactory().textNode("CONTRACTOR"), MAPPER.getNodeFactory().textNode("TEMPORARY"));
  }

  @Test
  void identifierIsAPropertyValueNamedAfterTheEmployer() {
    JsonNode json = EXPORTER.toTree(base().addIdentifier(Identifier.of("requisition", "R-1"))
        .build());

    assertThat(json.at("/identifier/@type").asText()).isEqualTo("PropertyValue");
    assertThat(json.at("/identifier/name").asText()).isEqualTo("Example GmbH");
    assertThat(json.at("/identifier/propertyID").asText()).isEqualTo("requisition");
    assertThat(json.at("/identifier/value").asText()).isEqualTo("R-1");
  }

  @Test
  void educationAndExperienceUseGooglesStructuredForm() {
    JsonNode json = EXPORTER.toTree(base()
        .addRequirement(Requirement.builder().kind(RequirementKind.EDUCATION)
            .text("Master's in physics").educationLevel(EducationLevel.MASTER_DEGREE).build())
        .addRequirement(Requirement.builder().kind(RequirementKind.EXPERIENCE)
            .text("Three years of Java").monthsOfExperience(36).build())
        .experienceInPlaceOfEducation(true).build());

    assertThat(json.at("/educationRequirements/@type").asText())
        .isEqualTo("EducationalOccupationalCredential");
    assertThat(json.at("/educationRequirements/credentialCategory").asText())
        .isEqualTo("postgraduate degree");
    assertThat(json.at("/experienceRequirements/@type").asText())
        .isEqualTo("OccupationalExperienceRequirements");
    assertThat(json.at("/experienceRequirements/monthsOfExperience").asInt()).isEqualTo(36);
    assertThat(json.get("experienceInPlaceOfEducation").asBoolean()).isTrue();
  }

  @Test
  void descriptionCarriesListsHoursAndEscapedText() {
    JsonNode json = EXPORTER.toTree(base()
        .description(RichText.html("<h2>About</h2><p>We <strong>build</strong> <a href=x>things</a>"
            + "</p><ol><li>one</li></ol><script>alert(1)</script>"))
        .addResponsibility("Ship <code> & review it")
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.PREFERRED, "Kotlin"))
        .employment(Employment.builder().workHours("9-5").build())
        .language(Locale.GERMAN)
        .build());

    assertThat(json.get("description").asText()).isEqualTo("<p>About</p><p>We build things</p>"
        + "<ul><li>one</li></ul><p>Aufgaben:</p><ul><li>Ship &lt;code&gt; &amp; review it</li></ul>"
        + "<p>Anforderungen:</p><ul><li>Kotlin (wünschenswert)</li></ul><p>Arbeitszeit: 9-5</p>");
    assertThat(json.get("inLanguage").asText()).isEqualTo("de");
  }

  @Test
  void confidentialEmployerShowsNoName() {
    JsonNode json = EXPORTER.toTree(JobPosting.builder().title("Engineer")
        .employer(Employer.builder().name("Secret Corp").confidential(true).industry("Banking")
            .build()).addIdentifier(Identifier.of("requisition", "1")).build());

    assertThat(json.toString()).doesNotContain("Secret Corp").doesNotContain("Banking");
    assertThat(json.at("/hiringOrganization/name").asText()).isEqualTo("confidential");
  }
}
