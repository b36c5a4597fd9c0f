package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobposting.JobPosting;
import dev.jobposting.benefit.Benefit;
import dev.jobposting.benefit.BenefitCategory;
import dev.jobposting.compensation.Compensation;
import dev.jobposting.compensation.Money;
import dev.jobposting.compensation.PayPeriod;
import dev.jobposting.compensation.PayRange;
import dev.jobposting.employment.Employment;
import dev.jobposting.place.CountryCode;
import dev.jobposting.place.GeoCoordinates;
import dev.jobposting.place.PostalAddress;
import dev.jobposting.workplace.Workplace;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void generatedPostingsSurviveWritingAndReadingAndWriteTheSameBytesAgain() {
    PropertyCheck.forAll(1000, posting -> {
      String json = Json.write(posting);
      JobPosting read = Json.readValid(Json.MAPPER, json);
      assertThat(read).isEqualTo(posting);
      assertThat(Json.write(read)).isEqualTo(json);
      assertThat(Json.schemaErrors(json)).as(json).isEmpty();
    });
  }

  @Test
  void samplePostingsSurviveWritingAndReading() throws Exception {
    for (JobPosting posting : SamplePostings.all().values()) {
      String json = Json.write(posting);
      assertThat(Json.read(json)).isEqualTo(posting);
      assertThat(Json.schemaErrors(json)).as(json).isEmpty();
    }
  }

  @Test
  void decimalsAreWrittenPlainEvenWhenTinyOrLong() throws Exception {
    JobPosting posting = JobPosting.builder().title("Gold")
        .compensation(Compensation.builder().base(PayRange.between(Money.of("0.0000001", "XAU"),
            Money.of("999999999999999.000000000000001", "XAU"), PayPeriod.YEAR)).build())
        .employment(Employment.builder().hoursPerWeek(new BigDecimal("0.01")).build())
        .benefits(List.of(Benefit.builder().category(BenefitCategory.ALLOWANCES)
            .text("one millionth").value(Money.of("0.000001", "XAU")).build()))
        .workplace(Workplace.onSite(PostalAddress.builder().country(CountryCode.of("GH"))
            .coordinates(GeoCoordinates.of(new BigDecimal("0.0000000001"),
                new BigDecimal("-179.00000001")))
            .build()))
        .build();

    String json = Json.write(posting);

    assertThat(json).contains("{\"amount\":0.0000001,\"currency\":\"XAU\"}",
        "{\"amount\":0.000001,\"currency\":\"XAU\"}",
        "{\"amount\":999999999999999.000000000000001,\"currency\":\"XAU\"}",
        "\"hoursPerWeek\":0.01", "\"latitude\":0.0000000001", "\"longitude\":-179.00000001");
    assertThat(json).doesNotContainPattern("\\d[eE][-+]?\\d");
    assertThat(Json.read(json)).isEqualTo(posting);
    assertThat(Json.schemaErrors(json)).as(json).isEmpty();
  }
}
