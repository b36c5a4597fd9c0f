package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobposting.InvariantViolationException;
import dev.jobposting.JobPosting;
import dev.jobposting.compensation.Money;
import dev.jobposting.testkit.SamplePostings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented exception, path and message for each kind of bad input. */
class ErrorContractTest {

  private static final String PAY = "{\"title\":\"T\",\"compensation\":{\"base\":{%s}}}";

  @Test
  void unknownPropertyFailsNamingItAndItsPath() {
    String json = "{\"title\":\"T\",\"employer\":{\"name\":\"E\",\"nmae\":\"typo\"}}";

    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
          assertThat(e.getPropertyName()).isEqualTo("nmae");
          assertThat(JsonPaths.of(e)).isEqualTo("employer.nmae");
          assertThat(e.getKnownPropertyIds()).contains("name", "legalName");
        })
        .hasMessageStartingWith("employer.nmae: is not a property of Employer");
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheModuleSaysSo() throws Exception {
    ObjectMapper lenient = JsonMapper.builder()
        .addModule(new JobPostingModule().withIgnoreUnknownProperties()).build();
    String json = "{\"title\":\"T\",\"future\":{\"deep\":[1,{\"x\":null}]},"
        + "\"employer\":{\"name\":\"E\",\"nmae\":\"typo\"}}";

    JobPosting read = lenient.readValue(json, JobPosting.class);

    assertThat(read.title()).isEqualTo("T");
    assertThat(read.employer().orElseThrow().name()).isEqualTo("E");
    assertThat(new JobPostingModule().ignoresUnknownProperties()).isFalse();
    assertThat(new JobPostingModule().withIgnoreUnknownProperties().ignoresUnknownProperties())
        .isTrue();
  }

  @Test
  void missingRequiredValueNamesTheProperty() {
    assertThatThrownBy(() -> Json.read("{\"compensation\":{}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("title: is required but missing")
        .satisfies(e -> assertThat(JsonPaths.of((JsonMappingException) e)).isEqualTo("title"));
    assertThatThrownBy(() -> Json.read(String.format(PAY, "\"minimum\":{\"amount\":1}")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("compensation.base.minimum.currency: is required but missing");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"title\":1}|title|expected a string, got a number",
      "{\"title\":\"T\",\"datePosted\":20261127}|datePosted|expected an ISO 8601 date",
      "{\"title\":\"T\",\"responsibilities\":\"one\"}|responsibilities|expected an array",
      "{\"title\":\"T\",\"responsibilities\":[\"a\",null]}|responsibilities[1]|got null",
      "{\"title\":\"T\",\"employer\":[]}|employer|expected a Employer object, got an array",
      "{\"title\":\"T\",\"employment\":{\"openings\":\"2\"}}|employment.openings|expected an "
          + "integer, got a string",
      "{\"title\":\"T\",\"employment\":{\"openings\":2.5}}|employment.openings|expected an integer",
      "{\"title\":\"T\",\"compensation\":{\"base\":{\"minimum\":{\"amount\":\"85000\","
          + "\"currency\":\"USD\"},\"period\":\"YEAR\"}}}|compensation.base.minimum.amount|"
          + "expected a number, got a string",
      "{\"title\":\"T\",\"legal\":{\"existingVacancy\":\"yes\"}}|legal.existingVacancy|"
          + "expected a boolean",
      "[]||expected a JobPosting object, got an array",
  })
  void wrongJsonTypeFailsWithMismatchedInputNamingThePath(String json, String path,
      String message) {
    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(JsonPaths.of((JsonMappingException) e))
            .isEqualTo(path == null ? "" : path));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"title\":\"T\",\"workplace\":{\"mode\":\"ON_SITE\",\"locations\":[{\"country\":\"XX\"}]}}"
          + "|workplace.locations[0].country|'XX' is not an ISO 3166-1 alpha-2 country code",
      "{\"title\":\"T\",\"workplace\":{\"mode\":\"ON_SITE\",\"locations\":[{\"country\":\"us\"}]}}"
          + "|workplace.locations[0].country|'us' is not an ISO 3166-1",
      "{\"title\":\"T\",\"workplace\":{\"mode\":\"REMOTE\",\"applicantLocations\":[\"US-XX\"]}}"
          + "|workplace.applicantLocations[0]|'US-XX' is not 'worldwide'",
      "{\"title\":\"T\",\"benefits\":[{\"category\":\"HEALTH\",\"text\":\"x\",\"value\":"
          + "{\"amount\":1,\"currency\":\"EURO\"}}]}|benefits[0].value.currency|"
          + "'EURO' is not an ISO 4217 currency code",
      "{\"title\":\"T\",\"benefits\":[{\"category\":\"HEALTH\",\"text\":\"x\",\"value\":"
          + "{\"amount\":1,\"currency\":\"XYZ\"}}]}|benefits[0].value.currency|'XYZ' is not",
      "{\"title\":\"T\",\"language\":\"en_US\"}|language|'en_US' is not a BCP 47 language tag",
      "{\"title\":\"T\",\"datePosted\":\"2026-02-30\"}|datePosted|'2026-02-30' is not an ISO 8601",
      "{\"title\":\"T\",\"datePosted\":\"27.11.2026\"}|datePosted|is not an ISO 8601 date",
      "{\"title\":\"T\",\"employment\":{\"duration\":\"two weeks\"}}|employment.duration|"
          + "is not an ISO 8601 period",
      "{\"title\":\"T\",\"workplace\":{\"mode\":\"MOSTLY_REMOTE\"}}|workplace.mode|"
          + "'MOSTLY_REMOTE' is not one of ON_SITE, HYBRID, REMOTE",
      "{\"title\":\"T\",\"employment\":{\"openings\":3000000000}}|employment.openings|"
          + "outside the range of a 32-bit integer",
      "{\"title\":\"T\",\"url\":\"http://exa mple.com\"}|url|"
          + "'http://exa mple.com' is not an absolute http or https address",
      "{\"title\":\"T\",\"url\":\"/jobs/42\"}|url|'/jobs/42' is not an absolute http",
      "{\"title\":\"T\",\"application\":{\"urls\":[\"mailto:jobs@example.com\"]}}"
          + "|application.urls[0]|'mailto:jobs@example.com' is not an absolute http",
      "{\"title\":\"T\",\"employment\":{\"hoursPerWeek\":1E-99999999999}}"
          + "|employment.hoursPerWeek|'1E-99999999999' is not a decimal number in range",
  })
  void invalidCodesAndDatesFailWithInvalidFormatNamingThePath(String json, String path,
      String message) {
    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(JsonPaths.of((JsonMappingException) e)).isEqualTo(path));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"minimum\":{\"amount\":120000,\"currency\":\"USD\"},\"maximum\":{\"amount\":90000,"
          + "\"currency\":\"USD\"},\"period\":\"YEAR\"|compensation.base.minimum|"
          + "120000.00 USD exceeds maximum 90000.00 USD",
      "\"minimum\":{\"amount\":1,\"currency\":\"USD\"},\"maximum\":{\"amount\":2,"
          + "\"currency\":\"EUR\"},\"period\":\"YEAR\"|compensation.base.maximum|currency EUR",
      "\"minimum\":{\"amount\":-1,\"currency\":\"USD\"},\"period\":\"YEAR\""
          + "|compensation.base.minimum.amount|must not be negative",
      "\"minimum\":{\"amount\":0.001,\"currency\":\"USD\"},\"period\":\"YEAR\""
          + "|compensation.base.minimum.amount|more fraction digits than USD allows",
      "\"minimum\":{\"amount\":1234567890123456,\"currency\":\"USD\"},\"period\":\"YEAR\""
          + "|compensation.base.minimum.amount|more than 15 integer digits",
      "\"period\":\"YEAR\"|compensation.base.minimum|needs a minimum, a maximum or both",
  })
  void brokenInvariantsFailWithValueInstantiationNamingThePath(String range, String path,
      String message) {
    assertThatThrownBy(() -> Json.read(String.format(PAY, range)))
        .isInstanceOfSatisfying(ValueInstantiationException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(InvariantViolationException.class);
          assertThat(JsonPaths.of(e)).isEqualTo(path);
        })
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void brokenInvariantOfAListElementNamesTheElement() {
    String json = "{\"title\":\"T\",\"responsibilities\":[\"a\",\" \"]}";

    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOfSatisfying(ValueInstantiationException.class, e -> {
          assertThat(JsonPaths.of(e)).isEqualTo("responsibilities[1]");
          assertThat(e.getPath().get(1).getIndex()).isEqualTo(1);
        })
        .hasMessageStartingWith("responsibilities[1]: must not be blank");
  }

  @Test
  void unknownAndRepeatedPropertiesOfAListElementNameTheElement() {
    String unknown = "{\"title\":\"T\",\"benefits\":["
        + "{\"category\":\"HEALTH\",\"text\":\"x\"},"
        + "{\"category\":\"HEALTH\",\"text\":\"y\",\"valeu\":1}]}";
    String repeated = "{\"title\":\"T\",\"workplace\":{\"mode\":\"ON_SITE\","
        + "\"locations\":[{\"country\":\"US\",\"country\":\"DE\"}]}}";

    assertThatThrownBy(() -> Json.read(unknown))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
            e -> assertThat(JsonPaths.of(e)).isEqualTo("benefits[1].valeu"))
        .hasMessageStartingWith("benefits[1].valeu: is not a property of Benefit");
    assertThatThrownBy(() -> Json.read(repeated))
        .isInstanceOfSatisfying(MismatchedInputException.class,
            e -> assertThat(JsonPaths.of(e)).isEqualTo("workplace.locations[0].country"))
        .hasMessageStartingWith("workplace.locations[0].country: appears more than once");
  }

  @Test
  void errorsGiveTheLocationWhereTheReadFailed() {
    assertThatThrownBy(() -> Json.read("{\"title\":\"T\",\n  \"nmae\":1}"))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
          assertThat(e.getLocation().getLineNr()).isEqualTo(2);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(11);
        });
    assertThatThrownBy(() -> Json.read("{\n\n}"))
        .isInstanceOfSatisfying(MismatchedInputException.class, e -> {
          assertThat(e.getLocation().getLineNr()).isEqualTo(3);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(1);
        });
    assertThatThrownBy(() -> Json.read("{\"title\":\"T\",\n \"datePosted\":\"x\"}"))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getLocation().getLineNr()).isEqualTo(2);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(15);
        });
  }

  @Test
  void repeatedPropertyFailsRatherThanKeepingOneOfTheValues() {
    assertThatThrownBy(() -> Json.read("{\"title\":\"A\",\"title\":\"B\"}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("title: appears more than once");
  }

  @Test
  void repeatedEmploymentTypeFailsRatherThanBeingDropped() {
    String json = "{\"title\":\"T\",\"employment\":{\"types\":[\"FULL_TIME\",\"FULL_TIME\"]}}";

    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("employment.types[1]: repeats 'FULL_TIME'");
  }

  @Test
  void amountsKeepTheirExactDecimalValue() throws Exception {
    String json = String.format(PAY, "\"minimum\":{\"amount\":0.10,\"currency\":\"USD\"},"
        + "\"maximum\":{\"amount\":9.9999999999999999e14,\"currency\":\"USD\"},"
        + "\"period\":\"YEAR\"");
    JobPosting read = Json.read(json);

    Money maximum = read.compensation().orElseThrow().base().orElseThrow().maximum().orElseThrow();
    assertThat(maximum.amount().toPlainString()).isEqualTo("999999999999999.99");
    assertThat(Json.write(read)).contains("\"amount\":0.10,").contains("\"amount\":999999999999999.99,");
  }

  @Test
  void standaloneValueTypesReadWithTheirOwnPaths() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"amount\":1,\"currency\":\"??\"}",
        Money.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("currency: '??' is not an ISO 4217 currency code");
  }

  @Test
  void messagesQuoteAtMostAShortPieceOfHostileInput() {
    String json = "{\"title\":\"T\",\"language\":\"" + "x".repeat(100_000) + "\"}";

    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOf(InvalidFormatException.class)
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
            .hasSizeLessThan(200)
            .contains("(100000 characters)"));
  }

  @Test
  void samplePostingReadsAfterAnErrorInAnother() throws Exception {
    assertThatThrownBy(() -> Json.read("{}")).isInstanceOf(MismatchedInputException.class);
    assertThat(Json.read(Json.write(SamplePostings.full()))).isEqualTo(SamplePostings.full());
  }
}
