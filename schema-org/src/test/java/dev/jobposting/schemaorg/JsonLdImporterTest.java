package dev.jobposting.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobposting.JobPosting;
import dev.jobposting.RichText;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.ComponentType;
import dev.jobposting.TextFormat;
import dev.jobposting.WebAddress;
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
import dev.jobposting.workplace.Workplace;
import dev.jobposting.workplace.WorkMode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLdImporterTest {

  private static final JsonLdImporter IMPORTER = JsonLdImporter.create();

  private static JobPosting only(ImportResult result) {
    assertThat(result.postings()).as(result.toString()).hasSize(1);
    return result.postings().get(0);
  }

  private static String posting(String properties) {
    return "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Welder\""
        + (properties.isEmpty() ? "" : "," + properties) + "}";
  }

  @Test
  void readsASingleObjectWithoutIssues() {
    ImportResult result = IMPORTER.read("""
        {"@context": "https://schema.org", "@type": "JobPosting",
         "title": "Night Nurse", "description": "<p>Care for patients.</p>",
         "datePosted": "2026-10-01", "validThrough": "2026-12-31",
         "hiringOrganization": {"@type": "Organization", "name": "St. Mary",
           "sameAs": "https://st-mary.example", "logo": "https://st-mary.example/logo.png"},
         "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
           "addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}},
         "employmentType": ["FULL_TIME", "PER_DIEM"],
         "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
           "value": {"@type": "QuantitativeValue", "minValue": 38, "maxValue": 45.5,
             "unitText": "HOUR"}},
         "identifier": {"@type": "PropertyValue", "name": "St. Mary", "value": "RN-7"},
         "directApply": true}
        """);

    JobPosting p = only(result);
    assertThat(result.issues()).isEmpty();
    assertThat(p.title()).isEqualTo("Night Nurse");
    assertThat(p.description().get().format()).isEqualTo(TextFormat.HTML);
    assertThat(p.datePosted()).contains(LocalDate.of(2026, 10, 1));
    assertThat(p.validThrough()).contains(LocalDate.of(2026, 12, 31));
    assertThat(p.employer().get().sameAs()).hasSize(1);
    PostalAddress austin = p.workplace().get().locations().get(0);
    assertThat(austin.subdivision().get().code()).isEqualTo("US-TX");
    assertThat(p.workplace().get().mode()).isEqualTo(WorkMode.ON_SITE);
    assertThat(p.employment().get().types())
        .containsExactly(EmploymentType.FULL_TIME, EmploymentType.PER_DIEM);
    assertThat(p.compensation().get().base()).contains(PayRange.between(
        Money.of("38", "USD"), Money.of("45.50", "USD"), PayPeriod.HOUR));
    assertThat(p.identifiers()).extracting(i -> i.scheme(), i -> i.value())
        .containsExactly(tuple("St. Mary", "RN-7"));
    assertThat(p.application().get().directApply()).contains(true);
  }

  @Test
  void findsPostingsInArraysGraphsAndItemLists() {
    ImportResult array = IMPORTER.read("[" + posting("") + "," + posting("\"title\":\"Baker\"")
        + "]");
    ImportResult graph = IMPORTER.read("""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "Organization", "@id": "#org", "name": "Bakery Ltd",
           "url": "https://bakery.example"},
          {"@type": ["JobPosting"], "title": "Baker", "hiringOrganization": {"@id": "#org"}}]}
        """);
    ImportResult itemList = IMPORTER.read("""
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
          {"@type": "ListItem", "position": 1, "item": {"@type": "JobPosting", "title": "A"}},
          {"@type": "ListItem", "position": 2, "item": {"@type": "JobPosting", "title": "B"}}]}
        """);

    assertThat(array.postings()).extracting(JobPosting::title).containsExactly("Welder", "Baker");
    JobPosting baker = only(graph);
    assertThat(baker.employer().get().name()).isEqualTo("Bakery Ltd");
    assertThat(baker.employer().get().website().get()).hasToString("https://bakery.example");
    assertThat(itemList.postings()).extracting(JobPosting::title).containsExactly("A", "B");
  }

  @Test
  void keepsOnlyWebAddressesGuessingTheSchemeOfSchemelessOnes() {
    ImportResult result = IMPORTER.read("""
        {"@type": "JobPosting", "title": "Baker", "url": "/jobs/42",
         "hiringOrganization": {"name": "Bakery", "url": "bakery.example",
           "logo": "//cdn.bakery.example/logo.png",
           "sameAs": ["mailto:jobs@bakery.example", "https://example.org/bakery"]}}
        """);

    Employer bakery = only(result).employer().orElseThrow();
    assertThat(only(result).url()).isEmpty();
    assertThat(bakery.website()).contains(WebAddress.of("https://bakery.example"));
    assertThat(bakery.logo()).contains(WebAddress.of("https://cdn.bakery.example/logo.png"));
    assertThat(bakery.sameAs()).containsExactly(WebAddress.of("https://example.org/bakery"));
    assertThat(result.issues())
        .extracting(ImportIssue::path, ImportIssue::kind, ImportIssue::message)
        .contains(tuple("$.url", IssueKind.DROPPED,
                "'/jobs/42' is relative; a web address starts with http:// or https://"),
            tuple("$.hiringOrganization.url", IssueKind.GUESSED,
                "added https:// to 'bakery.example'"),
            tuple("$.hiringOrganization.logo", IssueKind.GUESSED,
                "added https: to '//cdn.bakery.example/logo.png'"),
            tuple("$.hiringOrganization.sameAs[0]", IssueKind.DROPPED,
                "'mailto:jobs@bakery.example' has the scheme 'mailto'; a web address is http or"
                    + " https"));
  }

  @Test
  void namesWhereEachNullWasLeftOut() {
    ImportResult result = IMPORTER.read("""
        {"@type": "JobPosting", "title": "Baker", "skills": ["Bread", null],
         "datePosted": null, "hiringOrganization": {"name": "Bakery", "sameAs": [null]}}
        """);

    assertThat(only(result).requirements()).extracting(Requirement::text).containsExactly("Bread");
    assertThat(result.issues())
        .extracting(ImportIssue::path, ImportIssue::kind, ImportIssue::message)
        .contains(tuple("$.skills[1]", IssueKind.DROPPED, "null value ignored"),
            tuple("$.datePosted", IssueKind.DROPPED, "null value ignored"),
            tuple("$.hiringOrganization.sameAs[0]", IssueKind.DROPPED, "null value ignored"));
  }

  @Test
  void readsTreesWhosePropertyNamesAreNotTheParsersInstances() {
    ObjectNode organization = JsonNodeFactory.instance.objectNode();
    organization.put(new String("@id"), "#org");
    organization.put(new String("name"), "Bakery Ltd");
    ObjectNode posting = JsonNodeFactory.instance.objectNode();
    posting.put(new String("@type"), "JobPosting");
    posting.put(new String("title"), "Baker");
    posting.putObject(new String("hiringOrganization")).put(new String("@id"), "#org");
    ArrayNode graph = JsonNodeFactory.instance.objectNode().putArray("@graph");
    graph.add(organization).add(posting);

    ImportResult result = IMPORTER.read(graph);

    assertThat(only(result).employer().get().name()).isEqualTo("Bakery Ltd");
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void acceptsFullIriTypesNoContextAndUntypedNestedObjects() {
    ImportResult result = IMPORTER.read("""
        {"@type": "http://schema.org/JobPosting", "title": "Cook",
         "hiringOrganization": {"name": "Diner"},
         "jobLocation": {"address": {"addressLocality": "Lyon", "addressCountry": "FR"}}}
        """);

    JobPosting cook = only(result);
    assertThat(cook.employer().get().name()).isEqualTo("Diner");
    assertThat(cook.workplace().get().locations().get(0).locality()).contains("Lyon");
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void readsNumbersBooleansAndDatesGivenAsStrings() {
    ImportResult result = IMPORTER.read(posting("""
        "totalJobOpenings": "3", "directApply": "true", "jobImmediateStart": "yes",
        "datePosted": "2026-9-7", "validThrough": "31.12.2026",
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements",
          "monthsOfExperience": "24"}"""));

    JobPosting p = only(result);
    assertThat(p.employment().get().openings()).contains(3);
    assertThat(p.employment().get().immediateStart()).isTrue();
    assertThat(p.application().get().directApply()).contains(true);
    assertThat(p.datePosted()).contains(LocalDate.of(2026, 9, 7));
    assertThat(p.validThrough()).contains(LocalDate.of(2026, 12, 31));
    assertThat(p.requirements().get(0).monthsOfExperience()).contains(24);
    assertThat(result.issues(IssueKind.NORMALISED)).extracting(ImportIssue::path).contains(
        "$.totalJobOpenings", "$.directApply", "$.datePosted", "$.validThrough",
        "$.experienceRequirements.monthsOfExperience");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2026-03-05;2026-03-05;",
      "2026-03-05T09:30;2026-03-05;NORMALISED",
      "2026-03-05T09:30:00.000Z;2026-03-05;NORMALISED",
      "2026-03-05T23:59:59+07:00;2026-03-05;NORMALISED",
      "2026-3-5;2026-03-05;NORMALISED",
      "2026/03/05;2026-03-05;NORMALISED",
      "2026年3月5日;2026-03-05;NORMALISED",
      "05.03.2026;2026-03-05;NORMALISED",
      "3/25/26;2026-03-25;NORMALISED",
      "25/3/2026;2026-03-25;NORMALISED",
      "3/5/2026;2026-03-05;GUESSED",
      "March 5, 2026;2026-03-05;NORMALISED",
      "5 mars 2026;2026-03-05;NORMALISED",
      "5. März 2026;2026-03-05;NORMALISED",
      "5 de marzo de 2026;2026-03-05;NORMALISED",
      "1772668800;2026-03-05;GUESSED"})
  void readsDatesInManyForms(String text, LocalDate expected, IssueKind kind) {
    ImportResult result = IMPORTER.read(posting("\"datePosted\":\"" + text + "\""));

    assertThat(only(result).datePosted()).contains(expected);
    assertThat(result.issues()).extracting(ImportIssue::kind)
        .isEqualTo(kind == null ? List.of() : List.of(kind));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"1970-01-01", "9999-12-31", "next week", "31/31/2026"})
  void dropsPlaceholderAndUnreadableDatesWithAnIssue(String text) {
    ImportResult result = IMPORTER.read(posting("\"datePosted\":\"" + text + "\""));

    assertThat(only(result).datePosted()).isEmpty();
    assertThat(result.issues()).extracting(ImportIssue::path, ImportIssue::kind)
        .containsExactly(tuple("$.datePosted", IssueKind.DROPPED));
  }

  @Test
  void decodesEntityEncodedAndDoubleEncodedHtml() {
    ImportResult encoded = IMPORTER.read(posting(
        "\"description\":\"&lt;p&gt;Tools &amp;amp; dies&lt;/p&gt;\""));
    ImportResult plain = IMPORTER.read(posting("\"description\":\"R&amp;D team &#8211; caf&eacute;\""));

    assertThat(only(encoded).description().get().format()).isEqualTo(TextFormat.HTML);
    assertThat(only(encoded).description().get().text()).isEqualTo("<p>Tools &amp; dies</p>");
    assertThat(only(plain).description().get().format()).isEqualTo(TextFormat.PLAIN);
    assertThat(only(plain).description().get().text()).isEqualTo("R&D team \u2013 café");
    assertThat(encoded.issues()).extracting(ImportIssue::kind).containsExactly(IssueKind.NORMALISED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"DE;DE", "de;DE", "DEU;DE", "Germany;DE", "Deutschland;DE",
      "Allemagne;DE", "Alemania;DE", "Alemanha;DE", "Germania;DE", "Duitsland;DE", "ドイツ;DE",
      "United Kingdom;GB", "UK;GB", "Brasil;BR", "Việt Nam;VN", "USA;US", "Schweiz;CH"})
  void readsCountryCodesAndNamesInManyLanguages(String country, String code) {
    ImportResult result = IMPORTER.read(posting("\"jobLocation\":{\"@type\":\"Place\","
        + "\"address\":{\"@type\":\"PostalAddress\",\"addressCountry\":\"" + country + "\"}}"));

    assertThat(only(result).workplace().get().locations().get(0).country().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Full-time;FULL_TIME;NORMALISED", "full time;FULL_TIME;NORMALISED",
      "Vollzeit;FULL_TIME;NORMALISED", "Teilzeit;PART_TIME;NORMALISED",
      "temps plein;FULL_TIME;NORMALISED", "CDI;FULL_TIME;GUESSED", "CDD;TEMPORARY;NORMALISED",
      "tiempo completo;FULL_TIME;NORMALISED", "Prácticas;INTERN;NORMALISED",
      "tempo integral;FULL_TIME;NORMALISED", "Estágio;INTERN;NORMALISED",
      "tempo pieno;FULL_TIME;NORMALISED", "Tirocinio;INTERN;NORMALISED",
      "voltijd;FULL_TIME;NORMALISED", "deeltijd;PART_TIME;NORMALISED",
      "正社員;FULL_TIME;GUESSED", "アルバイト;PART_TIME;NORMALISED", "派遣;TEMPORARY;NORMALISED",
      "Freelance;CONTRACTOR;NORMALISED", "Internship;INTERN;NORMALISED",
      "Ausbildung;APPRENTICESHIP;NORMALISED"})
  void readsFreeTextEmploymentTypesInManyLanguages(String text, EmploymentType type,
      IssueKind kind) {
    ImportResult result = IMPORTER.read(posting("\"employmentType\":\"" + text + "\""));

    assertThat(only(result).employment().get().types()).containsExactly(type);
    assertThat(result.issues()).extracting(ImportIssue::kind).containsExactly(kind);
  }

  @Test
  void keepsAnUnknownEmploymentTypeAsAnOtherType() {
    ImportResult result = IMPORTER.read(posting("\"employmentType\":\"Werkvertrag/Projekt\""));

    assertThat(only(result).employment().get().types()).containsExactly(EmploymentType.OTHER);
    assertThat(only(result).employment().get().otherTypes()).containsExactly("Werkvertrag/Projekt");
  }

  @Test
  void readsSalariesGivenAsTextOrWithoutUnit() {
    JobPosting text = only(IMPORTER.read(posting("\"baseSalary\":\"$50,000 - $70,000 a year\"")));
    JobPosting euros = only(IMPORTER.read(posting("\"baseSalary\":\"45.000 € brutto im Jahr\"")));
    ImportResult bare = IMPORTER.read(posting(
        "\"salaryCurrency\":\"GBP\",\"baseSalary\":{\"value\":{\"minValue\":\"30000\"}}"));
    ImportResult noCurrency = IMPORTER.read(posting("\"baseSalary\":\"100000\""));

    assertThat(text.compensation().get().base()).contains(PayRange.between(
        Money.of("50000", "USD"), Money.of("70000", "USD"), PayPeriod.YEAR));
    assertThat(euros.compensation().get().base()).contains(PayRange.exactly(
        Money.of("45000", "EUR"), PayPeriod.YEAR));
    assertThat(only(bare).compensation().get().base())
        .contains(PayRange.atLeast(Money.of("30000", "GBP"), PayPeriod.YEAR));
    assertThat(bare.issues()).extracting(ImportIssue::kind).contains(IssueKind.GUESSED);
    assertThat(only(noCurrency).compensation()).isEmpty();
    assertThat(noCurrency.issues()).extracting(ImportIssue::message)
        .contains("salary without a currency left out");
  }

  @Test
  void readsSupersededBenefitsAndIncentives() {
    ImportResult result = IMPORTER.read(posting(
        "\"benefits\":\"<ul><li>Pension</li><li>Gym</li></ul>\",\"incentives\":\"Annual bonus\""));

    JobPosting p = only(result);
    assertThat(p.benefits()).extracting(b -> b.text()).containsExactly("Pension", "Gym");
    assertThat(p.compensation().get().components()).extracting(c -> c.description().get())
        .containsExactly("Annual bonus");
    assertThat(result.issues()).extracting(ImportIssue::path)
        .contains("$.benefits", "$.incentives");
  }

  @Test
  void readsRemoteWorkAndStructuredRequirements() {
    JobPosting p = only(IMPORTER.read(posting("""
        "jobLocationType": "TELECOMMUTE",
        "applicantLocationRequirements": [{"@type": "Country", "name": "Deutschland"},
          {"@type": "State", "name": "US-NY"}],
        "educationRequirements": {"@type": "EducationalOccupationalCredential",
          "credentialCategory": "bachelor degree"},
        "experienceRequirements": "Two years welding",
        "experienceInPlaceOfEducation": true,
        "skills": ["TIG", "MIG"]""")));

    assertThat(p.workplace().get().mode()).isEqualTo(WorkMode.REMOTE);
    assertThat(p.workplace().get().applicantLocations()).containsExactly(
        AdministrativeArea.country("DE"), AdministrativeArea.subdivision("US-NY"));
    assertThat(p.requirements()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
        tuple(RequirementKind.SKILL, "TIG"), tuple(RequirementKind.SKILL, "MIG"),
        tuple(RequirementKind.EXPERIENCE, "Two years welding"),
        tuple(RequirementKind.EDUCATION, "bachelor degree"));
    assertThat(p.requirements().get(3).educationLevel()).contains(EducationLevel.BACHELOR_DEGREE);
    assertThat(p.experienceInPlaceOfEducation()).isTrue();
  }

  @Test
  void closingRequirementsGoToTheFirstRequirementThatReadsAlikeWithTheirNecessity() {
    // Both skills read as "A B": the marked item takes the first, the plain item the other.
    ImportResult result = IMPORTER.read(posting("""
        "description": "<p>Requirements:</p><ul><li>A B (preferred)</li><li>A B</li></ul>",
        "skills": ["A  B", "A B"]"""));

    JobPosting p = only(result);
    assertThat(p.requirements()).extracting(Requirement::necessity, Requirement::text)
        .containsExactly(tuple(Necessity.PREFERRED, "A  B"), tuple(Necessity.REQUIRED, "A B"));
    assertThat(p.description()).isEmpty();
    assertThat(result.issues()).extracting(ImportIssue::message)
        .filteredOn(m -> m.contains("closing")).containsExactly(
            "left out the closing requirements that repeat the posting's own fields");
  }

  @Test
  void reportsEveryPropertyItDoesNotMap() {
    ImportResult result = IMPORTER.read(posting(
        "\"estimatedSalary\":1,\"hiringOrganization\":{\"name\":\"X\",\"founder\":\"Y\"}"));

    assertThat(result.issues()).extracting(ImportIssue::path, ImportIssue::kind).containsExactly(
        tuple("$.hiringOrganization.founder", IssueKind.DROPPED),
        tuple("$.estimatedSalary", IssueKind.DROPPED));
  }

  @Test
  void reportsAPostingThatCannotBeBuiltInsteadOfThrowing() {
    ImportResult noTitle = IMPORTER.read("{\"@type\":\"JobPosting\",\"description\":\"x\"}");
    ImportResult nameAsTitle = IMPORTER.read("{\"@type\":\"JobPosting\",\"name\":\"Painter\"}");

    assertThat(noTitle.postings()).isEmpty();
    assertThat(noTitle.issues()).extracting(ImportIssue::path, ImportIssue::kind)
        .containsExactly(tuple("$", IssueKind.DROPPED));
    assertThat(only(nameAsTitle).title()).isEqualTo("Painter");
  }

  @Test
  void dropsAValidThroughBeforeDatePosted() {
    ImportResult result = IMPORTER.read(posting(
        "\"datePosted\":\"2026-05-01\",\"validThrough\":\"2026-04-01\""));

    assertThat(only(result).validThrough()).isEmpty();
    assertThat(result.issues()).extracting(ImportIssue::path).containsExactly("$.validThrough");
  }

  @Test
  void malformedJsonGivesOneExceptionWithTheLocation() {
    assertThatThrownBy(() -> IMPORTER.read("{\n  \"@type\": \"JobPosting\",\n  \"title\": }"))
        .isInstanceOf(JsonLdSyntaxException.class)
        .hasMessageStartingWith("Malformed JSON at line 3, column 12")
        .satisfies(e -> assertThat(((JsonLdSyntaxException) e).line()).isEqualTo(3));
    assertThatThrownBy(() -> IMPORTER.read(posting("") + "\n\"stray\": 1"))
        .isInstanceOf(JsonLdSyntaxException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> IMPORTER.read(" "))
        .isInstanceOf(JsonLdSyntaxException.class);
  }

  @Test
  void readsStreams() {
    byte[] bytes = posting("").getBytes(StandardCharsets.UTF_16);

    assertThat(only(IMPORTER.read(new ByteArrayInputStream(bytes))).title()).isEqualTo("Welder");
  }

  @Test
  void extractsJsonLdScriptsFromAnHtmlPage() {
    String page = """
        <!DOCTYPE html><html><head>
        <!-- <script type="application/ld+json">{"@type":"JobPosting","title":"Commented"}</script> -->
        <script>var s = "<script type='application/ld+json'>";</script>
        <SCRIPT TYPE='Application/LD+JSON; charset=utf-8'>
        //<![CDATA[
        {"@type":"JobPosting","title":"First"}
        //]]>
        </SCRIPT>
        <script data-type="x" type="application/ld+json">{"@type":"JobPosting", "title": }</script>
        <script type=application/ld+json>[{"@type":"JobPosting","title":"Second"}]</script>
        </head><body><p>Jobs</p></body></html>
        """;

    ImportResult result = IMPORTER.readHtml(page);

    assertThat(result.postings()).extracting(JobPosting::title).containsExactly("First", "Second");
    assertThat(result.issues()).extracting(ImportIssue::path, ImportIssue::kind)
        .containsExactly(tuple("script[1]", IssueKind.DROPPED));
    assertThat(result.issues().get(0).message()).startsWith("Malformed JSON at line 1");
  }

  @Test
  void readsBackTheScriptElementOfTheExporter() {
    JobPosting posting = HostileStrings.posting(HostileStrings.EVERYTHING, false);
    String page = "<html><head>" + JsonLdScript.element(posting) + "</head></html>";

    assertThat(MappedFields.of(only(IMPORTER.readHtml(page))))
        .isEqualTo(MappedFields.of(posting));
  }

  @Test
  void incentiveTextsGiveBackTheirKind() {
    ImportResult result = IMPORTER.read(posting(
        "\"incentiveCompensation\":[\"Bonus: 10% a year\",\"Signing bonus\",\"Other: Bonus: x\","
            + "\"Stock options\"]"));

    assertThat(only(result).compensation().get().components())
        .extracting(c -> c.type(), c -> c.description().orElse(null))
        .containsExactly(tuple(ComponentType.BONUS, "10% a year"),
            tuple(ComponentType.SIGNING_BONUS, null), tuple(ComponentType.OTHER, "Bonus: x"),
            tuple(ComponentType.OTHER, "Stock options"));
  }

  @Test
  void exportedDescriptionLosesTheBlocksTheExporterAddsAndKeepsWhatTheyAloneCarry() {
    JobPosting original = JobPosting.builder().title("Cook").description(RichText.plain("Cooks lunch."))
        .addResponsibility("Cook").addBenefit(Benefit.of(BenefitCategory.OTHER, "Meals"))
        .addRequirement(Requirement.of(RequirementKind.SKILL, Necessity.PREFERRED, "Baking"))
        .employment(Employment.builder().hoursPerWeek(new BigDecimal("38.5")).build())
        .workplace(Workplace.builder().mode(WorkMode.HYBRID).onSiteDaysPerWeek(2).build())
        .build();

    ImportResult result = IMPORTER.read(JsonLdExporter.create().toJson(original));

    JobPosting back = only(result);
    assertThat(back.description().get().text()).isEqualTo("<p>Cooks lunch.</p>");
    assertThat(back.requirements().get(0).necessity()).isEqualTo(Necessity.PREFERRED);
    assertThat(back.employment().get().hoursPerWeek()).contains(new BigDecimal("38.5"));
    assertThat(back.workplace().get().mode()).isEqualTo(WorkMode.HYBRID);
    assertThat(back.workplace().get().onSiteDaysPerWeek()).contains(2);
    assertThat(result.issues()).extracting(ImportIssue::kind).containsOnly(IssueKind.NORMALISED);
  }

  @Test
  void aForeignDescriptionKeepsAClosingListThatRepeatsNoField() {
    ImportResult result = IMPORTER.read(posting("\"description\":\"<p>Hi</p><p>Benefits:</p>"
        + "<ul><li>Meals</li></ul>\",\"jobBenefits\":\"Parking\""));

    assertThat(only(result).description().get().text()).contains("Meals");
  }

  private static ImportResult salaryValue(String value) {
    return IMPORTER.read(posting("\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"USD\","
        + "\"value\":{\"@type\":\"QuantitativeValue\",\"value\":\"" + value
        + "\",\"unitText\":\"YEAR\"}}"));
  }

  @ParameterizedTest
  @CsvSource({"1e5, 100000", "1.5e5, 150000", "2.5E+4, 25000", "125e-1, 12.5"})
  void readsExponentsInNumberTexts(String text, String expected) {
    ImportResult result = salaryValue(text);

    assertThat(only(result).compensation().get().base()).contains(PayRange.exactly(
        Money.of(expected, "USD"), PayPeriod.YEAR));
    assertThat(result.issues()).extracting(ImportIssue::kind).containsOnly(IssueKind.NORMALISED);
  }

  @Test
  void rejectsAbsurdExponentsWithAnIssue() {
    ImportResult result = salaryValue("1e400");

    assertThat(only(result).compensation()).isEmpty();
    assertThat(result.issues()).extracting(ImportIssue::kind, ImportIssue::message)
        .contains(tuple(IssueKind.DROPPED, "'1e400' left out: the exponent 400 is beyond \u00B19"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"$50,000 - $60,000", "50000 – 60000", "50000 to 60000",
      "50.000 bis 60.000", "50 000 à 60 000", "50000 a 60000", "USD 50000~60000"})
  void readsARangeInTheValueAsMinimumAndMaximum(String text) {
    ImportResult result = salaryValue(text);

    assertThat(only(result).compensation().get().base()).contains(PayRange.between(
        Money.of("50000", "USD"), Money.of("60000", "USD"), PayPeriod.YEAR));
    assertThat(result.issues()).extracting(ImportIssue::kind).doesNotContain(IssueKind.DROPPED);
  }

  @Test
  void namesTheTextANumberReadingIgnores() {
    ImportResult result = salaryValue("50000 plus 10% bonus");

    assertThat(only(result).compensation().get().base()).contains(PayRange.exactly(
        Money.of("50000", "USD"), PayPeriod.YEAR));
    assertThat(result.issues()).extracting(ImportIssue::kind, ImportIssue::message)
        .containsExactly(tuple(IssueKind.DROPPED,
            "read '50000 plus 10% bonus' as 50000, ignoring 'plus 10% bonus'"));
  }
}
