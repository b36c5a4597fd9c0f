package dev.jobposting.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jobposting.JobPosting;
import dev.jobposting.testkit.PropertyCheck;
import dev.jobposting.testkit.SamplePostings;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void generatedPostingsSurviveWritingAndReadingAndWriteTheSameBytesAgain() {
    PropertyCheck.forAll(1000, posting -> {
      String json = Json.write(posting);
      JobPosting read = readUnchecked(json);
      assertThat(read).isEqualTo(posting);
      assertThat(Json.write(read)).isEqualTo(json);
      assertThat(Json.schemaErrors(json)).as(json).isEmpty();
    });
  }

  @Test
  void samplePostingsSurviveWritingAndReading() throws Exception {
    for (JobPosting posting : List.of(SamplePostings.minimal(), SamplePostings.full(),
        SamplePostings.reference())) {
      String json = Json.write(posting);
      assertThat(Json.read(json)).isEqualTo(posting);
      assertThat(Json.schemaErrors(json)).as(json).isEmpty();
    }
  }

  private static JobPosting readUnchecked(String json) {
    try {
      return Json.read(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
