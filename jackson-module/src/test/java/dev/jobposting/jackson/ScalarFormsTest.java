package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.jobposting.JobPosting;
import dev.jobposting.employment.Employment;
import dev.jobposting.workplace.WorkMode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The leaf forms read by hand rather than by the JDK's parsers: they accept exactly as much. */
class ScalarFormsTest {

  @ParameterizedTest
  @ValueSource(strings = {"P14D", "P1Y", "P2M", "P1Y2M3D", "P0Y0M1D", "P007D", "P999999999D",
      "P1234567890D", "P2147483647D", "P2147483648D", "P2W", "P1Y2W", "-P1D", "+P1D", "P-1D",
      "P+1D", "p1d", "P1d", "P1D1D", "P1D1Y", "P1M1Y", "P", "PD", "P1", "PT1H", "P1Y ", " P1Y",
      "P1.5D", "P1Y2M3W4D", "P1YM", "P0D"})
  void periodsAreReadExactlyAsPeriodParseReadsThem(String text) throws Exception {
    String json = "{\"title\":\"T\",\"employment\":{\"duration\":\"" + text + "\"}}";
    Period expected;
    try {
      expected = Period.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> Json.read(json)).isInstanceOf(InvalidFormatException.class)
          .hasMessageStartingWith("employment.duration: ");
      return;
    }
    if (expected.isNegative() || expected.isZero()) {
      // Read as a period, then refused by core's own rule.
      assertThatThrownBy(() -> Json.read(json)).hasMessageContaining("must be positive");
    } else {
      assertThat(Json.read(json).employment().orElseThrow().duration()).contains(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"REMOTE", "REM\\u004fTE", "ON_SITE"})
  void enumsAreReadByTheirExactNames(String text) throws Exception {
    String json = "{\"title\":\"T\",\"workplace\":{\"mode\":\"" + text + "\"}}";
    String name = text.replace("\\u004f", "O");
    assertThat(Json.read(json).workplace().orElseThrow().mode()).isEqualTo(WorkMode.valueOf(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"remote", "REMOT", "REMOTE_", "REMOTEREMOTE", "", " REMOTE", "HYBRIDS"})
  void enumsRejectAnyOtherText(String text) {
    String json = "{\"title\":\"T\",\"workplace\":{\"mode\":\"" + text + "\"}}";
    assertThatThrownBy(() -> Json.read(json))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getOriginalMessage())
              .isEqualTo("workplace.mode: '" + text + "' is not one of ON_SITE, HYBRID, REMOTE");
          assertThat(e.getValue()).isEqualTo(text);
        });
  }

  @Test
  void languageTagsAreReadAsTheJdkReadsThemHoweverManyDifferentOnesCame() throws Exception {
    Set<String> isoLanguages = Set.of(Locale.getISOLanguages());
    // More distinct tags than the reader remembers (26 * 12), each read twice.
    for (int round = 0; round < 2; round++) {
      for (char first = 'a'; first <= 'z'; first++) {
        for (char second = 'a'; second <= 'l'; second++) {
          String tag = "" + first + second + "-" + Character.toUpperCase(second)
              + Character.toUpperCase(first);
          Locale expected = new Locale.Builder().setLanguageTag(tag).build();
          String json = "{\"title\":\"T\",\"language\":\"" + tag + "\"}";
          if (isoLanguages.contains(expected.getLanguage())) {
            assertThat(Json.read(json).language()).as(tag).contains(expected);
          } else {
            assertThatThrownBy(() -> Json.read(json)).as(tag)
                .hasMessageStartingWith("language: '" + tag + "' is not a BCP 47 tag");
          }
        }
      }
    }
  }

  @Test
  void periodsAreWrittenAsTheJdkWritesThemHoweverManyDifferentOnesCame() {
    // More distinct periods than the writer remembers (20 * 12 * 3), each written twice.
    for (int round = 0; round < 2; round++) {
      for (int years = 0; years < 20; years++) {
        for (int months = 0; months < 12; months++) {
          for (int days = 1; days <= 3; days++) {
            Period period = Period.of(years, months, days * 7);
            String json = Json.write(JobPosting.builder().title("T")
                .employment(Employment.builder().duration(period).build()).build());
            assertThat(json).isEqualTo("{\"title\":\"T\",\"employment\":{\"duration\":\""
                + period + "\"}}");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "en-", "-GB", "english-GB-x", "en--GB"})
  void illFormedLanguageTagsAreRejectedAfterWellFormedOnesWereRead(String tag) throws Exception {
    assertThat(Json.read("{\"title\":\"T\",\"language\":\"en-GB\"}").language())
        .contains(Locale.UK);

    assertThatThrownBy(() -> Json.read("{\"title\":\"T\",\"language\":\"" + tag + "\"}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("language: '" + tag + "' is not a BCP 47 language tag");
  }
}
